-- two_roles.lua: a scenario with two playable roles, for the loader and transcript tests.
return scenario {
  id = "two-roles", title = "Two Roles",
  cast = { alex = "Alex", sam = "Sam" },
  roles = { "alex", "sam" },
  state = { warmth = 50 },
  start = "ask",
  nodes = {
    node "ask" {
      turn = "alex", need = "heard",
      say.sam "Long day.",
      choice { "Tell me about it?", to = "answer", warmth = 10, skills = { "open_question" }, coach = "An invitation." },
      choice { "Mine too.", to = "answer", warmth = -10, pitfalls = { "hijack" }, coach = "It became about you." },
    },
    node "answer" {
      turn = "sam", need = "reassurance",
      say.alex "I'm here.",
      choice { "Thanks. It was the meeting.", to = "close", warmth = 10, skills = { "be_vulnerable" }, coach = "You let Alex in." },
      choice { "It's nothing.", to = "apart", pitfalls = { "avoid" }, coach = "A door, gently closed." },
    },
    ending "close" { title = "Closer", summary = "Sam talked about the meeting and Alex listened." },
    ending "apart" { title = "Apart", summary = "The evening went on, each of you in your own day." },
  },
}
