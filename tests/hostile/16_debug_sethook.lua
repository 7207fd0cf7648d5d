-- attack: switch off the engine's instruction/time budget with debug.sethook() after a valid start, then loop forever (escape route: debug)
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
debug.sethook()          -- no more count hook, no more call hook
while true do end
return story
