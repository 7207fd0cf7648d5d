-- expect: E201 line 5
-- why: 4294967346 does not fit: it must be refused, never cut to 50.
local big = 4294967346

return scenario {
  id = "fixture",
  title = "Fixture",
  cast = { sam = "Sam" },
  state = { trust = { big, min = 0, max = 100 } },
  start = "hello",
  nodes = {
    node "hello" {
      need = "heard",
      say.sam "Hi.",
      choice { "Hi back.", to = "done", skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "done", pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
