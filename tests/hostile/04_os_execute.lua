-- attack: escape via os.execute after a valid-looking start: run `touch hl_pwned` (escape route: os)
-- expect: E104
local story = scenario {
  id = "hostile-probe",
  title = "Hostile probe",
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
os.execute("touch hl_pwned")
return story
