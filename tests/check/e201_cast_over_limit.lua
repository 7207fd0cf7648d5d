-- expect: E201 line 8
-- why: a cast of 5,000 is over the limit of 64: it must be reported, never silently cut.
local cast = { al = "Al" }
for i = 1, 5000 do
  cast["extra" .. i] = "Extra " .. i
end

return scenario {
  id = "fixture",
  title = "Fixture",
  cast = cast,
  start = "hello",
  nodes = {
    node "hello" {
      need = "heard",
      narrate "Hi.",
      choice { "Hi back.", to = "done", skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "done", pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
