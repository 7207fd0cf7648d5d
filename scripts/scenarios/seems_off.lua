-- The Friend Who Seems Off
-- Lorna teaches Geography in the room next to yours and has been your friend for six years. She
-- runs the Friday staff quiz with a frog-shaped bicycle horn, she has the staffroom sofa, and she
-- does the crossword out loud. This week she has done none of it.
--
-- Lorna's side: her son Kai, fifteen, has not been to school for three weeks. Every morning she
-- sits on the landing outside his door with toast; every day at ten past nine his school rings.
-- She has been late twice, and the deputy head made a pointed remark in briefing. She is a good
-- teacher who cannot get her own child through a door, and she is ashamed of that. She wants to
-- be normal at work, where she is competent. She fears crying in the staffroom, being pitied, and
-- being handed one more "have you tried...". She might talk, if nobody makes her.
-- Your side: you have forty-two mock papers, a data deadline at five, and a friend you're worried
-- about. Being busy is real. So is the urge to ask straight out, which comes from caring.
--
-- Gav is the deputy head: not a villain, a man with a lanyard, a data deadline of his own and a
-- habit of saying "two minutes" when he means forty.
--
-- Shape: the staffroom at lunch, ending with Gav asking Lorna for "two minutes about Tuesday" (act
-- one), twenty-five past three (act two), the walk to the Costa on the roundabout (act three), and
-- Friday for the paths where she doesn't talk yet: the photocopier, the car park, and, if you walk
-- past her car, a text on Sunday night.
-- State: open and tension are Lorna's. noticed is whether she knows you've noticed and that a door
-- is open (it comes back at half three, on Friday and in the endings). hurry is your own head,
-- still in the marking: while it is high, the unhurried lines are out of reach. fri marks that the
-- story has reached Friday, so that when Lorna needs to go, she goes into the weekend.

-- Lorna comes to find you at half three only if you offered the Costa and didn't push too hard.
local function she_came(s) return s.offered >= 10 and s.tension < 40 end

return scenario {
  id = "seems-off",
  title = "The Friend Who Seems Off",
  blurb = "Lorna always has the staffroom sofa. This week she's on the hard chair by the broken radiator.",
  minutes = 10,
  setting = "The staffroom at Crookes Park School, Sheffield. Ten to one on a Thursday in January. "
    .. "Somebody has microwaved fish again.",
  notes = {
    "a friend and colleague who is struggling and not ready to say why",
    "a teenager who has stopped going to school, and a parent's worry and shame about it",
    "pressure and a pointed remark at work",
  },
  reflect = "When someone you care about goes quiet, what helps them choose to tell you, "
    .. "and what makes it harder?",
  cast = { lorna = "Lorna", gav = "Gav" },
  state = {
    open = { 20, max = 60 },
    tension = { 20, better = "lower", max = 70 },
    noticed = { 0, max = 20 },
    offered = { 0, max = 10 },
    told = { 0, max = 10 },
    hurry = { 40, better = "lower", max = 70 },
    fri = { 0, max = 1 },
  },
  flooding = { var = "tension", at = 60, to = "lorna_goes" },
  self_flooding = {
    var = "hurry", at = 50,
    hint = "Your head's still in forty-two mock papers and the data. Put something down first.",
  },
  start = "the_staffroom",
  nodes = {

    ---------------------------------------------------------------- act one: lunch

    node "the_staffroom" {
      need = "reassurance",
      narrate("You have forty-two Year 9 mock papers, a red pen that is nearly out, and a data deadline at five. "
        .. "You also have the good end of the table."),
      narrate("Lorna comes in, makes a tea, and takes it to the hard chair by the broken radiator. Not the sofa. Lorna "
        .. "has had the sofa since before the fish."),
      narrate("She doesn't do the crossword out loud. She doesn't do it at all. It's the third day like this. "
        .. "On Tuesday she was late for briefing. On Wednesday she ate her lunch in her car."),
      choice { "*You pass the biscuit tin along to her. The good ones, with the caramel. You say nothing about it.*", to = "biscuit",
               skills = { "turn_toward", "be_present" }, open = 10, tension = -10, noticed = 10,
               coach = "A small bid that asks nothing back. She can take a biscuit without having to explain herself." },
      choice { "You alright, Lorna? You've been really off all week. What's going on?", to = "in_front_of_everyone",
               pitfalls = { "pressure" }, tension = 10, noticed = 10,
               coach = "You noticed, and you said so, which matters. In a staffroom at lunch, it's a question with an audience." },
      choice { "Oi. Quiz tomorrow. Please tell me the picture round isn't flags again.", to = "quiz_cancelled",
               pitfalls = { "avoid" },
               coach = "Chatting about the normal thing is a kindness of a sort. It also steps round what you'd just seen." },
      choice { "*You keep marking. If it's something, she'll say.*", to = "gav",
               pitfalls = { "turn_away" }, hurry = 10,
               coach = "Respectful, in a way, and you really are busy. She doesn't know that you saw anything." },
    },

    node "biscuit" {
      need = "reassurance",
      narrate "She takes one and looks at it as if she's forgotten what they're for. Then she eats it in two bites.",
      say.lorna "Thanks.",
      say.lorna "Are those the Year 9 mocks? God help you.",
      choice { "One of them says Macbeth is \"a bit much\". Honestly? Fair.", to = "quiz_cancelled",
               skills = { "turn_toward" }, open = 10,
               coach = "She made a small bid and you answered it, lightly. She laughs, properly, for the first time this week." },
      choice { "*You put the pen down.* \"They can wait. How's your week been?\"", to = "just_tired",
               skills = { "be_present", "open_question" }, hurry = -20,
               coach = "The pen going down said more than the question. She notices both." },
      choice { "Don't. Forty-two of them, and data by five.", to = "your_week",
               pitfalls = { "hijack" }, hurry = 10,
               coach = "All true, and you needed to say it to someone. Her small opening became your week." },
      choice { "\"Mm.\" *You're halfway through a margin comment.*", to = "gav",
               pitfalls = { "distracted" }, hurry = 10,
               coach = "She tried, once, and got the top of your head. She doesn't try twice." },
    },

    node "in_front_of_everyone" {
      need = "space",
      narrate "Three people look up. Mr Hussain stops with his fork halfway to the fish.",
      say.lorna "I'm fine. Just tired. Everyone's tired. It's January.",
      narrate "She says it to the folded crossword on her knee.",
      choice { "Fair. January's a crime. *You go back to marking and leave the tin by her elbow.*", to = "gav",
               skills = { "respect_boundary" }, tension = -10,
               coach = "You let her answer stand, and the biscuits stayed. The room goes back to its fish." },
      choice { "You're not fine, though.", to = "just_tired",
               pitfalls = { "pressure", "override_no" }, tension = 20,
               coach = "Probably true. Said in front of everyone, after she'd answered, it turns noticing into a cross-examination." },
      choice { "*Quietly.* \"Sorry. Wrong room. Costa at half three? No agenda.\"", to = "gav",
               skills = { "repair", "make_time", "offer_not_impose" }, calm = true, tension = -10, noticed = 10, open = 10, offered = 10,
               coach = "You took the question back and left a door in its place, with a time on it. She doesn't say yes, and she heard." },
    },

    node "quiz_cancelled" {
      need = "reassurance",
      say.lorna(function(s)
        if s.open >= 40 then return "Oh. I meant to say. I've cancelled the quiz." end
        return "There isn't one. I cancelled it. It was in the email."
      end),
      narrate("The frog horn is on the shelf above the kettle where it lives. Lorna cancelled the quiz the day the boiler "
        .. "exploded. Then she uncancelled it, and ran it in coats."),
      choice { "*You look at her properly.* \"That's not like you.\"", to = "just_tired",
               skills = { "turn_toward", "be_present" }, noticed = 10, open = 10,
               coach = "You said what you'd seen and stopped there. No question she has to answer, just a sign that someone's looking." },
      choice { "You cancelled it? What's going on?", to = "just_tired",
               pitfalls = { "pressure" }, tension = 10, noticed = 10,
               coach = "Concern, with a question on the end that needs an answer now. She reaches for the nearest one." },
      choice { "Oh. Right. The frog will be devastated.", to = "gav",
               pitfalls = { "avoid" }, tension = -10,
               coach = "A smile, and a safe way out of the moment for both of you. She takes it. She'd half hoped you wouldn't." },
    },

    node "just_tired" {
      need = "space",
      say.lorna(function(s)
        if s.tension >= 40 then return "I'm just tired. It's nothing. It's boring. Can we leave it?" end
        return "I'm just tired. It's nothing. It's boring."
      end),
      narrate "She's turning her mug round by the handle, a quarter turn at a time.",
      choice { "Boring's fine. Costa, half three? I'm buying.", to = "gav",
               skills = { "make_time", "offer_not_impose" }, noticed = 10, open = 10, offered = 10,
               coach = "An invitation with the pressure taken out of it, and a time, so she doesn't have to arrange anything." },
      choice { "Nothing's never nothing, Lorna. Come on. It's me. You can tell me.", to = "gav",
               pitfalls = { "pressure", "override_no" }, tension = 20,
               coach = "Said with love and six years behind it. She hears that \"nothing\" wasn't an acceptable answer." },
      choice { "Is it Martin?", to = "wrong_guess",
               pitfalls = { "mind_read" }, tension = 10,
               coach = "A reasonable guess from someone who knows her life. Now she has to correct you, or let it stand." },
      choice { "*You nod.* \"Okay. I'm next door, if boring ever wants some company.\"", to = "gav",
               skills = { "respect_boundary", "patience" }, noticed = 10,
               coach = "You took her at her word and left the door open. She'll remember which room you're in." },
    },

    node "your_week" {
      need = "heard",
      narrate "You get through the data and the intervention list and are most of the way into the photocopier before you look up.",
      say.lorna "God. Forty-two. At least they all turned up to do it, I suppose.",
      narrate "She says it with a little laugh that isn't one.",
      choice { "Ha. Barely. Jayden drew a shark.", to = "gav",
               pitfalls = { "turn_away" },
               coach = "It's a good shark. Her line had a catch in it, though, and the shark went straight past it." },
      choice { "\"At least they turned up\"?", to = "just_tired",
               skills = { "reflect", "curious" }, open = 10, noticed = 10,
               coach = "You caught the odd little phrase and handed it back. She isn't ready to explain it, and she knows you heard." },
      choice { "Sorry. I've just dumped my whole week on you. How's yours?", to = "just_tired",
               skills = { "repair", "open_question" }, calm = true, noticed = 10,
               coach = "You heard yourself and handed the floor back. It's a small thing, and she notices it." },
    },

    node "wrong_guess" {
      need = "space",
      say.lorna "It's not Martin.",
      narrate "She says it too fast. Then she looks at the door.",
      choice { "Not mine to guess. Costa at half three, if you fancy it?", to = "gav",
               skills = { "repair", "offer_not_impose" }, tension = -10, noticed = 10, offered = 10,
               coach = "You put the guess down and left an invitation in its place. She can take one without the other." },
      choice { "Is it Kai, then? Is he alright?", to = "gav",
               pitfalls = { "pressure", "mind_read" }, tension = 20,
               coach = "Closer to the truth than you know. That's what makes it land like a hand on a bruise." },
      choice { "Okay. Forget I asked. *Back to the marking.*", to = "gav",
               pitfalls = { "turn_away" }, hurry = 10,
               coach = "You backed off, and you took the door with you. She doesn't know whether you'd still want to hear." },
    },

    node "lorna_goes" {
      need = "space",
      narrate(function(s)
        if s.fri == 1 then return "Lorna looks at her car keys, then at you, and her face does something complicated." end
        return "Lorna stands up and picks up her bag, a little too quickly."
      end),
      say.lorna "I'm going to go. I'm not cross with you. I just can't do this today.",
      choice { "Okay. Go. I'm next door, whenever.", to = "friday",
               when = function(s) return s.told == 0 and s.fri == 0 end,
               skills = { "give_space", "respect_boundary" }, tension = -20, noticed = 10,
               coach = "She asked to go, and you made going easy. The door you mentioned is still there on Friday." },
      choice { "Okay. Go. Thank you for telling me. I'm next door, whenever.", to = "left_early",
               when = function(s) return s.told > 0 end,
               skills = { "give_space", "appreciate" }, tension = -20, noticed = 10,
               coach = "She'd said more than she meant to, and you let her leave without it costing anything." },
      choice { "Okay. Go. Have a proper weekend. I'm next door on Monday.", to = "standing_offer",
               when = function(s) return s.fri == 1 end,
               skills = { "give_space", "respect_boundary" }, tension = -20, noticed = 10,
               coach = "She asked to go, and you made going easy, with a Monday on the end of it." },
      choice { "Lorna, wait. Please. I'm worried about you. Just give me five minutes.", to = "friday",
               when = function(s) return s.told == 0 and s.fri == 0 end,
               pitfalls = { "pressure", "override_no" }, tension = 10,
               coach = "You are worried, and it shows. She'd said she couldn't, and now she has to say it again, harder. She goes anyway." },
      choice { "Lorna, wait. Sit down. We need to work out what you're going to do about him.", to = "left_early",
               when = function(s) return s.told > 0 end,
               pitfalls = { "override_no", "fix_too_soon" }, tension = 10,
               coach = "You are worried about Kai, and it shows. She asked to stop, and heard that the meeting wasn't over." },
      choice { "Lorna, wait. Please. I'm worried about you. Just give me five minutes.", to = "fine_thanks",
               when = function(s) return s.fri == 1 end,
               pitfalls = { "pressure", "override_no" }, tension = 10,
               coach = "Two days of worry, and it shows. She'd said she couldn't, and now she has to say it again, harder." },
      choice { "I pushed. Sorry. Ignore me. Go.", to = "friday",
               when = function(s) return s.told == 0 and s.fri == 0 end,
               skills = { "take_responsibility", "give_space" }, calm = true, tension = -30, noticed = 10,
               coach = "Seven words, and one of them is sorry. She stops at the door for half a second before she goes." },
      choice { "I pushed. Sorry. Go, and I'll say nothing to anyone.", to = "left_early",
               when = function(s) return s.told > 0 end,
               skills = { "take_responsibility", "respect_boundary" }, calm = true, tension = -30, noticed = 10,
               coach = "You owned it and promised the thing she was most afraid to ask for. She stops at the door for half a second." },
      choice { "I pushed. Sorry. Go. Drive safe.", to = "standing_offer",
               when = function(s) return s.fri == 1 end,
               skills = { "take_responsibility", "give_space" }, calm = true, tension = -30, noticed = 10,
               coach = "Six words, and one of them is sorry. She nods, and the nod has a thank-you folded up in it." },
    },

    node "gav" {
      need = "reassurance",
      say.lorna(function(s)
        if s.tension >= 40 then return "Can we talk about something else? Anything. The fish." end
        if s.offered >= 10 then return "Maybe. I'll see how the afternoon goes." end
        if s.noticed >= 10 then return "Sorry. I'm rubbish company this week." end
        return "Has anyone got a pen that actually works?"
      end),
      narrate("Five minutes before the bell, Gav comes in, lanyard first, carrying the mug that says WORLD'S OKAYEST "
        .. "DEPUTY. Somebody bought it him as a joke. He uses it without irony."),
      say.gav "Intervention list by tomorrow, yeah? Legend.",
      say.gav "Lorna. Have you got two minutes at some point? Just about Tuesday. Nothing heavy.",
      narrate(function(s)
        if s.noticed >= 10 then
          return "He's gone again before she can answer. Lorna puts her mug down and turns the handle to face the wall, and glances at you."
        end
        return "He's gone again before she can answer. Lorna puts her mug down and turns the handle to face the wall."
      end),
      choice { "*Under the table, you nudge her foot with yours.*", to = "the_bell",
               skills = { "affection", "be_present" }, tension = -10, noticed = 10,
               coach = "Nobody else sees it. She knows someone in the room is on her side, and she didn't have to say a word." },
      choice { "Want a witness for the two minutes? I'm very good at nodding.", to = "the_bell",
               skills = { "offer_not_impose", "support" }, noticed = 10, open = 10,
               coach = "An offer she can turn down with a laugh. She does turn it down, and she does laugh, and she looks at you a second longer than usual." },
      choice { "What's Tuesday? Are you in trouble?", to = "the_bell",
               pitfalls = { "pressure" }, tension = 10, noticed = 10,
               coach = "A fair question, with Mr Hussain two chairs away. She says \"Nothing,\" which answers it for everyone listening." },
      choice { "Ignore him. He called me in for \"two minutes\" in my second year about my display boards. Forty minutes. I re-laminated everything. He thinks a lanyard is a personality.", to = "the_bell",
               pitfalls = { "hijack", "contempt" }, open = -10,
               coach = "Solidarity, and a story that's funny every time. It moves the spotlight onto you and Gav, and off the thing she's dreading." },
      choice { "*You reply to Gav's email about the list while you think of it.*", to = "the_bell",
               pitfalls = { "distracted" }, hurry = 10,
               coach = "The deadline was sitting right there in your inbox. By the time you look up, she's rinsing her mug." },
    },

    node "the_bell" {
      narrate(function(s)
        if s.noticed >= 10 then
          return "The bell goes. Lorna rinses her mug. On her way past she touches your shoulder, very briefly, like she's checking you're solid."
        end
        return "The bell goes. Lorna rinses her mug and goes without a word. You notice that you noticed. Then a Year 9 needs a pen."
      end),
      next = "three_twenty",
    },

    ---------------------------------------------------------------- act two: twenty-five past three

    node "three_twenty" {
      need = "reassurance",
      narrate "Twenty-five past three. The corridor smells of wet coats. You have the mocks under your arm and an hour and a half until the data's due.",
      narrate(function(s)
        if she_came(s) then
          return "Lorna's in the doorway of Room 15 with her coat on and her car keys in her hand, as if she hasn't decided whether she's arriving or leaving."
        end
        return "Through the glass in the door of Room 15, Lorna is at her desk with her coat on, not marking, not doing anything. Her phone buzzes. She flinches."
      end),
      say.lorna(function(s)
        if she_came(s) then return "Is the Costa thing still on? You don't have to. I know you've got data." end
        return ""
      end),
      choice { "It's on. Data can wait. Data's used to waiting.", to = "the_walk",
               when = she_came,
               skills = { "make_time", "turn_toward" }, calm = true, hurry = -20, open = 10,
               coach = "She came and asked, which cost her something, and got a yes with no but in it." },
      choice { "*You put the mocks down on the radiator.* \"Coat. Two minutes.\"", to = "the_walk",
               when = she_came,
               skills = { "pause", "make_time" }, hurry = -30, open = 10,
               coach = "You put the pile down before you picked her up. The data will keep; the moment might not." },
      choice { "Yes! Brilliant. I can only do twenty minutes, though. Data.", to = "the_walk",
               when = she_came,
               pitfalls = { "distracted" }, hurry = 10,
               coach = "A yes with a clock on it. She'll spend the walk watching you check the time." },
      choice { "*You wave, and point at the pile of mocks, and mouth:* \"Tomorrow? Sorry.\"", to = "friday",
               when = she_came,
               pitfalls = { "turn_away" }, noticed = -10,
               coach = "A real deadline, and a real apology. She came to your door once, and she won't make a habit of it." },
      choice { "*You knock on the glass and hold up a pretend coffee cup.*", to = "the_walk",
               when = function(s) return not she_came(s) and s.open >= 30 end,
               skills = { "turn_toward", "make_time" }, noticed = 10,
               coach = "A bid she can answer with a nod. She looks at her phone, then at you, and gets up." },
      choice { "*You knock on the glass and hold up a pretend coffee cup.*", to = "not_today",
               when = function(s) return not she_came(s) and s.open < 30 end,
               skills = { "turn_toward", "make_time" }, noticed = 10,
               coach = "A bid she can answer either way. She thinks about it for a long moment." },
      choice { "*You go in and shut the door.* \"Right. What's going on? And don't say tired.\"", to = "not_today",
               when = function(s) return not she_came(s) end,
               pitfalls = { "pressure", "override_no" }, tension = 20,
               coach = "You're done watching her struggle, and it's love that shuts the door. It also shuts her in." },
      choice { "*You keep walking. Data by five. Tomorrow, maybe.*", to = "friday",
               when = function(s) return not she_came(s) end,
               pitfalls = { "turn_away" }, hurry = 10,
               coach = "A reasonable call on a busy day. Tomorrow has a way of being busy too." },
    },

    node "not_today" {
      need = "space",
      say.lorna(function(s)
        if s.tension >= 40 then return "Not today. Please. I just need to get home." end
        return "Not today. Honestly. I need to get home. But... thanks."
      end),
      narrate "She means it. Both halves.",
      choice { "Okay. Standing offer. Any day with a y in it.", to = "friday",
               skills = { "respect_boundary", "patience" }, noticed = 10, tension = -10,
               coach = "A no that cost her nothing, and an offer that doesn't expire. That's the combination that gets used later." },
      choice { "Twenty minutes! Come on. You look like you need it.", to = "friday",
               pitfalls = { "override_no" }, tension = 20,
               coach = "Probably true, and kindly meant. She said no, though, and now she has to say it twice." },
      choice { "Fine. I'll drink yours as well, then.", to = "friday",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "A joke, mostly. She apologises for letting you down, which is one more thing on her list." },
      choice { "*You hold the door for her and don't ask anything.*", to = "friday",
               skills = { "give_space" }, noticed = 10,
               coach = "She gets to leave without explaining. It's rarer than it should be, and she feels it." },
    },

    ---------------------------------------------------------------- act three: the Costa on the roundabout

    node "the_walk" {
      need = "space",
      narrate("The Costa is ten minutes away, across the bottom field and past the allotments. It's already getting dark. "
        .. "Somebody is burning something on plot nine."),
      narrate "Lorna walks with her hands deep in her pockets. For the first five minutes she says nothing at all.",
      choice { "*You walk. You don't fill it.*", to = "the_table",
               skills = { "patience", "be_present" }, calm = true, open = 10,
               coach = "Walking side by side makes silence easier. You let it be easy. By the allotments her shoulders have come down." },
      choice { "So! Did you see Gav's email? \"Lanyards are a safeguarding culture.\"", to = "the_table",
               pitfalls = { "avoid" },
               coach = "Chat is a kindness too. She laughs, politely, and the silence she was working up to closes over." },
      choice { "It's just us now. You can tell me, you know. What's going on?", to = "the_table",
               pitfalls = { "pressure" }, tension = 10, open = -10,
               coach = "You waited until you were alone, which was thoughtful. She still wasn't ready, and now she's on the spot." },
      choice { "*You check your email.*", to = "the_table",
               pitfalls = { "distracted" }, hurry = 10, open = -10,
               coach = "Ten seconds, and she saw all of them. She decides you're busy, and that's that for a while." },
      choice { "*You turn your phone off. Not silent: off.*", to = "the_table",
               skills = { "be_present", "pause" }, hurry = -20,
               coach = "You noticed your head was still at school and made it follow you. She hears the little shutdown chime." },
    },

    node "the_table" {
      need = "space",
      narrate("Two flat whites. She orders a caramel shortbread and then doesn't eat it. You sit by the window facing "
        .. "the roundabout, which is easier than facing each other."),
      say.lorna(function(s)
        if s.open >= 40 then return "Okay. It's... it's home stuff. I keep thinking I'll say it and then not saying it." end
        return "It's stupid. It's just home stuff. It's boring."
      end),
      choice { "*You wait. A bin lorry goes all the way round the roundabout, twice.*", to = "kai",
               skills = { "patience", "be_present" }, calm = true, open = 10,
               coach = "You gave the silence time to turn into a sentence. The second time round, the bin lorry is all hers." },
      choice { "No rush. I've got a flat white and nowhere to be.", to = "kai",
               skills = { "make_time", "patience" }, open = 10,
               coach = "You told her the one thing she needed to know: there's no clock running. She picks at the shortbread and starts." },
      choice { "Is it Martin? Is he being difficult about money again?", to = "almost",
               pitfalls = { "mind_read" }, tension = 10,
               coach = "You know her life, so you guessed. Now she has to start with \"no\", which is harder than starting." },
      choice { "Sorry. You can tell me anything. I won't judge. Promise.", to = "almost",
               pitfalls = { "pressure" }, tension = 10,
               coach = "It sounds like an open door. It also tells her how big this must be, which makes it bigger." },
    },

    node "almost" {
      need = "space",
      say.lorna(function(s)
        if s.tension >= 40 then return "It's not... look. It's fine." end
        return "It's not a big thing. It's fine."
      end),
      say.lorna "Kai's being a teenager. It's normal. Ignore me.",
      narrate "She picks up the shortbread and puts it down again.",
      choice { "I'm guessing. You don't have to tell me anything. I'm just glad you came.", to = "kai",
               skills = { "repair", "respect_boundary" }, calm = true, tension = -10, open = 10,
               coach = "You took the pressure off and stayed. Oddly, that's what makes it possible for her to go on." },
      choice { "*You nudge the shortbread towards her.* \"Eat that. Then ignore me.\"", to = "kai",
               skills = { "patience", "affection" }, tension = -10,
               coach = "A joke with the door still open. She eats half of it, and then starts talking." },
      choice { "Ha. Teenagers. My nephew just grunts now. It's a phase.", to = "close_up",
               pitfalls = { "minimise", "hijack" }, open = -10,
               coach = "You reached for common ground. It tells her this is ordinary, which is exactly what she's afraid it isn't." },
      choice { "It doesn't sound normal. You've been eating lunch in your car.", to = "close_up",
               pitfalls = { "pressure" }, tension = 10,
               coach = "True, and you'd noticed. She hears that she's been watched, and that she's been caught." },
    },

    node "close_up" {
      need = "space",
      say.lorna "Anyway. We should get back. Thanks for the coffee. Honestly.",
      narrate "She's already stacking the cups, the way teachers do in cafés.",
      choice { "Thanks for coming. Offer stands. Any day.", to = "friday",
               skills = { "respect_boundary", "patience" }, noticed = 10,
               coach = "She closed the door, and you didn't lean on it. You left it unlocked instead." },
      choice { "Lorna. Come on. Sit down. I know something's up, and you know I know.", to = "fine_thanks",
               pitfalls = { "pressure", "override_no" }, tension = 20,
               coach = "You know her, and you're right. She hears a door being tried after she shut it." },
      choice { "Sorry. I went in heavy. Can we just finish these?", to = "kai",
               skills = { "repair", "take_responsibility" }, calm = true, tension = -20, open = 10,
               coach = "You owned the heaviness and asked for nothing else. She sits back down. The cups stay stacked." },
    },

    node "kai" {
      need = "heard",
      say.lorna "It's Kai. He's stopped going to school.",
      say.lorna("Three weeks. He gets up. He gets dressed, sometimes. Then he sits on his bed with his headphones on and "
        .. "won't come out, and I sit on the landing with a bit of toast, like an idiot."),
      say.lorna "His school rings at ten past nine every day. A woman called Bernie. I know Bernie's voice better than my mum's.",
      say.lorna "And I'm a teacher. I get thirty kids through a door every hour. I can't get one through his.",
      choice { "Have you tried taking his phone until he goes in? That worked with my sister's lad.", to = "the_advice",
               pitfalls = { "fix_too_soon" }, tension = 10, told = 10,
               coach = "Practical, and it worked for someone. She's had three weeks of people's sisters' lads." },
      choice { "So every day starts on a landing with toast. Then you come here and do thirty.", to = "her_fear",
               skills = { "reflect" }, open = 10, tension = -10, told = 10,
               coach = "You gave her the shape of her own day back, both halves of it. She nods at the roundabout for a long time." },
      choice { "At least he's safe at home, though. It's not like he's out doing God knows what.", to = "the_landing",
               pitfalls = { "minimise" }, tension = 10, told = 10,
               coach = "Meant as comfort, and it's even true. It shrinks three weeks on a landing into the lucky version." },
      choice { "Oh, I had a Tyler in Year 8 who did exactly this. It took the school eight months and a—", to = "tyler",
               pitfalls = { "hijack" }, open = -10, told = 10,
               coach = "Teacher instinct: you know a case like this. Mid-sentence, it became your case, not her son." },
    },

    node "the_advice" {
      need = "heard",
      say.lorna("We've taken his phone. We've taken the router. Martin took his door off its hinges once, which was "
        .. "a great day for everyone."),
      say.lorna "Everyone's got a trick. Everyone's sister's lad.",
      choice { "Sorry. You've had a hundred tricks off a hundred people. You didn't need a hundred and one.", to = "her_fear",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -10, open = 10,
               coach = "No defence of the idea, just an owning of it. She almost smiles." },
      choice { "Okay, but have you tried the school counsellor? Or your GP? Because there's—", to = "walk_back",
               pitfalls = { "fix_too_soon", "interrupt" }, tension = 20,
               coach = "Each idea is sensible. Together they tell her she hasn't thought of the obvious, and she has." },
      choice { "He took the door off?", to = "her_fear",
               skills = { "curious", "reflect" }, open = 10,
               coach = "You picked up the one ridiculous, awful detail. It lets her laugh and tell you how bad it's got, at once." },
    },

    node "the_landing" {
      need = "heard",
      say.lorna "Safe. Yeah. He's eaten toast on the landing for three weeks. He's very safe.",
      narrate "The milk on her flat white has gone still.",
      choice { "Wrong word. Safe isn't the same as okay.", to = "her_fear",
               skills = { "repair", "validate" }, calm = true, tension = -10, open = 10,
               coach = "You went back for it, short and plain. She lets out a breath." },
      choice { "Could be worse, though.", to = "walk_back",
               pitfalls = { "minimise", "defensive" }, tension = 10,
               coach = "You defended the comfort instead of hearing how it landed. She stops telling you things." },
      choice { "What's it like, on the landing?", to = "her_fear",
               skills = { "open_question", "curious" }, open = 10,
               coach = "A question about her, not about him. Nobody has asked her that." },
    },

    node "tyler" {
      need = "heard",
      say.lorna "Eight months.",
      narrate "She goes very still. You can hear the coffee machine grinding something furious.",
      choice { "Not Tyler. Kai. Tell me about Kai.", to = "her_fear",
               skills = { "repair" }, open = 10, tension = -10,
               coach = "You heard where your story had landed and went back for hers. She takes a breath and does." },
      choice { "Tyler's doing A levels now, though!", to = "walk_back",
               pitfalls = { "minimise", "hijack" }, tension = 10,
               coach = "The happy ending was meant for her. She's stuck on the eight months." },
      choice { "*You stop talking, and look at her, and wait.*", to = "her_fear",
               skills = { "be_present", "pause" },
               coach = "You stopped mid-anecdote, which is hard. The silence you left is hers to fill." },
    },

    node "walk_back" {
      need = "space",
      narrate "Lorna looks at her watch, which she never does. Lorna is a person who owns a watch purely for invigilation.",
      say.lorna "Anyway. I should get back. Bernie might ring about tomorrow.",
      choice { "Okay. Thanks for telling me. I mean it. That took something.", to = "left_early",
               skills = { "appreciate", "respect_boundary" }, noticed = 10, tension = -10,
               coach = "She's leaving, and you let her, with a thank-you for what she'd already given. She'll remember that part." },
      choice { "Sorry. I keep trying to fix it. Stay five more minutes? No ideas, I promise.", to = "her_fear",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -10, open = 10,
               coach = "You named what you'd been doing and stopped doing it. She looks at the watch again, and stays." },
      choice { "You should really email his school about a referral tonight, though. Promise me.", to = "left_early",
               pitfalls = { "fix_too_soon", "demand" }, tension = 10,
               coach = "You want something to happen, because you care. She leaves with homework instead of company." },
    },

    node "her_fear" {
      need = "reassurance",
      say.lorna(function(s)
        if s.open >= 50 then return "The worst bit's not even the mornings." end
        return "And then I come in late, so."
      end),
      say.lorna("I've been late twice. Gav did the thing in briefing. \"Punctuality is a whole-staff value.\" "
        .. "Looking at the ceiling, but at me. And now it's \"two minutes about Tuesday\". I know what his two minutes are."),
      say.lorna "And I can't say why, because then I'm the Head of Geography who can't get her own kid to school. Who listens to her at parents' evening?",
      choice { "I'd listen. I'd listen more, honestly.", to = "what_she_needs",
               skills = { "honest", "affection" }, tension = -10, open = 10,
               coach = "Six words, and true. She'd been bracing for an argument and got a friend." },
      choice { "Gav's a lanyard with a man attached.", to = "what_she_needs",
               pitfalls = { "contempt" },
               coach = "It gets a snort, and Gav will survive. It sidestepped the thing she was scared of, which wasn't Gav." },
      choice { "You should just tell Gav. He'd have to give you some flexibility. There's a policy for this.", to = "tell_gav",
               pitfalls = { "fix_too_soon" }, tension = 10,
               coach = "There probably is a policy. She'd just told you the reason she can't say it, and got the reason to say it." },
      choice { function(s)
                 if s.open >= 50 then return "So the worst bit isn't the mornings. It's being found out." end
                 return "So it's not just the mornings. It's being found out."
               end, to = "what_she_needs",
               skills = { "reflect", "validate" }, open = 10,
               coach = "You named the fear underneath without making it bigger. She goes quiet, and then says yes." },
    },

    node "tell_gav" {
      need = "reassurance",
      say.lorna "No. I'm not telling Gav. Not yet.",
      say.lorna "Please don't say anything. To anyone. Promise me.",
      choice { "I won't. It's yours to tell, or not.", to = "what_she_needs",
               skills = { "respect_boundary" }, tension = -10,
               coach = "A clean promise, with no condition on it. She can stop guarding the secret from you." },
      choice { "Okay. But if it keeps happening, I'll have a word with him. For your sake.", to = "over_her_head",
               pitfalls = { "override_no" }, tension = 10,
               coach = "You want to protect her job. She asked for one promise, and heard it with a condition on it." },
      choice { "I won't. But you should.", to = "what_she_needs",
               pitfalls = { "pressure" }, tension = 10,
               coach = "Promise kept, pressure added. She says \"I know\" in the voice people use when they've heard it." },
    },

    node "what_she_needs" {
      need = "help",
      narrate "The roundabout has gone orange under the streetlights. Lorna finally eats the shortbread, in one go.",
      say.lorna "Can I ask you a favour? Can you do the quiz tomorrow? Uncancel it?",
      say.lorna "I can't face the horn. But I don't want it to just stop. Everything's stopping.",
      choice { "Yes. I'll do the horn. I'll do it badly.", to = "two_flat_whites",
               skills = { "support" }, open = 10,
               coach = "She asked for one specific thing and got it, with a joke attached. It's a lot, to ask for something." },
      choice { "Course. I'll say you're ill.", to = "two_flat_whites",
               pitfalls = { "mind_read" }, tension = 10,
               coach = "Protective, and generous. You also just decided what the whole staffroom will be told." },
      choice { "Yes. Do you want me to say anything about why, or nothing at all?", to = "two_flat_whites",
               skills = { "support", "offer_not_impose" }, open = 10,
               coach = "You said yes, then handed the story back to her. \"Nothing at all,\" she says, and looks relieved." },
      choice { "Yes! And after, we'll sit down and make a proper plan for Kai. A spreadsheet.", to = "two_flat_whites",
               pitfalls = { "fix_too_soon" }, tension = 10,
               coach = "A plan is how you care. She laughs, and then doesn't say yes to that part." },
    },

    ---------------------------------------------------------------- Friday, for the paths where she doesn't talk yet

    node "friday" {
      need = "reassurance",
      narrate "Friday. Half three. The staffroom is wrong without the quiz: people drink their tea standing up, as if waiting for a bus.",
      narrate(function(s)
        if s.noticed >= 10 then
          return "Lorna's at the photocopier, which is eating her worksheets. She catches your eye and does a small, tired thumbs up."
        end
        return "Lorna's at the photocopier, which is eating her worksheets. She doesn't look round."
      end),
      choice { "*You go and open the side panel. You've got the knack for the roller.*", to = "car_park",
               skills = { "turn_toward", "support" }, noticed = 10, hurry = -10, fri = 1,
               coach = "Help she can take without talking about anything. Standing side by side at a broken machine is its own kind of conversation." },
      choice { "*Quietly, by the photocopier.* \"So are you going to tell me what's going on, or...?\"", to = "car_park",
               pitfalls = { "pressure" }, tension = 10, fri = 1,
               coach = "It's been two days and you're worried. She answers the question she can answer, which is the photocopier." },
      choice { "*You leave a caramel shortbread on her desk with a sticky note: \"No agenda.\"*", to = "car_park",
               skills = { "affection", "respect_boundary" }, noticed = 10, fri = 1,
               coach = "A message with nothing to reply to. She keeps the sticky note." },
      choice { "*You do your marking at the table, and forget to look up.*", to = "car_park",
               pitfalls = { "turn_away" }, fri = 1,
               coach = "It's Friday and you're shattered. By the time you look up, she's gone, and so have her worksheets." },
    },

    node "car_park" {
      need = "space",
      narrate("Ten past four. The car park is nearly empty: the Year 11 minibus, the caretaker's van, and Lorna's blue "
        .. "Fiesta in its space by the bins."),
      narrate(function(s)
        if s.tension >= 40 then
          return "She's in the driver's seat with the engine off. When she sees you see her, she picks up her phone and looks at it very hard."
        end
        return "She's in the driver's seat with the engine off and both hands on the wheel, not going anywhere. She hasn't seen you."
      end),
      choice { "*You text her:* \"Company, or shall I walk on by? Both fine.\"", to = "car_window",
               skills = { "offer_not_impose", "respect_boundary" }, noticed = 10,
               coach = "A question she can answer with one word, from inside her own car. She reads it twice, and looks up, and finds you." },
      choice { "*You tap on the glass, very lightly, and hold up the last caramel shortbread from the staffroom tin.*", to = "car_window",
               skills = { "turn_toward" }, noticed = 10,
               coach = "A knock with a biscuit in it. It's hard to feel cornered by shortbread, and she winds the window down." },
      choice { "*You knock until she winds it down.* \"Right. Nobody sits in a car park for fun. Talk to me.\"", to = "car_window",
               pitfalls = { "pressure" }, tension = 20,
               coach = "Straight in, the way you'd want someone to come for you. It was the only room she had to herself today, though." },
      choice { "*You walk on to your own car. She won't want anyone seeing her like this.*", to = "sunday_text",
               pitfalls = { "mind_read" },
               coach = "Tactful, and you might even be right. You decided for her, though, and from inside the car it looks the same as not being seen." },
    },

    node "car_window" {
      need = "heard",
      narrate(function(s)
        if s.tension >= 40 then return "The window comes down four inches, no more." end
        return "She moves her bag off the passenger seat. You get in. The car smells of oranges and wet umbrella."
      end),
      say.lorna(function(s)
        if s.tension >= 40 then return "I'm just sitting. I'm allowed to sit." end
        return "Sorry. I'm getting my head straight before I go home. Home's a lot, at the moment."
      end),
      choice { "*You say nothing, and look at the bins with her for a while.*", to = "car_tells",
               skills = { "be_present", "patience" }, calm = true, tension = -10,
               coach = "You didn't need the next sentence from her, so she could find it. A long minute later, she does." },
      choice { "No rush. I've got nowhere to be till Monday.", to = "car_tells",
               skills = { "make_time", "patience" }, tension = -10,
               coach = "There's no clock running, and she can hear that there isn't. She takes her hands off the wheel." },
      choice { "Sorry, but you can't keep carrying this on your own, Lorna, whatever it is. Tell me, or tell Gav, but tell someone. Please.", to = "fine_thanks",
               pitfalls = { "pressure", "demand" }, tension = 20,
               coach = "Every word of it comes from caring. She hears a list of people she's now failing to tell." },
      choice { "Tell me about it. I'm going to dream in Macbeth. Forty-two of them, and Gav wants the list by Monday now.", to = "sunday_text",
               pitfalls = { "hijack" },
               coach = "Company in the moaning is a real comfort, usually. She'd just opened a door an inch, and your week walked through it." },
    },

    node "car_tells" {
      need = "heard",
      say.lorna "It's Kai. He hasn't been to school for three weeks.",
      say.lorna("I sit on the landing outside his door every morning with a bit of toast. At ten past nine his school rings. "
        .. "Then I drive here and teach thirty kids who all managed to come in."),
      narrate "She says it to the windscreen, very fast, as if it might be taken off her halfway.",
      choice { "Three weeks of mornings on a landing. And then a whole day of other people's kids, on top.", to = "in_the_car",
               skills = { "reflect", "validate" }, open = 10,
               coach = "You gave her both halves of her day back, and didn't make either of them smaller. She breathes out for what looks like the first time since Tuesday." },
      choice { "*You put your hand on her arm, and leave it there.*", to = "in_the_car",
               skills = { "affection", "be_present" }, open = 10,
               coach = "No words to get wrong. She puts her hand on top of yours for a second." },
      choice { "Have you rung the attendance team at the council? I'll find you a number.", to = "in_the_car",
               pitfalls = { "fix_too_soon" }, open = -10,
               coach = "Useful, and kind, and she probably has the number already. She's had three weeks of numbers. She says thanks, and stops talking." },
      choice { "At least he's safe at home, though. Not out doing God knows what.", to = "in_the_car",
               pitfalls = { "minimise" }, open = -10,
               coach = "Meant as comfort, and it's even true. It shrinks three weeks on a landing into the lucky version, and she goes quiet." },
    },

    node "sunday_text" {
      need = "reassurance",
      narrate "Sunday night. You're ironing a shirt for Monday with the radio on when your phone goes.",
      narrate(function(s)
        if s.noticed >= 20 then
          return "Lorna: \"Sorry about Friday. Thanks for not making it a thing. Long story. Not your problem x\""
        end
        return "Lorna, in the staff group chat: \"No quiz this Friday either, sorry all. L\" Mr Hussain has reacted with a thumbs up. Nobody else has replied."
      end),
      choice { "*You message her, just her:* \"Costa on me, any day this week. No story required.\"", to = "standing_offer",
               skills = { "offer_not_impose", "make_time" }, noticed = 10,
               coach = "An invitation with a week on it and no entry fee. She replies with a coffee cup, which from Lorna is a paragraph." },
      choice { "*You send her a frog. Just a frog.*", to = "standing_offer",
               skills = { "affection", "turn_toward" }, noticed = 10,
               coach = "It asks for nothing and says you're there. She sends one back, at eleven at night, which tells you something too." },
      choice { "*You message her:* \"What's going on, Lorna? Is it Kai? Is it Martin? I've been worried all week. You know you can tell me anything.\"", to = "fine_thanks",
               pitfalls = { "pressure", "mind_read" },
               coach = "Every word of it is true, and it's been building since Thursday. On a Sunday night, it's three questions she now has to answer." },
      choice { "*You mean to reply after the ironing. Then it's Monday.*", to = "quiz_goes_on",
               pitfalls = { "turn_away" },
               coach = "Nobody could blame you; it's one message on a Sunday. She notices which ones get answered, this month." },
    },

    ---------------------------------------------------------------- endings

    ending "two_flat_whites" {
      title = "Two flat whites",
      summary = "Lorna told you what was happening at home, over coffee on the roundabout, and asked you for one small thing.",
      narrate(function(s)
        if s.tension >= 30 then
          return "On Friday you run the quiz. The frog horn makes a noise like a dying goose. Lorna comes for the last round and stands at the back, and leaves before the answers."
        end
        return "On Friday you run the quiz. The frog horn makes a noise like a dying goose. Lorna comes for the picture round (flags) and heckles you about Liechtenstein."
      end),
      narrate(function(s)
        if s.open >= 50 then
          return "On Monday she texts at 8:52: \"He's in the car. Not in school. In the car. Progress?\" You send back a frog."
        end
        return "Nothing's fixed. But on Monday she's back on the sofa, and she saves you the end with the good cushion."
      end),
    },

    ending "standing_offer" {
      title = "A standing offer",
      summary = "Lorna didn't say what was wrong that week, but she knew you had noticed and that the offer stood.",
      reflect = "Have you ever been glad someone noticed, and glad they didn't ask? What did they do instead?",
      narrate "On Monday she's on the sofa again. She doesn't do the crossword out loud, but she does it, in pen, and passes you the biscuit tin without looking up.",
      narrate(function(s)
        if s.noticed >= 20 then
          return "On Tuesday there's a note on your desk in green pen: \"Costa, Thurs? My round. I owe you a proper conversation. L\""
        end
        return "It's March before she tells you, at one in the morning on the Year 7 residential, in a corridor that smells of Lynx. You're glad you were someone she could tell."
      end),
    },

    ending "fine_thanks" {
      title = "Fine, thanks",
      summary = "You could see that Lorna was struggling, you pushed to find out why, and she kept it to herself.",
      reflect = "When you can see someone is struggling, how do you show you care without making them explain?",
      narrate "\"I'm fine. Thanks, though.\" It comes kindly, which is worse.",
      narrate(function(s)
        if s.tension >= 50 then
          return "For the next few weeks she's polite with you in a way she never used to be. She's back on the sofa by half term. You never find out why she left it."
        end
        return "She's all right with you the next week, mostly. Sometimes you catch her looking at you as if she's deciding something, and then not."
      end),
    },

    ending "quiz_goes_on" {
      title = "The quiz goes on",
      summary = "Lorna had a hard few weeks, and you found out about them later, from someone else.",
      narrate "Lorna is off sick on Monday and Tuesday. Mr Hussain runs the quiz the Friday after, with a whistle. It isn't the same.",
      narrate("At the end of February, at the photocopier, Mrs Kaur says, \"Awful about Lorna's lad, isn't it? "
        .. "Off school since Christmas. I thought you two were close.\" You say you are."),
    },

    ending "left_early" {
      title = "Half a coffee",
      summary = "Lorna told you about her son, then left before she had finished her coffee.",
      reflect = "When someone finally tells you what's wrong, what do you find yourself reaching for, and what might they have needed instead?",
      narrate "She goes. Her flat white sits on the table, half finished, next to a caramel shortbread with one corner gone.",
      narrate(function(s)
        if s.tension >= 40 then
          return "On Monday she's back on the sofa, doing the crossword out loud. When you ask about Kai, lightly, she says, \"All sorted,\" in a voice that closes the subject."
        end
        return "That evening she texts: \"Sorry I ran off. Thank you for listening. I'm fine, honestly.\" The next day she sits next to you at lunch, and that's a kind of answer."
      end),
    },

    ending "in_the_car" {
      title = "Engine off",
      summary = "Lorna told you about her son on Friday, in her car in the school car park, once she knew you'd noticed and wouldn't push.",
      reflect = "Some people talk face to face; some talk side by side, in a car, on a walk. Where do the people you care about find it easiest to tell you things?",
      narrate(function(s)
        if s.open >= 40 then
          return "She talks until the caretaker starts locking the gates: Kai, the landing, the toast, Bernie at ten past nine, Gav's \"two minutes\". When she finally starts the engine she says, \"Same time next Friday? I'll bring the shortbread.\""
        end
        return "She tells you the short version, and then the caretaker starts locking the gates. \"Don't tell anyone,\" she says. \"Not yet.\" You don't."
      end),
      narrate(function(s)
        if s.open >= 30 then
          return "On Monday there's a frog horn on your desk, with a sticky note in green pen: \"You do the quiz this week. I'll come and heckle. L\""
        end
        return "On Monday she says good morning in the corridor, a bit brighter than she needs to. It's a start, of a kind."
      end),
    },

    ending "over_her_head" {
      title = "A word with Gav",
      summary = "Lorna told you about her son in confidence, and when you told the deputy head, she felt that it had been taken out of her hands.",
      reflect = "When you're worried about someone, how do you tell the difference between helping them and deciding for them?",
      narrate("It happens the next Thursday. She's late again, and Gav does the ceiling thing, and you find him in the "
        .. "corridor after briefing and tell him. For her sake."),
      narrate("Gav is lovely about it. He calls her in, says family comes first, offers a later start. Lorna tells you "
        .. "all this at the photocopier, in a very level voice. \"He was lovely,\" she says. \"That's not the point, is it.\""),
    },
  },
}
