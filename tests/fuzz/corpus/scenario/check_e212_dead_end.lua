-- expect: E212 line 18
-- why: the node "sam_sighs" has no choices and no next, and is not an ending.
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
      choice { "Mm.", to = "sam_sighs", trust = -5,
               pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    node "sam_sighs" {
      say.sam "Right. Okay.",
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
