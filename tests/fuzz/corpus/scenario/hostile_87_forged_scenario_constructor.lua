-- attack: rawset(_ENV, "scenario", ...) replaces the API constructor with a fake that returns its argument, so the host gets an unchecked plain table (forgery of API objects)
-- expect: ANY
rawset(_ENV, "scenario", function(t) return t end)
return scenario {
  id = "hostile-forged",
  title = "Forged",
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
