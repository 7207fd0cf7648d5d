-- expect: E212 line 11
-- why: a branch whose every arm has a condition is a dead end in a state where none holds.
return scenario {
  id = "fixture", title = "Fixture", cast = { sam = "Sam" }, state = { trust = 50 },
  start = "a",
  nodes = {
    node "a" { need = "heard",
      choice { "Up", to = "b", trust = 20, skills = { "validate" }, coach = "c" },
      choice { "Down", to = "b", trust = -20, pitfalls = { "criticism" }, coach = "c" },
    },
    node "b" { next = branch { { "e", when = function(s) return s.trust > 60 end },
                               { "e", when = function(s) return s.trust > 100 end } } },
    ending "e" { title = "E", summary = "S" },
  },
}
