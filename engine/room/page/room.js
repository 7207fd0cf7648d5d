// room.js: the phone's side of a workshop room: join with the room code, follow the game's state
// by long polling (/api/state waits until something changes), and vote. The phone keeps only a
// random token the game gave it, in localStorage: no name, no account.
"use strict";

const $ = (id) => document.getElementById(id);
let code = new URLSearchParams(location.search).get("room") || "";
let token = "";
let state = { v: 0, phase: "waiting", labels: {} };
let timer = 0;

const t = (english) => (state.labels && state.labels[english]) || english;
const tokenKey = () => "heartlines-token-" + code.toUpperCase();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function status(text) {
  $("status").textContent = text;
}

async function post(path, fields) {
  const response = await fetch(path, { method: "POST", body: new URLSearchParams(fields) });
  const body = await response.json().catch(() => ({}));
  return { ok: response.ok, status: response.status, body };
}

async function join() {
  const answer = await post("/api/join", { code });
  if (answer.status === 403) {
    askForCode(t("That room code is not this room's."));
    return false;
  }
  if (!answer.ok) throw new Error(answer.body.error || "join failed");
  token = answer.body.token;
  localStorage.setItem(tokenKey(), token);
  return true;
}

function askForCode(message) {
  $("join").hidden = false;
  status(message || "");
  $("code").focus();
}

// Appends text to parent, with the scenario's *stage directions* in italics. As in the engine
// (core/stage.c), a star with no partner after it is kept as written.
function rich(parent, text) {
  const parts = text.split("*");
  if (parts.length % 2 === 0) {
    const last = parts.pop();
    parts.push(parts.pop() + "*" + last);
  }
  parts.forEach((part, index) => {
    if (!part) return;
    if (index % 2 === 0) return parent.append(part);
    const em = document.createElement("em");
    em.textContent = part;
    parent.append(em);
  });
}

function paragraph(text, parent) {
  const p = document.createElement("p");
  const colon = text.indexOf(": ");
  if (colon > 0 && colon < 40) {
    const speaker = document.createElement("span");
    speaker.className = "speaker";
    speaker.textContent = text.slice(0, colon + 1) + " ";
    p.append(speaker);
    rich(p, text.slice(colon + 2));
  } else {
    rich(p, text);
  }
  parent.append(p);
}

function renderOptions() {
  const box = $("options");
  box.replaceChildren();
  const open = state.phase === "voting";
  state.options.forEach((text, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("aria-pressed", String(state.mine === index));
    button.disabled = !open;
    const letter = document.createElement("span");
    letter.className = "letter";
    letter.textContent = String.fromCharCode(65 + index) + ".";
    button.append(letter);
    rich(button, text);
    button.addEventListener("click", () => vote(index));
    box.append(button);
  });
}

function tick() {
  clearInterval(timer);
  const shown = $("countdown");
  if (!state.countdown) {
    shown.textContent = "";
    return;
  }
  const end = Date.now() + state.countdown * 1000;
  const draw = () => {
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    shown.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    shown.classList.toggle("done", left === 0);
    if (left === 0) clearInterval(timer);
  };
  draw();
  if (state.running) timer = setInterval(draw, 1000);
}

function render() {
  document.documentElement.lang = state.lang || "en";
  document.querySelectorAll("[data-label]").forEach((node) => {
    node.textContent = t(node.dataset.label);
  });
  $("title").textContent = state.title || "Heartlines";
  const scene = $("scene");
  scene.replaceChildren();
  (state.lines || []).forEach((line) => paragraph(line, scene));
  const phase = state.phase;
  $("vote").hidden = !(phase === "voting" || phase === "closed") || !state.options.length;
  $("discussion").hidden = phase !== "discussion";
  $("ending").hidden = phase !== "ended";
  if (!$("vote").hidden) renderOptions();
  $("prompt").textContent = state.prompt || "";
  $("reflection").textContent = state.reflection || "";
  $("try").textContent = state.try || "";
  tick();
  if (phase === "voting") status(state.mine >= 0 ? t("Vote counted.") + " " + t("You can change it until the vote closes.") : "");
  else if (phase === "closed") status(t("The vote is closed."));
  else if (phase === "waiting") status(t("Waiting for the next decision."));
  else status("");
}

async function vote(option) {
  const answer = await post("/api/vote", { code, token, decision: state.decision, option });
  if (answer.ok) {
    state = answer.body;
    render();
    $("options").children[option].focus();
  } else if (answer.status === 403) {
    if (await join()) await vote(option);
  } else {
    status(answer.body.error || "");
  }
}

// Follows the game: each answer comes when the state changes (or after a quiet while).
async function follow() {
  let delay = 500;
  for (;;) {
    try {
      const query = new URLSearchParams({ since: state.v, token });
      const response = await fetch("/api/state?" + query);
      if (!response.ok) throw new Error(String(response.status));
      const next = await response.json();
      const changed = next.v !== state.v || next.mine !== state.mine;
      state = next;
      if (!state.known && !(await join())) return;
      if (changed) render();
      delay = 500;
    } catch (error) {
      if (state.phase === "ended") return status("");   // the session is over: keep the reflection
      status(t("Reconnecting..."));
      await sleep(delay);
      delay = Math.min(delay * 2, 5000);
    }
  }
}

async function start() {
  if (!code) {
    askForCode();
    return;
  }
  $("join").hidden = true;
  token = localStorage.getItem(tokenKey()) || "";
  try {
    if (!token && !(await join())) return;
  } catch (error) {
    status(t("Reconnecting..."));
    await sleep(1000);
    return start();
  }
  follow();
}

$("join").addEventListener("submit", (event) => {
  event.preventDefault();
  code = $("code").value.trim();
  history.replaceState(null, "", "/?room=" + encodeURIComponent(code.toUpperCase()));
  start();
});

start();
