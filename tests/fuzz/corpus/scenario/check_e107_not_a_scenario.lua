-- expect: E107 line 21
-- why: the file returns a plain table instead of scenario { ... }.
local story = {
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
    ending "done" { title = "Done", summary = "It ended." },
  },
}
return story
