-- valid.lua: a small, correct scenario the loader tests read; its line numbers are asserted.
return scenario {
  id = "mini", title = "Mini",
  notes = { "a test" },
  cast = { sam = "Sam" },
  state = { trust = 50, tension = { 20, better = "lower" } },
  start = "a",
  nodes = {
    node "a" {
      need = "heard", agreed = "Same first instinct.", differed = "Two first instincts.",
      say.sam "Hi there.",
      narrate "The kettle clicks.",
      choice { "Seriously?", to = "b", trust = -10, pitfalls = { "criticism" }, coach = "Harsh." },
      choice { "What happened?", to = "b", trust = 10, skills = { "open_question" }, coach = "Curious." },
    },
    node "b" {
      need = "reassurance", discuss = { "What does Sam need right now?", minutes = 2 },
      say.sam(function(s) if s.trust > 50 then return "Thanks for asking." end return "Whatever." end),
      choice { "Sorry, that came out wrong.", to = "good", skills = { "repair" }, coach = "Repair.",
               when = function(s) return s.trust < 50 end },
      choice { "Let's eat.", to = "good", skills = { "make_time" }, coach = "Time." },
      choice { "Fine.", to = "bad", pitfalls = { "stonewall" }, coach = "Cold." },
    },
    ending "good" { title = "Good", summary = "It went fine.", say.sam "Love you." },
    ending "bad" { title = "Bad", summary = "It did not.", narrate "Silence." },
  },
}
