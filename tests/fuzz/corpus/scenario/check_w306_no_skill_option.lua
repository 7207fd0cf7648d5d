-- expect: W306 line 10
-- why: once trust has fallen, the only option with a skill is hidden, so the decision offers none.
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
      choice { "Hi back.", to = "done", trust = 5, when = function(s) return s.trust >= 50 end,
               skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "hello", trust = -10,
               pitfalls = { "turn_away" }, coach = "Sam tries again, a little quieter." },
      choice { "Not now.", to = "done",
               pitfalls = { "turn_against" }, coach = "Sam stops asking." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
