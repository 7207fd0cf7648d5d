-- expect: E209 line 15
-- why: the second choice tags the pitfall 'rude', which is not in the vocabulary.
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
               pitfalls = { "rude" }, coach = "You missed the bid." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
