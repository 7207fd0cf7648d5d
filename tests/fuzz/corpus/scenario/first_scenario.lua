-- A Quiet Saturday: the scenario built step by step in docs/tutorial.md.
-- Robin, your oldest friend, has been quiet all morning. Robin's dad is in hospital, and Robin
-- hasn't said so. Robin doesn't need fixing: Robin needs someone to notice, and then to listen.
-- State: open is how ready Robin is to talk; tension is how on edge Robin is (lower is better).

return scenario {
  id = "quiet-saturday",
  title = "A Quiet Saturday",
  blurb = "Your friend Robin has hardly said a word all morning.",
  minutes = 5,
  setting = "Saturday morning. You and Robin are walking the long loop round the park, as you do most weeks.",
  notes = { "a parent in hospital", "worry, and not wanting to talk about it" },
  reflect = "When someone you care about goes quiet, what helps them decide to tell you?",
  cast = { robin = "Robin" },
  state = {
    open = 40,
    tension = { 30, better = "lower" },
  },
  flooding = { var = "tension", at = 70, to = "robin_needs_a_break" },
  start = "the_walk",
  nodes = {

    node "the_walk" {
      need = "heard",
      narrate "Robin's coffee has gone cold in its cup. It's the third time you've had to repeat something.",
      say.robin "Hm? Sorry. Miles away.",
      choice { "Okay, what's wrong? And don't say nothing.", to = "not_now",
               pitfalls = { "pressure" }, tension = 20, open = -5,
               coach = "You noticed, and said so. Robin hears a question that has to be answered now." },
      choice { "*You slow down to Robin's pace.* You seem far away today.", to = "robin_opens",
               skills = { "be_present", "turn_toward" }, open = 15, tension = -5,
               coach = "You said what you saw and nothing more. The next move is Robin's." },
      choice { "I'll cheer you up. You will not believe my week.", to = "your_story",
               pitfalls = { "hijack" }, tension = -5,
               coach = "Kind, and it fills the silence. It also makes the next ten minutes about you." },
    },

    node "not_now" {
      need = "space",
      say.robin "Nothing's wrong. God. Can we just walk?",
      narrate "Robin speeds up. For a while you're talking to the back of a coat.",
      choice { "Sorry. That came out like an interview. We can just walk.", to = "walking_on",
               skills = { "repair", "respect_boundary" }, tension = -15, open = 10,
               coach = "You heard your own tone, went back for it, and let Robin set the pace." },
      choice { "I've known you fifteen years. Something's wrong.", to = "separate_ways",
               pitfalls = { "pressure", "override_no" }, tension = 25, open = -10,
               coach = "You're probably right. But Robin said no, and heard it treated as a maybe." },
      choice { "Fine. Suit yourself.", to = "separate_ways",
               pitfalls = { "turn_against" }, tension = 10, open = -10,
               coach = "Stung, you stepped back with an edge. Now Robin has your mood to carry too." },
    },

    node "walking_on" {
      narrate "You walk. Nobody says anything, and it's fine. By the bench with the brass plaque, Robin stops.",
      next = "robin_opens",
    },

    node "your_story" {
      need = "heard",
      narrate "You tell the one about the printer, the fire alarm and the regional manager. It's a good story.",
      say.robin "Ha. Yeah. Must be nice, having normal problems.",
      choice { "Normal? I nearly lost my job!", to = "just_a_walk",
               pitfalls = { "turn_away" }, open = -10,
               coach = "It was a bad week, fair enough. Robin's line was a small door, and it swung shut." },
      choice { "As opposed to what kind?", to = "robin_opens",
               skills = { "curious", "turn_toward" }, open = 10,
               coach = "Robin opened a door a crack and you noticed. That's most of it." },
    },

    node "robin_opens" {
      need = "heard",
      say.robin(function(s)
        if s.tension >= 35 then return "Sorry I snapped back there. It's my dad." end
        return "It's my dad."
      end),
      say.robin "He had a fall on Tuesday. He's in the General. They keep saying it's probably fine.",
      say.robin "Probably. That word's doing a lot of work.",
      choice { "At least they're saying it's probably fine.", to = "just_a_walk",
               pitfalls = { "minimise" }, open = -10,
               coach = "You reached for the hopeful part, kindly. Robin hears: so you can stop worrying." },
      choice { "Since Tuesday. And you've been carrying it round all week.", to = "the_real_thing",
               skills = { "reflect" }, open = 15, tension = -10,
               coach = "You said back what Robin hadn't quite said: how long, and how heavy." },
      choice { "Which ward? I'll drive you over this afternoon.", to = "the_real_thing",
               pitfalls = { "fix_too_soon" }, tension = 5,
               coach = "Generous, and fast. Robin has to turn down a lift before getting to say how it feels." },
    },

    node "the_real_thing" {
      need = "heard",
      say.robin "I keep thinking I should be there all day. But he hates a fuss. He told me to go on my walk.",
      say.robin "And if I sit by that bed all day, it's like saying it's serious.",
      choice { "You should be there. You'd never forgive yourself.", to = "just_a_walk",
               pitfalls = { "mind_read" }, tension = 10, open = -10,
               coach = "You might even be right. But you answered for Robin, and Robin goes quiet." },
      choice { "That makes sense. Going in would make it real.", to = "sat_with_it",
               skills = { "reflect", "validate" }, open = 10,
               coach = "Robin didn't have to explain the fear twice." },
      choice { "I'm free tomorrow. Want company at the General, or would that count as a fuss?", to = "sat_with_it",
               when = function(s) return s.open >= 60 end,
               skills = { "offer_not_impose", "support" }, open = 10,
               coach = "An offer Robin can turn down with a joke, made once Robin had already let you in." },
    },

    node "robin_needs_a_break" {
      need = "space",
      say.robin "Stop. Please. I'm not angry with you. I just can't do this today.",
      narrate "Robin's hands are jammed deep in the coat pockets.",
      choice { "Okay. I'll stop. I'm still up for the rest of the loop.", to = "walking_on",
               skills = { "give_space", "respect_boundary" }, tension = -30, open = 5,
               coach = "You let Robin stop without making it cost anything. That's what makes coming back possible." },
      choice { "I'm only asking because I care!", to = "separate_ways",
               pitfalls = { "defensive" }, tension = 10,
               coach = "True, and it turns Robin's \"stop\" into a conversation about your intentions." },
    },

    ending "sat_with_it" {
      title = "Sitting with it",
      summary = "Robin told you about a dad in hospital, and you listened more than you fixed.",
      narrate "You find a bench. Robin talks about the ward, the terrible tea, the man in the next bed who sings.",
      say.robin "Thanks. I didn't know I needed to say all that out loud.",
    },

    ending "just_a_walk" {
      title = "Just a walk",
      summary = "You walked the loop together, and whatever Robin was carrying, Robin carried home.",
      narrate "Robin changes the subject to the ducks, and you let it. At the gate there's a quick hug.",
      say.robin "Same time next week?",
      narrate "On Wednesday you text \"how's things?\" and get back a thumbs-up. It's something. It isn't much.",
    },

    ending "separate_ways" {
      title = "Separate ways",
      summary = "Robin didn't want to talk yet, the morning got tense, and you each went home early.",
      narrate "At the next fork Robin mutters something about a bus and goes left. You go right.",
    },
  },
}
