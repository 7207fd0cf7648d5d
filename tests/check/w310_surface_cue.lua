-- expect: W310 line 5
-- pack: tests/check/pack
-- why: at every decision the longest option is the one skilful option, so a player who picks
-- the longest wins without reading; checked with the other scenarios in tests/check/pack.
return scenario {
  id = "fixture",
  title = "Fixture",
  cast = { sam = "Sam" },
  state = { trust = 50 },
  start = "one",
  nodes = {
    node "one" {
      need = "heard",
      say.sam "Work was awful.",
      choice { "That sounds like a really long day. What happened?", to = "two", trust = 5,
               skills = { "open_question" }, coach = "You asked." },
      choice { "Same.", to = "two", trust = -5, pitfalls = { "turn_away" }, coach = "You turned away." },
      choice { "Quit then.", to = "two", trust = -5, pitfalls = { "fix_too_soon" }, coach = "A fix." },
    },
    node "two" {
      need = "heard",
      say.sam "My manager shouted.",
      choice { "He shouted at you in front of everyone? That's not okay.", to = "three", trust = 5,
               skills = { "validate" }, coach = "You took it seriously." },
      choice { "He's stressed.", to = "three", trust = -5, pitfalls = { "minimise" }, coach = "Excuses." },
      choice { "Whatever.", to = "three", trust = -5, pitfalls = { "turn_away" }, coach = "Away." },
    },
    node "three" {
      need = "heard",
      say.sam "I cried in the loo.",
      choice { "Oh, love. That must have felt so lonely in there on your own.", to = "four", trust = 5,
               skills = { "reflect" }, coach = "You reflected it." },
      choice { "Why?", to = "four", trust = -5, pitfalls = { "criticism" }, coach = "It judged." },
      choice { "Dinner?", to = "four", trust = -5, pitfalls = { "turn_away" }, coach = "Away." },
    },
    node "four" {
      need = "heard",
      say.sam "Thanks for listening.",
      choice { "Any time. I'm glad you told me all of it, honestly, every bit.", to = "done", trust = 5,
               skills = { "appreciate" }, coach = "You valued it." },
      choice { "Sure.", to = "done", trust = -5, pitfalls = { "turn_away" }, coach = "Flat." },
      choice { "Finally.", to = "done", trust = -5, pitfalls = { "contempt" }, coach = "Contempt." },
    },
    ending "done" { title = "Done", summary = "The evening went on." },
  },
}
