-- attack: returns a plain table shaped like a scenario, built without scenario{}/node/ending/say/choice
-- expect: E107
return {
  id = "hostile-plain-table",
  title = "Plain table",
  cast = { sam = "Sam" },
  state = { trust = 50 },
  start = "kitchen",
  nodes = {
    { id = "kitchen", need = "heard",
      { "sam", "I'm so sorry. I can't make dinner tonight." },
      { "Oh no. What happened?", to = "quiet", trust = 5, coach = "You asked before you judged." } },
    { id = "quiet", title = "A quiet evening", summary = "Sam stayed late at work." },
  },
}
