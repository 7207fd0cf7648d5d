-- expect: W308 line 10
-- why: one choice is hidden until trust is high, so at the start the node offers a single option.
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
      choice { "Hi back.", to = "done", trust = 5, when = function(s) return s.trust > 50 end,
               skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "done", trust = -5,
               pitfalls = { "turn_away" }, skills = { "patience" }, coach = "Sam waits; so do you." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
