// phone_test.mjs: plays a terminal workshop with --phones to its end from a phone: Debian's chromium,
// headless at 390x844, loads the room's page, votes at every decision, and the test sees each vote
// counted in the game's output before the facilitator closes it. Saves the phone's screens to
// docs/screenshots/. Usage: node tests/browser/phone_test.mjs [HEARTLINES_BINARY]
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import CDP from "chrome-remote-interface";

const binary = process.argv[2] || "build/debug/heartlines";
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
const shots = "docs/screenshots";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const scratch = mkdtempSync(join(tmpdir(), "heartlines-phone-"));
let game, browser, client;

function fail(message) {
  throw new Error(message);
}

// The game's output so far, and a way to wait for a pattern after a position in it.
let output = "";
async function waitForOutput(pattern, from, ms = 15000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const match = pattern.exec(output.slice(from));
    if (match) return { match, end: from + match.index + match[0].length };
    if (Date.now() > deadline) fail(`the game never printed ${pattern}; its output ends:\n${output.slice(-1500)}`);
    await sleep(20);
  }
}

async function startChromium() {
  const profile = join(scratch, "profile");
  browser = spawn(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    `--user-data-dir=${profile}`, "--remote-debugging-port=0", "--window-size=390,844", "about:blank",
  ], { stdio: "ignore" });
  const portFile = join(profile, "DevToolsActivePort");
  for (let i = 0; i < 300 && !existsSync(portFile); i++) await sleep(50);
  if (!existsSync(portFile)) fail("chromium did not open its DevTools port");
  await sleep(100);
  const port = Number(readFileSync(portFile, "utf8").split("\n")[0]);
  client = await CDP({ port });
  client.on("error", (error) => console.error(`DevTools connection: ${error.message}`));
  await client.Page.enable();
  await client.Runtime.enable();
  await client.Emulation.setDeviceMetricsOverride({ width: 390, height: 844, deviceScaleFactor: 1, mobile: true });
}

async function evaluate(expression) {
  const { result, exceptionDetails } = await client.Runtime.evaluate({ expression, returnByValue: true });
  if (exceptionDetails) fail(`page script failed: ${exceptionDetails.text}`);
  return result.value;
}

async function waitForPage(expression, what, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!(await evaluate(expression))) {
    if (Date.now() > deadline) fail(`the phone never showed ${what}`);
    await sleep(20);
  }
}

async function screenshot(name) {
  const { data } = await client.Page.captureScreenshot({ format: "png" });
  writeFileSync(join(shots, name), Buffer.from(data, "base64"));
}

// A tap where a person would tap: the middle of the option's button.
async function tapOption(index) {
  const box = await evaluate(`(() => { const button = document.querySelectorAll("#options button")[${index}];
    button.scrollIntoView({ block: "center" }); const r = button.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
  for (const type of ["mousePressed", "mouseReleased"])
    await client.Input.dispatchMouseEvent({ type, x: box.x, y: box.y, button: "left", clickCount: 1 });
}

async function main() {
  game = spawn(binary, ["workshop", "--text", "--phones", "--bind", "127.0.0.1", "--port", "0",
    "--report-dir", scratch, "scripts/scenarios/cancelled_plans.lua"], { stdio: ["pipe", "pipe", "inherit"] });
  game.stdout.on("data", (chunk) => { output += chunk; });
  game.stdin.on("error", () => {});   // a game that has exited is reported by the checks, not as a crash
  const exited = new Promise((resolve) => game.on("exit", (code) => resolve(code)));
  const address = await waitForOutput(/open (http:\/\/127\.0\.0\.1:\d+\/) and enter the room code ([A-Z]{4})/, 0);
  const [, url, code] = address.match;
  await startChromium();
  await client.Page.navigate({ url: `${url}?room=${code}` });
  let at = address.end, decisions = 0, discussions = 0;
  for (;;) {
    const next = await waitForOutput(/Votes in: 0\n|Press Enter when the room is ready|Press Enter to start|The end: /, at);
    at = next.end;
    if (next.match[0].startsWith("The end")) break;
    if (next.match[0] === "Press Enter to start") {   // the content notes, read before it starts
      game.stdin.write("\n");
      continue;
    }
    if (next.match[0].startsWith("Press")) {
      await waitForPage(`!document.getElementById("discussion").hidden`, "the discussion prompt");
      if (discussions++ === 0) await screenshot("phone-discussion-390x844.png");
      game.stdin.write("\n");
      continue;
    }
    // The game numbers its votes from 1; the phone may still show the last one for a moment.
    await waitForPage(`typeof state === "object" && state.decision === ${decisions + 1} &&
      document.querySelectorAll("#options button:not([disabled])").length > 1`, "the options");
    if (decisions === 0) await screenshot("phone-vote-390x844.png");
    const pick = decisions % 2;
    await tapOption(pick);
    at = (await waitForOutput(/Votes in: 1\n/, at, 3000)).end;   // the game counted the phone's vote
    await waitForPage(`document.querySelectorAll("#options button")[${pick}]?.getAttribute("aria-pressed") === "true"`,
      "its vote marked");
    if (decisions === 0) await screenshot("phone-voted-390x844.png");
    game.stdin.write("\n");
    at = (await waitForOutput(new RegExp(`The story follows ${String.fromCharCode(65 + pick)}\\.`), at)).end;
    decisions++;
  }
  await waitForPage(`!document.getElementById("ending").hidden && document.getElementById("reflection").textContent`,
    "the reflection at the end");
  await screenshot("phone-ending-390x844.png");
  at = (await waitForOutput(/R and a number: back to that decision/, at)).end;
  game.stdin.write("\n");   // no rewind: on past the ending
  await waitForOutput(/Press Enter to end the session/, at);
  game.stdin.end();
  const status = await exited;
  if (status !== 0) fail(`the workshop exited with ${status}`);
  const report = readFileSync(join(scratch, readdirReport()), "utf8");
  if (!report.includes("Cancelled Plans")) fail("the report does not name the scenario");
  if (decisions < 2) fail(`only ${decisions} decisions were voted on`);
  console.log(`phone test: ${decisions} decisions voted from the phone, ${discussions} discussions shown`);
}

function readdirReport() {
  const name = output.match(/Report: .*\/(workshop-[^ \n]*\.md)/);
  if (!name) fail("the workshop printed no report");
  return name[1];
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`phone test failed: ${error.message}`);
  if (client) console.error("the phone showed:", await evaluate(
    `JSON.stringify({ status: document.getElementById("status").textContent, decision: state.decision,
      phase: state.phase, mine: state.mine })`).catch(() => "?"));
} finally {
  if (client) await client.close().catch(() => {});
  if (browser) browser.kill();
  if (game && game.exitCode === null) game.kill();
  await sleep(200);
  rmSync(scratch, { recursive: true, force: true });
}
console.log(failed ? "0 passed, 1 failed" : "1 passed, 0 failed");
process.exit(failed ? 1 : 0);
