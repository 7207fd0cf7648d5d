-- attack: assigning a global (state that would survive between calls of `when` functions, or shadow an API name)
-- expect: E104
trust = 50
return scenario {
  id = "hostile-global",
  title = "Global",
  cast = { sam = "Sam" },
  state = { trust = trust },
  start = "kitchen",
  nodes = {
    node "kitchen" {
      need = "heard",
      say.sam "I'm so sorry. I can't make dinner tonight.",
      choice { "Oh no. What happened?", to = "quiet", trust = 5,
               skills = { "open_question" }, coach = "You asked before you judged." },
    },
    ending "quiet" {
      title = "A quiet evening",
      summary = "Sam stayed late at work and you ate alone.",
      narrate "You put the second plate back in the cupboard.",
    },
  },
}
