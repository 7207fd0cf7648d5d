-- {{TITLE}}: a new Heartlines scenario. It already plays: try
--   heartlines check {{FILE}}      (finds mistakes, with the line they are on)
--   heartlines text {{FILE}}       (plays it in the terminal)
--   heartlines play {{FILE}}       (plays it in the window; saving the file reloads it)
-- The whole API is in docs/scenario-api.md; the skills and pitfalls in docs/vocabulary.md.

return scenario {
  id = "{{ID}}",
  title = "{{TITLE}}",
  blurb = "One line for the scenario list: who, where, what just happened.",
  minutes = 5,
  setting = "Where and when it happens, in a sentence or two.",
  notes = { "what a player might want to know before starting" },   -- content notes
  reflect = "A question the player can take away.",

  -- Everyone who speaks, except the player (who is `you`).
  cast = { alex = "Alex" },

  -- Alex's state: whole numbers from 0 to 100. `better = "lower"` for things like tension.
  state = { trust = 50, tension = { 30, better = "lower" } },

  start = "opening",
  nodes = {
    node "opening" {
      need = "heard",                          -- what Alex needs right now (docs/vocabulary.md)
      narrate "Alex comes in and drops their bag by the door without a word.",
      say.alex "Long day. Don't ask.",
      -- Each choice: what you say, where it leads, its effects, its tags, and a coaching note.
      choice { "You don't have to talk. Want a tea?", to = "tea", trust = 10,
               skills = { "be_present", "offer_not_impose" },
               coach = "You offered company without asking for an explanation." },
      choice { "Again? What happened this time?", to = "again", trust = -5, tension = 10,
               pitfalls = { "pressure" },
               coach = "Alex said don't ask, and the question came anyway." },
      choice { "Mine was worse, honestly.", to = "again", tension = 15,
               pitfalls = { "hijack" },
               coach = "Alex's long day became a competition." },
    },

    node "again" {
      need = "space",
      say.alex "I said don't ask.",
      choice { "Sorry. That was a lot. I'll put the kettle on.", to = "tea", trust = 5, tension = -10,
               skills = { "repair", "give_space" },
               coach = "A quick repair: you noticed the slip and stepped back." },
      choice { "Fine. Forget I said anything.", to = "apart", tension = 10,
               pitfalls = { "stonewall" },
               coach = "The door closed from both sides." },
    },

    node "tea" {
      need = "heard",
      narrate "The kettle clicks off. Alex wraps both hands round the mug.",
      -- Computed text: a function of the state, called when the line is shown.
      say.alex(function(s)
        if s.trust >= 60 then return "Thanks. It was the meeting. I'll tell you about it." end
        return "Thanks."
      end),
      choice { "I'm listening.", to = "closer", trust = 10,
               skills = { "be_present" },
               coach = "Three words, and room to talk." },
      choice { "Right, tell me everything, from the start.", to = "apart", tension = 10,
               -- A condition: this choice only shows while trust is below 60.
               when = function(s) return s.trust < 60 end,
               pitfalls = { "pressure" },
               coach = "Alex was just getting warm; the spotlight came too soon." },
      choice { "Have you thought about just quitting?", to = "apart", trust = -5,
               pitfalls = { "fix_too_soon" },
               coach = "A solution before the problem was even told." },
    },

    ending "closer" {
      title = "Closer",
      summary = "Alex had a hard day and, given room, talked about it.",
      say.alex "It's good to be home.",
    },

    ending "apart" {
      title = "Apart",
      summary = "Alex had a hard day and kept it to themselves.",
      narrate "Alex takes the tea to the other room.",
    },
  },
}
