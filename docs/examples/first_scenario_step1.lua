-- A Quiet Saturday, step 1 of docs/tutorial.md: one scene and two endings.

return scenario {
  id = "quiet-saturday",
  title = "A Quiet Saturday",
  blurb = "Your friend Robin has hardly said a word all morning.",
  minutes = 5,
  setting = "Saturday morning. You and Robin are walking the long loop round the park, as you do most weeks.",
  notes = { "a parent in hospital", "worry, and not wanting to talk about it" },
  reflect = "When someone you care about goes quiet, what helps them decide to tell you?",
  cast = { robin = "Robin" },
  start = "the_walk",
  nodes = {

    node "the_walk" {
      need = "heard",
      narrate "Robin's coffee has gone cold in its cup. It's the third time you've had to repeat something.",
      say.robin "Hm? Sorry. Miles away.",
      choice { "*You slow down to Robin's pace.* You seem far away today.", to = "sat_with_it",
               skills = { "be_present", "turn_toward" },
               coach = "You said what you saw and nothing more. The next move is Robin's." },
      choice { "I'll cheer you up. You will not believe my week.", to = "just_a_walk",
               pitfalls = { "hijack" },
               coach = "Kind, and it fills the silence. It also makes the next ten minutes about you." },
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
  },
}
