-- expect: E105 line 4
-- why: one set search over 11 MiB stays under the pattern gate but not under a 'when' budget of
-- 0.1 s; the hooks see no time inside one C call, so the budget is checked again as it returns.
local mib = string.rep("ab", 1 << 19) local big = table.concat({mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib}) local function slow(s) return big:find("[%u]") == nil end

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
      choice { "Wait for it.", to = "done", when = slow,
               skills = { "patience" }, coach = "You waited." },
      choice { "Mm.", to = "done", trust = -5,
               pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
