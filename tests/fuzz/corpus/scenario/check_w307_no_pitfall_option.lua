-- expect: W307 line 10
-- why: every option is skilful; nothing tempting stands beside them, so the right answer is obvious.
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
      choice { "How was it?", to = "done", trust = 5,
               skills = { "open_question" }, coach = "You asked about Sam's day." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
