-- expect: E201 line 13
-- why: a change of 2^40 to a state value does not fit: it must be refused, never wrapped.
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
      choice { "Hi back.", to = "done", trust = 1099511627776,
               skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "done", pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
