-- attack: builds a valid scenario but forgets to return it: the chunk returns nothing
-- expect: E107
scenario {
  id = "hostile-no-return",
  title = "No return",
  cast = { sam = "Sam" },
  state = { trust = 50 },
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
