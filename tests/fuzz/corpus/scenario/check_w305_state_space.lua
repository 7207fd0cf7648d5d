-- expect: W305 line 4
-- why: the story has six reachable states, more than the bound of 3 the test explores with.
-- max-states: 3
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
      choice { "Hi back.", to = "after", trust = 5,
               skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "after", trust = -5,
               pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    node "after" {
      need = "reassurance",
      say.sam "Are we okay?",
      choice { "We're okay.", to = "done", trust = 5,
               skills = { "affection" }, coach = "Warmth, said plainly." },
      choice { "I guess.", to = "done", trust = -5,
               pitfalls = { "avoid" }, coach = "It keeps the peace and tells Sam little." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
