-- expect: E212 line 18
-- why: every choice of "after" needs trust of 60 or more, so after the cold reply (trust 40) none is open.
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
      choice { "Hi back.", to = "after", trust = 10,
               skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Mm.", to = "after", trust = -10,
               pitfalls = { "turn_away" }, coach = "You missed the bid." },
    },
    node "after" {
      need = "reassurance",
      say.sam "So. Are we okay?",
      choice { "We're okay.", to = "done", when = function(s) return s.trust >= 60 end,
               skills = { "affection" }, coach = "Warmth, said plainly." },
      choice { "Fine, I suppose.", to = "done", when = function(s) return s.trust >= 60 end,
               pitfalls = { "avoid" }, coach = "Safe, and a little cold." },
    },
    ending "done" { title = "Done", summary = "It ended." },
  },
}
