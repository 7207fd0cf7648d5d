-- The Rota
-- You coordinate the outpatient bookings team at a hospital in Swindon. Dev, a booking clerk
-- on your team, built the new clinic rota: a colour-coded spreadsheet that ended the Monday
-- phone queue. In this morning's team meeting, Helen, the operations manager, thanked "whoever
-- sorted the rota" and looked at you. You said "Oh, thanks, it's been a real team effort," and
-- the meeting moved on. Dev was at the back. Now everyone is filing out, and Dev is heading for
-- the kettle.
--
-- Dev's side: he built it over four Sunday nights on his own laptop. He is quiet, good, and not
-- one to push. There is a Band 5 post with a closing date on Friday, and the form asks for a time
-- you improved a service: the rota was his answer. He isn't after a fuss; he is hurt that you,
-- who knew, let it go by. He fears being the person who complains about credit.
-- Your side: you froze. Helen put you on the spot, you had tested the rota and rolled it out,
-- and "team effort" felt nearly true in the second you had. Nobody here is a thief.
--
-- State: trust and tension are Dev's; told (a flag) is whether he has told you about the Band 5 post.
-- How much he trusts you decides whether he tells you what he actually wants (Helen to hear it
-- where she said it) or asks you not to make a thing of it; the same offer ("I'll say it at
-- Thursday's meeting") is right after one and wrong after the other.

local function he_says_what_he_wants(s) return s.trust >= 50 end

return scenario {
  id = "the-rota",
  title = "The Rota",
  blurb = "Your boss thanked you for the rota Dev built. You said \"team effort\". Dev is at the kettle.",
  minutes = 7,
  setting = "The staff kitchen behind outpatient bookings, Great Western Hospital, Swindon. Ten past "
    .. "eleven on a Tuesday. The team meeting finished four minutes ago.",
  notes = {
    "credit at work going to the wrong person, and owning that it was you",
    "a manager, a job application, and a difference in seniority",
  },
  reflect = "When someone's good work is about to be missed, what makes it hard to say so in the "
    .. "moment, and what helps?",
  cast = { dev = "Dev", helen = "Helen", marcia = "Marcia" },
  state = {
    trust = { 40, max = 80 },
    tension = { 20, better = "lower", max = 80 },
    told = false,
  },
  start = "the_corridor",
  nodes = {

    node "the_corridor" {
      need = "honesty",
      narrate("On the meeting-room screen, for about a minute, there was Dev's rota: clinics in colours, the "
        .. "consultants' leave in grey, the phone cover worked out to the quarter hour. Helen said, \"Whoever "
        .. "sorted this, I could kiss them,\" and looked at you."),
      narrate "You said, \"Oh, thanks. It's been a real team effort.\" Then it was item four: parking.",
      narrate("Now everyone is filing out. Marcia from the eye clinic desk falls into step beside you. Dev is two "
        .. "people ahead, with his notebook under his arm."),
      say.marcia "Nice one with the rota, boss. Mondays have been a dream. I actually had lunch last week.",
      choice { "It's Dev's, actually. Every colour of it. Tell him.", to = "the_kettle",
               skills = { "honest", "appreciate" }, trust = 10,
               coach = "Said in the corridor, loud enough to carry. Two people ahead, Dev's notebook stops swinging." },
      choice { "Ha, cheers. It's been a team effort.", to = "the_kettle",
               pitfalls = { "avoid" }, trust = -10,
               coach = "The same words as in the meeting. Easier the second time, which is how these things set." },
      choice { "*You smile, say nothing, and hold the fire door open for her.*", to = "the_kettle",
               pitfalls = { "avoid" },
               coach = "Polite and wordless, and the thanks stays where it landed. Dev, ahead of you, doesn't look round." },
    },

    node "the_kettle" {
      need = "honesty",
      narrate "In the staff kitchen, Dev is at the kettle, stirring a tea that stopped needing stirring some time ago.",
      narrate("The kitchen has one window, onto the car park, and a sign over the sink that says YOUR MUM DOESN'T "
        .. "WORK HERE in Helen's handwriting. It's just the two of you."),
      say.dev(function(s)
        if s.trust >= 50 then return "Heard you in the corridor. Thanks. Good meeting, otherwise." end
        return "Good meeting."
      end),
      choice { "Honestly? The rota's yours. I ought to have said.", to = "the_why",
               skills = { "take_responsibility", "honest" }, trust = 10, tension = -10,
               coach = "You said what happened before he had to. He stops stirring." },
      choice { "It was, wasn't it? Helen loved the rota. Did you see her face when the colours came up?", to = "helen_walks_in",
               pitfalls = { "avoid" }, trust = -10,
               coach = "Friendly, and it steps right over the thing you both just watched happen." },
      choice { "I did say it was a team effort, to be fair to everyone.", to = "defended",
               pitfalls = { "defensive" }, tension = 10,
               coach = "You did. You're answering a charge he hasn't made, which tells him you know what it is." },
      choice { "I'm sorry if you feel like you didn't get enough credit in there.", to = "defended",
               pitfalls = { "defensive", "mind_read" }, tension = 10,
               coach = "It sounds like an apology. It is about his feelings, not about what you said, and he hasn't said any." },
    },

    node "defended" {
      need = "honesty",
      say.dev "Team effort. Yeah.",
      say.dev "Four Sunday nights on my own laptop. You tested it for a morning. Which I was grateful for.",
      narrate "He says it evenly, to the kettle, the way you'd read out a reference number over the phone.",
      choice { "You're right. It was yours and I froze.", to = "the_why",
               skills = { "take_responsibility", "repair" }, trust = 10, tension = -10,
               coach = "No \"but\", no history of the morning's testing. He nods at the kettle, slowly." },
      choice { "I did roll it out, though. That's not nothing.", to = "helen_walks_in",
               pitfalls = { "defensive" }, trust = -10, tension = 10,
               coach = "It's true and it isn't nothing. Said now, it makes the rota a thing you're dividing." },
      choice { "I feel like you're making me out to be some kind of thief here, and that's not fair.", to = "helen_walks_in",
               pitfalls = { "fake_i_statement", "escalate" }, trust = -10, tension = 10,
               coach = "\"I feel\", and then a word he never used. Now he has to reassure you about a thing you did to him." },
    },

    node "the_why" {
      need = "heard",
      say.dev(function(s)
        if s.tension >= 30 then return "Okay. Thanks for saying." end
        return "Thanks. I mean it. I thought I'd have to be the one to say it, and I wasn't going to."
      end),
      say.dev("It's not the thanks, really. There's a Band 5 post in referrals. Closing date Friday. There's a "
        .. "box: \"describe a time you improved a service\". That rota was going to be my box."),
      narrate "He says \"was\". He puts a teabag in the bin as if it had been rude to him.",
      choice { "So it wasn't only the thanks. Your application was sitting on that screen, and I let it go by.",
               to = "helen_walks_in",
               skills = { "reflect", "take_responsibility" }, trust = 10, told = true,
               coach = "You said back the bigger thing he'd only half said. He looks at you properly for the first time." },
      choice { "Apply! You'd walk it. Want me to write you a reference tonight?", to = "helen_walks_in",
               pitfalls = { "fix_too_soon" }, told = true,
               coach = "Generous and quick. It hurries past what happened this morning to a reference he hasn't asked for." },
      choice { "Referrals? Good. Go on, then.", to = "helen_walks_in",
               skills = { "curious", "open_question" }, trust = 10, told = true,
               coach = "Short and interested. He tells you about the post, and it's clear he's wanted it for a while." },
      choice { "Honestly, Helen won't remember who did what by Friday.", to = "helen_walks_in",
               pitfalls = { "minimise" }, trust = -10, told = true,
               coach = "Meant to make it smaller for him. It says his four Sundays won't be remembered either." },
    },

    node "helen_walks_in" {
      need = "honesty",
      narrate "The kitchen door bangs open. Helen, with an empty mug and a lanyard full of keys.",
      narrate "She's in a good mood. She's been in a good mood since the rota went live, which was three weeks ago.",
      say.helen("There they are. The rota people. Honestly, the colours. Who had the idea of the colours? "
        .. "I want to use it for the whole of outpatients."),
      narrate "Dev looks at the fridge. There's a magnet on it shaped like a kidney, from a transplant nurses' away day.",
      choice { "Sorry, no, that was Dev. All of it. I should have said so in the meeting.", to = "after_helen",
               skills = { "honest", "take_responsibility" }, trust = 20, tension = -10,
               coach = "Plain and quick, in the room where it mattered, with the boss still holding her mug. Dev goes pink." },
      choice { "Ha, it was a team effort, really!", to = "the_chill",
               pitfalls = { "avoid" }, trust = -20, tension = 10,
               coach = "The same words as this morning, and this time Dev is standing right next to them." },
      choice { "*You turn and look at Dev, so that he can be the one to say it himself, properly.*", to = "the_chill",
               pitfalls = { "avoid" }, trust = -10,
               coach = "Meant as handing him the floor. It also hands him the job of correcting you in front of Helen." },
      choice { "Dev did the clever bit. I did the laminating.", to = "after_helen",
               skills = { "honest", "appreciate" }, trust = 20, tension = -10,
               coach = "A joke that gets every fact right. Helen laughs, and turns to Dev." },
    },

    node "after_helen" {
      need = "celebration",
      say.helen "Dev! Right. Come and show me the colours on Monday. I'll bring biscuits.",
      narrate "She fills her mug and goes. The door swings shut. Dev lets out a breath.",
      say.dev "You didn't have to do that.",
      choice { "It's nothing. Honestly. Don't mention it.", to = "put_right",
               pitfalls = { "minimise" },
               coach = "Modest, and it waves away his thanks along with the apology he was owed. He lets it go." },
      choice { "I did, though. Mondays have never been this quiet. That's you, Dev.", to = "the_box",
               skills = { "appreciate" }, trust = 10,
               coach = "You named what his work actually did, in the ward's terms. He'll say it again in his interview." },
      choice { "Put the colours in your Band 5 box. I'll be a referee, if you want one.", to = "the_box",
               when = function(s) return s.told end,
               skills = { "remember_details", "offer_not_impose" }, trust = 10,
               coach = "You remembered the box and offered, rather than promised. He says yes before you've finished." },
      choice { "Now you owe me one. Next rota's got my name on it.", to = "put_right",
               pitfalls = { "sarcasm" }, tension = 10,
               coach = "A joke to get out of an awkward moment. It lands a bit close to the thing that just happened." },
    },

    node "the_chill" {
      need = "honesty",
      narrate "Helen takes her tea and goes. Dev rinses his mug, which he hasn't finished.",
      narrate("He dries it, slowly, with the tea towel that says Weston-super-Mare, and hangs the towel back "
        .. "on the oven door exactly straight."),
      say.dev "Forget it. It's just a spreadsheet.",
      narrate "He goes back to his desk. For the rest of the morning he's polite to you in the way he's polite to the phone.",
      narrate(function(s)
        if s.told then
          return "At four you walk past his desk. The Band 5 form is open. The box about improving a service is empty."
        end
        return "At four you walk past his desk. He's on the NHS Jobs site, with a form open and a box empty."
      end),
      choice { "*You pull up a chair.* \"Dev. About this morning. I owe you one. Can I fix it with Helen?\"",
               to = "what_he_wants",
               skills = { "repair", "take_responsibility" }, trust = 10, tension = -10,
               coach = "Late, and on your own, without an audience to perform for. He closes the form, and waits." },
      choice { "*You put a Twix down on his keyboard, with a post-it: \"sorry x\".*", to = "the_twix",
               pitfalls = { "avoid" },
               coach = "A kind gesture, and a sorry that closes the subject. He eats the Twix. The box stays empty." },
      choice { "*You leave it. He did say forget it.*", to = "just_a_spreadsheet",
               pitfalls = { "avoid" },
               coach = "You took him at his word, and it was easier to. Some \"forget it\"s are a test of whether you will." },
    },

    node "what_he_wants" {
      need = "help",
      narrate("He turns his chair round to face you. On his screen behind him, the rota is open, clinics in their "
        .. "colours. He's been tweaking the Thursday ophthalmology slots. Of course he has."),
      say.dev(function(s)
        if he_says_what_he_wants(s) then
          return "Honestly? I'd like Helen to hear it. In the meeting, where she said it. Is that petty?"
        end
        return "Just don't make a thing of it in front of everyone. Please. I'd rather die."
      end),
      choice { "I'll say it at Thursday's meeting. Your name, your rota.", id = "meeting_when_wanted",
               to = "the_box", when = he_says_what_he_wants,
               skills = { "accept_influence", "take_responsibility" }, trust = 10,
               coach = "He told you what would put it right, and you did it his way, in the same room it went wrong in." },
      choice { "I'll say it at Thursday's meeting. Your name, your rota.", id = "meeting_when_refused",
               to = "a_thing_of_it", when = function(s) return not he_says_what_he_wants(s) end,
               pitfalls = { "override_no" }, tension = 10,
               coach = "A big public fix, meant well. He asked for the opposite a moment ago." },
      choice { "Would it help if I emailed Helen today, or would you rather tell her yourself?", to = "the_box",
               skills = { "offer_not_impose", "take_responsibility" }, trust = 10,
               coach = "You offered two ways and let him choose. He picks the email, and asks to see it first." },
      choice { "Don't worry. I won't say a word to anyone. Okay?", to = "just_a_spreadsheet",
               pitfalls = { "avoid" },
               coach = "It sounds like respect. It means nobody ever tells Helen, which wasn't what he asked." },
    },

    node "the_box" {
      need = "honesty",
      narrate("Friday, twenty to five. Dev comes over with his laptop and turns it round to face you. The Band 5 "
        .. "form, the box about improving a service, filled in at last."),
      narrate "\"I helped with a new colour-coded clinic rota, which has reduced the Monday phone queue.\"",
      say.dev "Is it any good? Be honest. It closes at five.",
      narrate "He's chewing the lid of a biro. You haven't seen him nervous before. It suits him less than the colours.",
      choice { "*You read it twice and tap the word \"helped\".*", to = "devs_rota",
               skills = { "honest", "reflect" }, trust = 10,
               coach = "You pointed at the one word that was wrong. He laughs, deletes it, and types \"designed\"." },
      choice { "It's perfect. Don't change a thing. Send it.", to = "helped_with",
               pitfalls = { "avoid" },
               coach = "Warm and encouraging, and he asked for honest. The word \"helped\" goes to referrals with his name on it." },
      choice { "Give it here. I'll sit down with it and redo it for you properly. I know what they want.", to = "helped_with",
               pitfalls = { "fix_too_soon" },
               coach = "You do know what they look for. Twenty minutes before the deadline, it takes the box out of his hands again." },
      choice { "It's too modest. You didn't help, you built it, on your own Sundays. Say so.", to = "devs_rota",
               skills = { "honest", "appreciate" }, trust = 10,
               coach = "You told him the truth about his own work, which is the thing this whole week was missing." },
    },

    ---------------------------------------------------------------- endings

    ending "devs_rota" {
      title = "Dev's rota",
      summary = "You let Helen think Dev's rota was yours, then put it right, and told Dev the truth about what his work had done.",
      narrate(function(s)
        if s.trust >= 70 then
          return "The form goes in at 16:51: \"I designed a colour-coded clinic rota that ended the Monday phone queue.\" "
            .. "Dev reads it out loud once, to the kitchen, before he presses send."
        end
        return "The form goes in at 16:55, with the rota in the box, in his words. He tells you it went; you tell him good."
      end),
      narrate "On Monday, Helen asks Dev to show her how the colours work. She brings biscuits. They're the good ones.",
    },

    ending "helped_with" {
      title = "Helped with",
      summary = "You put Dev's credit right with Helen; when he asked for an honest read of his application, the rota went in as something he'd helped with.",
      reflect = "When someone asks you to be honest about their work, what makes \"it's perfect\" so tempting?",
      narrate("The form goes in at 16:58. Dev says thanks, and means it. In the interview, three weeks later, the "
        .. "panel asks him who else was involved in the rota, and he spends a while being fair to everyone."),
      narrate "He gets the job anyway. He tells you in the kitchen, by the kettle.",
    },

    ending "put_right" {
      title = "Put right",
      summary = "You let Helen think Dev's rota was yours and then told her the truth; the thanks between you and Dev stayed a bit awkward.",
      narrate("Helen emails the whole department about \"Dev's excellent rota\". Dev prints the email out and puts it "
        .. "in his drawer, which you only know because you see him do it."),
      narrate "Between the two of you, it's fine. Mostly. Nobody says any more about it.",
    },

    ending "a_thing_of_it" {
      title = "A thing of it",
      summary = "You wanted to give Dev his credit back, and did it in the meeting he'd asked you not to make a thing of it in.",
      reflect = "When you're putting something right for someone, how do you check it's the right they want?",
      narrate("On Thursday, you stand up in the meeting and say it. Everyone turns round. Somebody claps, and then "
        .. "several people do, slowly, the way people clap at a wedding speech that's gone on."),
      narrate "Dev looks at his shoes for all of item two. He sends his form in on Friday. He doesn't ask you to read it.",
    },

    ending "the_twix" {
      title = "A Twix on the keyboard",
      summary = "Helen thought the rota was yours; you said sorry to Dev with a Twix, and the record stayed as it was.",
      reflect = "Have you ever been given an apology that closed a subject instead of opening it? What was missing?",
      narrate("Dev eats the Twix and puts the post-it on his monitor, which is kind of him. His Band 5 form goes in on "
        .. "Friday. You don't know what he wrote in the box."),
      narrate "At the next team meeting, Helen says, \"Our rota wizard,\" and looks at you, and you say nothing at all.",
    },

    ending "just_a_spreadsheet" {
      title = "Just a spreadsheet",
      summary = "Helen thanked you for Dev's rota, and nobody ever put it right.",
      reflect = "When you get credit that isn't yours, what would it cost to hand it back, and what does keeping it cost?",
      narrate("Dev is perfectly pleasant for the rest of the week. He doesn't bring you his next idea, which is about "
        .. "the eye clinic; you hear about it in March, from Helen, who got it straight from him."),
    },
  },
}
