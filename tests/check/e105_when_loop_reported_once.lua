-- expect: E105 line 15
-- why: a 'when' loops for ever, so the scenario's code stops there for good: the checker reports
-- it once and stops its walk, rather than repeating it for every later function and calling the
-- nodes it could not reach unreachable.
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
      choice { "Wait for it.", to = "later", when = function(s) while true do end end,
               skills = { "patience" }, coach = "You waited." },
      choice { "Mm.", to = "later", trust = -5,
               pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    node "later" {
      need = "heard",
      say.sam(function(s) return s.trust > 40 and "Better." or "Worse." end),
      choice { "Ask.", to = "asked", trust = 5, when = function(s) return s.trust > 0 end,
               skills = { "open_question" }, coach = "You asked." },
      choice { "Leave.", to = "done", trust = -5,
               pitfalls = { "stonewall" }, coach = "You left." },
    },
    ending "asked" { title = "Asked", summary = "They talked." },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
