-- expect: E210 line 10
-- why: the node's need is 'comfort', which is not one of the six scene needs.
return scenario {
  id = "fixture",
  title = "Fixture",
  cast = { sam = "Sam" },
  state = { trust = 50 },
  start = "hello",
  nodes = {
    node "hello" {
      need = "comfort",
      say.sam "Hi.",
      choice { "Hi back.", to = "done", trust = 5,
               skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "done", trust = -5,
               pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
