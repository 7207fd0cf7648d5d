-- language.lua: the example in docs/scenario-api.md of flags, counters, once-only and fallback
-- choices, branch and chance; check --strict passes it.
return scenario {
  id = "the-interview", title = "The Interview",
  cast = { ana = "Ana" },
  state = { trust = 50, knows = false, asked = { visits = "ask", max = 4 } },
  start = "ask",
  nodes = {
    node "ask" {
      need = "heard",
      say.ana(function(s)
        if s.asked == 1 then return "I'm back. Don't ask." end
        return "What else?"
      end),
      choice { "How did it go?", to = "ask", once = true, knows = true,
               skills = { "open_question" }, coach = "An open question leaves Ana room to answer." },
      choice { "Did they like you?", to = "ask", once = true, trust = -5,
               pitfalls = { "pressure" }, coach = "A yes-or-no question about their verdict adds weight." },
      choice { "Let's get food.", to = "verdict", when = function(s) return not s.knows end,
               pitfalls = { "avoid" }, coach = "Food first can be kind, or a way round the subject." },
      choice { "Thank you for telling me.", to = "verdict", when = function(s) return s.knows end,
               trust = 10, skills = { "validate" }, coach = "You thanked Ana for letting you in." },
      choice { "Shall we sit down?", to = "verdict", fallback = true,
               coach = "When the questions run out, company is enough." },
    },
    node "verdict" {
      narrate "Ana's phone buzzes. The email from the panel.",
      next = branch {
        { chance { offer = 1, rejection = 1 }, when = function(s) return s.knows end },
        "later",
      },
    },
    node "later" {
      narrate "Ana turns the phone face down. Whatever it says can wait.",
      next = chance { offer = 1, rejection = 2 },
    },
    ending "offer" {
      title = "The offer", summary = "Ana got the job and shared the moment.",
      say.ana(function(s) return s.trust >= 60 and "I wanted you to be the first to know." or "I got it." end),
    },
    ending "rejection" {
      title = "Not this time", summary = "Ana did not get the job.",
      say.ana "They went with someone internal.",
    },
  },
}
