-- expect: E203 line 13
-- why: a choice with no 'to' has nowhere to go; linking once looked up its missing target by name and crashed (found by tests/fuzz/fuzz_scenario).
return scenario {
  id = "fixture",
  title = "Fixture",
  cast = { sam = "Sam" },
  state = { trust = 50 },
  start = "hello",
  nodes = {
    node "hello" {
      need = "heard",
      say.sam "Hi.",
      choice { "Hi back.", trust = 5, skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "done", trust = -5, pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    ending "done" { title = "Done", summary = "You said hello." },
  },
}
