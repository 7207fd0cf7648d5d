-- expect: E214 line 3
-- why: the nodes only lead to each other; the scenario has no ending at all.
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
      choice { "Hi back.", to = "again", trust = 5,
               skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "again", trust = -5,
               pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    node "again" {
      say.sam "Hi again.",
      next = "hello",
    },
  },
}
