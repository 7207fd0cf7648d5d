-- expect: W301 line 18
-- why: no choice or next leads to the node "aside".
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
      choice { "Hi back.", to = "done", trust = 5,
               skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "done", trust = -5,
               pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    node "aside" {
      narrate "Nobody ever comes here.",
      next = "done",
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
