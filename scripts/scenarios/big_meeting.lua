-- Following Up on the Big Meeting
-- Anouk, your partner, has been a keeper at Ashcombe Wildlife Park for six years. Today she had
-- the panel interview for Senior Keeper (Reptiles). Last week she told you everything about it.
--
-- What happened (the player finds out only by asking): she didn't get the job; Lewis, from a
-- bigger zoo, did. But at the end, the curator asked her to lead the iguana breeding programme
-- she had presented, with a budget and five weeks in Fiji in April with the partner project.
-- Anouk can't tell whether that is a consolation prize or the thing she actually wanted, and
-- she is too bruised to bring it up unless she feels heard first.
-- Anouk's side: she wants to tell the day in her own order, to be disappointed without being
-- fixed or defended, and then, if she gets that far, to be allowed to be pleased.
-- Your side: your bike was stolen from outside Temple Meads today and you walked home in the
-- rain. That's real too, and you want to tell someone. The skill is not hiding it; it is when.
--
-- Shape: the hallway (act one), the interview in her order (act two), the offer, dinner, and
-- the bike (act three).
-- State: shared is how much of the day she has told you (it decides whether she mentions the
-- offer at all); known is whether she has. tension and warmth are hers. rattled is your own
-- state after the bike: while it is high, the steadier lines are out of reach.

return scenario {
  id = "big-meeting",
  title = "Following Up on the Big Meeting",
  blurb = "Anouk had the interview for Senior Keeper today. She comes in, puts her bag down, and says: \"Well.\"",
  minutes = 10,
  setting = "Your kitchen in Totterdown, Bristol. Quarter to seven on a Wednesday in October. You got home "
    .. "forty minutes ago, on foot, in the rain, because your bike is no longer your bike.",
  notes = {
    "a partner coming home from a job interview that didn't go to plan",
    "disappointment, and mixed feelings about good news",
    "a stolen bike and a frustrating day of your own",
  },
  reflect = "When someone you love comes home from a big day, what helps them tell you the whole of it, "
    .. "including the parts they aren't sure how to feel about?",
  cast = { anouk = "Anouk" },
  state = {
    shared = { 0, max = 30 },
    known = { 0, max = 10 },
    tension = { 20, better = "lower", max = 80 },
    warmth = { 50, min = 20, max = 80 },
    rattled = { 30, better = "lower", max = 70 },
    bike = { 0, max = 10 },
  },
  flooding = { var = "tension", at = 70, to = "anouk_needs_a_minute" },
  self_flooding = {
    var = "rattled", at = 50,
    hint = "Part of you is still standing at an empty bike rack at Temple Meads. Come back to the kitchen first.",
  },
  start = "the_door",
  nodes = {

    ---------------------------------------------------------------- act one: the hallway

    node "the_door" {
      need = "heard",
      narrate("Last Thursday, in bed, Anouk told you all of it. The panel: Margaret Oduya, the curator, who once held a "
        .. "crocodile's jaws shut with a bin bag and gaffer tape, and Trevor from HR, who says \"super\". Twelve slides on "
        .. "the breeding plan for the Fijian iguanas, with a typo on slide seven she found at midnight: \"iguanaas\". "
        .. "And the question she was dreading: tell us about a time something went wrong. The honest answer to that involves "
        .. "Bernard, a two-metre water monitor, and the staff kitchen."),
      narrate("Now it's quarter to seven. Your jeans are steaming gently on the radiator. The front door goes, and Anouk "
        .. "comes in wearing her mum's green blazer and a visitor lanyard, which is a strange thing to be given at your own work."),
      say.anouk "Well.",
      narrate "That's it. Just: well.",
      choice { "So? Did you get it?", to = "the_no",
               tension = 10,
               coach = "The question everyone asks, and fair enough. It goes straight to the verdict, so the verdict is what she leads with." },
      choice { "Mum's blazer. Come here, let me look at you. How was it? Tell me all of it.", to = "her_way",
               skills = { "remember_details", "open_question" }, shared = 10, warmth = 10,
               coach = "You noticed the blazer and what it meant to her, then left the door wide open. She gets to start where she wants." },
      choice { "Come here. God, what a day we've both had. Someone nicked my bike.", to = "your_bike_first",
               pitfalls = { "hijack" }, rattled = 10, bike = 10,
               coach = "It's been a horrible day and it's been sitting in you for an hour. She's still in the doorway with hers." },
      choice { "Well? Come here. *You go out into the hall, still holding the wooden spoon.*", to = "her_way",
               skills = { "be_present", "turn_toward" }, shared = 10,
               coach = "The pasta can wait. She sees you come out to meet her, and that's half of what \"well\" was asking for." },
    },

    node "the_no" {
      need = "heard",
      say.anouk(function(s)
        if s.bike > 0 then return "I didn't get it." end
        return "No."
      end),
      say.anouk "Lewis got it. The podcast man.",
      narrate "She hangs the lanyard on the coat hook, very carefully, the way you'd hang up a wet coat.",
      choice { "What? Come here. They're idiots. Both of them.", to = "defends_margaret",
               pitfalls = { "escalate" }, tension = 10,
               coach = "Fierce and loyal. It also means she has to spend the next minute defending people she likes." },
      choice { "Oh, love. I'm sorry. Come here.", to = "her_way",
               skills = { "affection", "validate" }, warmth = 10,
               coach = "No verdict on the panel, no silver lining: just sorry, and arms. She stays in them a while." },
      choice { "Ah, sorry, love. Probably for the best, though. You'd have been doing rotas, not animals.", to = "silver_lining",
               pitfalls = { "minimise" }, tension = 10,
               coach = "You went looking for the upside to make it hurt less. She hears that it didn't matter much." },
      choice { "Ugh. Right. Tell me now, or tea first? Either's fine.", to = "her_way",
               skills = { "offer_not_impose", "open_question" }, shared = 10,
               coach = "She gets to choose the order of her own evening. She chooses now, with tea." },
    },

    node "your_bike_first" {
      need = "heard",
      narrate "She blinks. It takes her a moment to arrive in your day.",
      say.anouk "Oh no. Not the green one? Are you okay?",
      narrate "She's still in the doorway with her bag on her shoulder and the blazer on.",
      choice { "I'm fine. It's a bike. Forget the bike. How did it go?", to = "her_way",
               skills = { "repair", "open_question" }, shared = 10,
               coach = "You caught it two lines in and handed the evening back. She puts her bag down." },
      choice { "Not really, no. It's been a horrible afternoon.", to = "bike_saga",
               pitfalls = { "hijack" }, rattled = 10, tension = 10,
               coach = "She asked, and you answered honestly, which is fair. It also opens the whole saga while she's still in her coat with hers." },
      choice { "Fine. Honestly, it'll keep. You first.", to = "her_way",
               skills = { "repair", "turn_toward" }, calm = true, shared = 10, warmth = 10,
               coach = "You put your day on the shelf without pretending it wasn't there. She notices both." },
    },

    node "bike_saga" {
      need = "heard",
      narrate("You tell her about the cut lock, the empty rack, and the man from the station who said \"happens all the "
        .. "time, mate\" as if that helped. She listens. She makes the right noises. She's still wearing the blazer."),
      say.anouk "That's rubbish. I'm sorry.",
      say.anouk "Mine didn't go brilliantly either, if I'm honest.",
      choice { "Oh no. Sorry. Go on. I've been going on about a bike.", to = "her_way",
               skills = { "repair", "open_question" }, shared = 10,
               coach = "You heard her little bid and turned round to meet it. The bike goes back on the shelf." },
      choice { "Yeah? At least you've still got a bike.", to = "the_no",
               pitfalls = { "hijack", "minimise" }, tension = 20,
               coach = "A joke, mostly. It puts her day underneath yours on the pile." },
      choice { "Not brilliantly? Oh no. How? Did Trevor say \"super\"?", to = "her_way",
               skills = { "remember_details", "curious" }, shared = 10, warmth = 10,
               coach = "You remembered Trevor. She laughs, despite herself, and sits down on the stairs to tell you." },
    },

    node "defends_margaret" {
      need = "heard",
      say.anouk "Margaret's not an idiot. Margaret's the best keeper in the south-west.",
      say.anouk "And Lewis has done ten years at Paignton. He's good. That's the worst part. It wasn't a stupid decision.",
      choice { "Right. Not a stupid decision, then. Just not yours.", to = "her_way",
               skills = { "reflect", "accept_influence" }, shared = 10, tension = -10,
               coach = "You let go of your version and said back hers. She nods, and starts from the beginning." },
      choice { "He has a podcast, Anouk. About snakes. It's called \"Hiss Story\".", to = "her_way",
               pitfalls = { "contempt" },
               coach = "Genuinely funny, and she does laugh. Mocking Lewis doesn't make her any less sad, and she has to go on from there." },
      choice { "I hear you. Ask her for feedback, then. In writing, first thing tomorrow.", to = "her_way",
               pitfalls = { "fix_too_soon" }, tension = 10,
               coach = "Good advice for Friday. It's ten to seven on Wednesday, and she's still got her coat on." },
    },

    node "silver_lining" {
      need = "heard",
      say.anouk "Rotas. Yeah. Thanks.",
      say.anouk "I wanted the rotas. I wanted to be the one who decides what happens to the animals. That was the point.",
      choice { "Sorry. That was me trying to make it smaller. You wanted it.", to = "her_way",
               skills = { "take_responsibility", "validate" }, calm = true, tension = -10, warmth = 10,
               coach = "You named what you'd done and gave her back the size of it. She takes her coat off." },
      choice { "I'm sorry, love. I hear you. There's an upside too, when you're ready for it.", to = "her_way",
               pitfalls = { "minimise", "defensive" }, tension = 10,
               coach = "The sorry is real, and the upside is still in the sentence. She lets it go, which isn't the same as agreeing." },
      choice { "Yeah. Honestly, that's rubbish. *You leave your hand on her arm.*", to = "her_way",
               skills = { "affection", "be_present" }, warmth = 10,
               coach = "Nothing to fix, so you stopped fixing. She leans into the hand." },
    },

    ---------------------------------------------------------------- act two: the interview, in her order

    node "her_way" {
      need = "heard",
      say.anouk(function(s)
        if s.tension >= 40 then return "Okay. Okay." end
        return ""
      end),
      narrate "She sits on the bottom stair to take her boots off, and then stays there with one boot off.",
      say.anouk("The presentation went fine. Good, actually. Margaret asked three questions about incubator "
        .. "temperatures, which is Margaret for love."),
      say.anouk "And then Trevor asked the question.",
      choice { "Not the \"time something went wrong\" one?", to = "bernard",
               skills = { "remember_details" }, shared = 10,
               coach = "You remembered the exact thing she'd been dreading. She doesn't have to explain the dread." },
      choice { "Did slide seven still say \"iguanaas\"?", to = "slide_seven",
               skills = { "remember_details", "curious" }, shared = 10, warmth = 10,
               coach = "A tiny detail from a week ago, asked with real interest. She laughs before she can stop herself." },
      choice { "Trevor. What does Trevor know? Trevor thinks a gecko is a car insurance company.", to = "bernard",
               pitfalls = { "contempt" }, warmth = -10,
               coach = "Loyal, and the joke is a good one. It makes Trevor the story, and she wasn't finished with hers." },
      choice { "*You glance at your phone. The police have emailed.* \"Sorry. Say that again?\"", to = "bernard",
               pitfalls = { "distracted" }, warmth = -10,
               coach = "The crime number could have waited ten minutes. She watches you read it." },
    },

    node "slide_seven" {
      say.anouk "It did. I said it out loud. \"Iguanaas.\" Like a sheep.",
      -- How the panel took it is not the player's to decide: either way, the story goes on to Bernard.
      next = chance { margaret_laughed = 1, nobody_looked_up = 1 },
    },

    node "margaret_laughed" {
      say.anouk "Margaret laughed. Not unkindly. Honestly, I think it was the best bit.",
      next = "bernard",
    },

    node "nobody_looked_up" {
      say.anouk "Nobody even looked up. Trevor wrote something down. I will never know what Trevor wrote down.",
      next = "bernard",
    },

    node "bernard" {
      need = "heard",
      say.anouk "\"Tell us about a time something went wrong.\" And I went blank. Completely. And all I had was Bernard.",
      say.anouk("So I told them about Bernard and the quiche. All of it. The fire door, the mop, Kofi on the table. "
        .. "Trevor didn't laugh once. Not once."),
      narrate "She's taken the other boot off now, and she's holding it.",
      choice { "So Bernard just came out. Oh no. In front of Trevor.", to = "the_verdict",
               skills = { "reflect", "validate" }, shared = 10, tension = -10,
               coach = "You stayed with the bad moment instead of rushing to fix it. She puts the boot down." },
      choice { "Oh, love. Why didn't you use the flood one? We practised it.", to = "hindsight",
               pitfalls = { "criticism" }, tension = 20,
               coach = "It's what you'd both planned, and it's true. At seven o'clock, it lands as a mark on her performance." },
      choice { "Did you do the bit with the mop?", to = "the_verdict",
               skills = { "curious", "turn_toward" }, shared = 10, warmth = 10,
               coach = "You asked for the best part of the worst moment. She does the mop bit, laughs, and remembers she's sad." },
      choice { "Honestly, these interviews are box-ticking. They'd probably decided before you walked in.", to = "the_verdict",
               pitfalls = { "mind_read", "minimise" },
               coach = "Meant to take the weight off her. It also says nothing she did today counted, including the good parts." },
      choice { "I just feel like you didn't trust the flood one.", to = "hindsight",
               pitfalls = { "fake_i_statement", "mind_read" }, tension = 20,
               coach = "It starts with a feeling and ends with a verdict on what she was thinking. She hears the verdict." },
    },

    node "hindsight" {
      need = "heard",
      say.anouk "I know we practised the flood one. I know.",
      say.anouk "You think I didn't think of the flood one at about half past two, in the car park, in my mum's blazer?",
      choice { "Sorry. Hindsight's cheap. Go on from Bernard.", to = "the_verdict",
               skills = { "take_responsibility", "open_question" }, calm = true, tension = -20, shared = 10,
               coach = "Short, owned, and back to her story. She picks it up again." },
      choice { "Sorry. I know. We did practise it together, that's all I mean.", to = "the_verdict",
               pitfalls = { "defensive" }, tension = 20,
               coach = "You defended the point instead of hearing what it cost her. She stops telling it the way she was going to." },
      choice { "*You sit down on the stair next to her.*", to = "the_verdict",
               skills = { "be_present", "repair" }, tension = -10,
               coach = "You moved closer instead of arguing. She shifts up to make room." },
    },

    node "the_verdict" {
      need = "heard",
      say.anouk "At the end, Margaret walked me out herself. Which she never does.",
      say.anouk "And by the vivarium she told me. Lewis. She said it really kindly, which was worse.",
      say.anouk(function(s)
        if s.shared >= 20 then return "And then she said something else, and I don't know what to do with it." end
        return "Anyway. That's it. That's the day."
      end),
      choice { "What did she say? Her actual words.", to = "the_offer",
               when = function(s) return s.shared >= 20 end,
               skills = { "open_question" }, known = 10,
               coach = "A plain question, and you left the answer entirely to her. She takes a breath." },
      choice { "Let me guess. \"There'll be other opportunities.\" They always say that.", to = "the_offer",
               when = function(s) return s.shared >= 20 end,
               pitfalls = { "mind_read" }, known = 10, tension = 10, warmth = -10,
               coach = "You meant to save her saying it. Now she has to correct you before she can tell you." },
      choice { "*You sit on the stair below her, and wait, in case there's more. There usually is.*", to = "one_more_thing",
               when = function(s) return s.shared < 20 end,
               skills = { "patience", "be_present" }, calm = true, shared = 10, known = 10,
               coach = "She said that was it. You stayed anyway, without asking, in case it wasn't." },
      choice { "\"That's the day\"? Honestly? Nothing else happened?", to = "one_more_thing",
               when = function(s) return s.shared < 20 end,
               skills = { "reflect", "open_question" }, shared = 10, known = 10,
               coach = "You heard how final she made it sound, and gently didn't quite believe it." },
      choice { "Right. Well. Their loss. Pasta?", to = "dinner",
               when = function(s) return s.shared < 20 end,
               pitfalls = { "turn_away", "minimise" },
               coach = "Loyal, and tidy, and it closes the subject. Whatever else happened today stays on the stairs." },
      choice { "Kindly? She let you get all dressed up and then gave it to the podcast man.", to = "the_offer",
               when = function(s) return s.shared >= 20 end,
               pitfalls = { "escalate", "contempt" }, known = 10, tension = 20,
               coach = "Your anger is on her side. It lands on someone she admires, and she has to stick up for Margaret before she can go on." },
      choice { "Well. You've still got your job, haven't you?", to = "dinner",
               pitfalls = { "minimise" },
               coach = "Meant as comfort. She hears that it's time to stop talking about it." },
    },

    node "one_more_thing" {
      narrate("The boiler ticks. Next door's dog does its evening bark at nothing in particular. She turns the boot over "
        .. "in her hands. After a while, she says:"),
      say.anouk "There was another thing, actually.",
      next = "the_offer",
    },

    node "the_offer" {
      need = "celebration",
      say.anouk(function(s)
        if s.tension >= 40 then return "Just let me say it, okay? All of it. Then you can talk." end
        return ""
      end),
      say.anouk "She wants me to run the iguana programme. My plan. The one from the presentation. Properly: a budget, two volunteers.",
      say.anouk("And the partner project in Fiji wants someone out there in April, for five weeks. She said it should be "
        .. "me. She said, \"It's your plan, Anouk. Nobody else should hold the eggs.\""),
      narrate "She says it flatly, as if she's reading it off a form.",
      say.anouk "So. Consolation prize, basically.",
      choice { "Anouk. Fiji. She wants you holding the eggs. I need every word she said.", to = "the_eggs",
               skills = { "active_constructive", "curious" }, warmth = 10,
               coach = "You met the good news as good news, and asked for more of it. Her face forgets to stay flat." },
      choice { "So they gave Lewis the job and gave you homework.", to = "consolation",
               pitfalls = { "shoot_down" }, tension = 10,
               coach = "You were backing her up, in a way. It also agrees with the worst reading of the best news." },
      choice { "Oh, nice. That's something, at least.", to = "consolation",
               pitfalls = { "muted_response" },
               coach = "Polite, and flat, which is exactly how she said it. So neither of you lifts it up." },
      choice { "Five weeks? In April? What about Bea's wedding?", to = "the_wedding",
               pitfalls = { "shoot_down", "hijack" }, tension = 20,
               coach = "It's a real question and it matters to you. Asked first, it turns her news into your scheduling problem." },
    },

    ---------------------------------------------------------------- act three: the offer, dinner, the bike

    node "the_wedding" {
      need = "celebration",
      say.anouk "The wedding's the nineteenth. I'd be back on the fourteenth.",
      say.anouk "I checked. In the corridor. On my phone. While Margaret was still talking.",
      narrate("So she had thought about it. She'd thought about you, in a corridor, in the middle of the best and "
        .. "worst news of her year."),
      choice { "You checked Bea's wedding. In the corridor.", to = "the_eggs",
               skills = { "reflect", "appreciate" }, warmth = 10, tension = -10,
               coach = "You noticed what that small thing meant and said it back. She goes a bit pink." },
      choice { "I'm glad for you, I am. Still. Five weeks is a long time to ask.", to = "consolation",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "You'll miss her, and that's real. Said now, it becomes a cost she has to weigh before she's allowed to be glad." },
      choice { "Sorry. That was me panicking about me. Fiji!", to = "the_eggs",
               skills = { "repair", "active_constructive" }, calm = true, tension = -10, warmth = 10,
               coach = "You caught your own worry taking the front seat and moved it. Two words of delight did the rest." },
    },

    node "consolation" {
      need = "celebration",
      say.anouk "Yeah. That's what I thought.",
      narrate "She gets up off the stair and goes to put the kettle on, which is what Anouk does with a door she's closing.",
      choice { "Oh, ignore me. Fiji, Anouk. Margaret picked you to hold the eggs.", to = "the_eggs",
               skills = { "repair", "active_constructive" }, calm = true, tension = -10, warmth = 10,
               coach = "You went back for the good news and handed it to her properly. She stops with the kettle in her hand." },
      choice { "I'm just being realistic. It's more work, no more money.", to = "dinner",
               pitfalls = { "shoot_down", "defensive" }, tension = 10,
               coach = "Probably true, on paper. She'd wanted someone to argue her out of \"consolation\", and got a second vote for it." },
      choice { "*You nod, take a breath, and check on the pasta.*", to = "dinner",
               pitfalls = { "turn_away" },
               coach = "Easy, and it lets you both off. The subject closes with the kettle." },
      choice { "*You put your warm socks back on.* \"Okay. Tell me about the eggs.\"", to = "the_eggs",
               skills = { "self_soothe", "curious" }, rattled = -20, warmth = 10,
               coach = "You dealt with your own cold feet first, literally, then asked the question. Small things help." },
    },

    node "the_eggs" {
      need = "celebration",
      say.anouk(function(s)
        if s.warmth >= 70 then return "She said it in front of Trevor, and Trevor said \"super\", and for once he was exactly right." end
        return "She said it in front of Trevor. Trevor said \"super\"."
      end),
      say.anouk "There are eleven eggs. Eleven. The last clutch was three. I've been turning them every day since August.",
      narrate "She's smiling now. She looks slightly alarmed about it.",
      say.anouk "Am I allowed to be pleased? On the same day? It feels like cheating.",
      choice { "You're allowed both. Gutted and pleased. Same day, same blazer.", to = "where_bike",
               skills = { "validate" }, warmth = 10,
               coach = "You didn't make her choose. She laughs, and it comes out a bit wet." },
      choice { "Gutted and pleased, both. Good day, that. The pleased bit wins.", to = "where_bike",
               pitfalls = { "minimise" }, warmth = -10,
               coach = "Meant as a cheer. It tidies away the disappointment she'd only just been allowed to have." },
      choice { "Eleven eggs. Tell me about the eggs.", to = "where_bike",
               skills = { "curious", "active_constructive" }, warmth = 10,
               coach = "Real interest in the thing she loves. She talks about incubator humidity for eight minutes, and you let her." },
      choice { "Pleased? Love, you didn't get the job.", to = "where_bike",
               pitfalls = { "shoot_down" }, warmth = -20,
               coach = "You're guarding her from being short-changed. She hears that the good part doesn't count." },
    },

    node "where_bike" {
      need = "honesty",
      narrate(function(s)
        if s.bike > 0 then return "She stops. She looks at you properly for the first time since the hallway." end
        return "She stops. She looks at you properly for the first time since she came in."
      end),
      say.anouk(function(s)
        if s.bike > 0 then return "Hang on. The bike. I never asked you properly. Are you actually okay?" end
        return "Hang on. Why are your jeans on the radiator? Where's the bike? It's not in the hall."
      end),
      choice { function(s)
                 if s.bike > 0 then return "Honestly? More gutted than I let on. Eleven years. Tell you properly after the eggs?" end
                 return "Stolen. Temple Meads. I'm gutted, actually. Tell you properly after the eggs?"
               end, to = "eleven_eggs",
               skills = { "honest" }, rattled = -20, warmth = 10,
               coach = "True, short, and on her timetable. She puts her hand on your wet knee, which is all it needed." },
      choice { function(s)
                 if s.bike > 0 then return "Oh, I'm fine. It's just a bike. Tonight's about you." end
                 return "Oh, nothing. Doesn't matter. Tonight's about you."
               end, to = "eleven_eggs",
               pitfalls = { "avoid" }, rattled = 10,
               coach = "Generous, and it keeps the evening hers. It also means she's the only one who said how her day was." },
      choice { function(s)
                 if s.bike > 0 then return "Not really. I've been sat here all evening not going on about it, so." end
                 return "Stolen, and I walked home in the rain, and I've been sat here an hour not saying anything, so."
               end, to = "eleven_eggs",
               pitfalls = { "guilt_trip" }, warmth = -10,
               coach = "It's all true, and you did sit on it for her. Said like that, she gets the bill for your patience." },
    },

    node "dinner" {
      need = "heard",
      narrate("Half eight. Pasta, with sauce from the jar with the Italian grandmother on it. Anouk eats with her phone "
        .. "by her plate. It buzzes. She reads it, smiles for a second, and turns it face down."),
      choice { "What was that? You smiled.", to = "late_reveal",
               skills = { "curious", "turn_toward" },
               coach = "A tiny bid, half hidden, and you caught it. She turns the phone back over." },
      choice { "*You put the telly on. The one about people buying houses in Spain.*", to = "washing_up",
               when = function(s) return s.known == 0 end,
               pitfalls = { "turn_away" },
               coach = "It's been a long day for you both, and the telly is easy. Whatever made her smile stays face down." },
      choice { "I feel like I've been talking to your phone all night.", to = "washing_up",
               when = function(s) return s.known == 0 end,
               pitfalls = { "criticism", "fake_i_statement" }, tension = 20,
               coach = "You've had a rotten day and wanted her company. It comes out as a charge, and she puts the phone in her pocket." },
      choice { "I've been rubbish about Fiji. Go on, then: the eggs.", to = "the_eggs",
               when = function(s) return s.known > 0 end,
               skills = { "repair", "active_constructive" }, calm = true, tension = -10, warmth = 10,
               coach = "You went back for it over the pasta, which is harder than getting it right first time. She puts her fork down." },
      choice { "*You put the telly on. The one about people buying houses in Spain.*", to = "consolation_prize",
               when = function(s) return s.known > 0 end,
               pitfalls = { "turn_away" },
               coach = "It's been a long day for you both, and the telly is easy. Fiji doesn't come up again tonight." },
    },

    node "washing_up" {
      need = "heard",
      narrate("Nine o'clock. You wash, she dries. She's slower than usual, and she's been drying the same plate "
        .. "for a while."),
      say.anouk "Margaret emailed. After. It's... it doesn't matter. It's late.",
      choice { "It matters. What did she say?", to = "late_reveal",
               skills = { "turn_toward", "open_question" }, tension = -10,
               coach = "She said it didn't matter, and held on to the plate. You answered the plate." },
      choice { "I was miles away at dinner. Sorry. Put that down and tell me.", to = "late_reveal",
               skills = { "repair", "turn_toward" }, calm = true, tension = -10, warmth = 10,
               coach = "You named the evening you'd had and came back from it. She puts the plate down." },
      choice { "*You hand her the next plate.* \"If it's late, it'll keep till the weekend, won't it?\"", to = "fleur_knew",
               pitfalls = { "turn_away" },
               coach = "Kind enough, and it takes her at her word when her hands were saying something else." },
      choice { "Is it about the job? I'd rather not go round the job again tonight.", to = "fleur_knew",
               pitfalls = { "turn_against" }, tension = 10,
               coach = "You're worn out by the day, and it's fair to be. She hears that whatever it is, it's not welcome now." },
    },

    node "late_reveal" {
      need = "celebration",
      say.anouk "It's Margaret.",
      say.anouk(function(s)
        if s.known > 0 then return "\"Don't forget to send me your April dates x.\" She puts kisses on everything, Margaret." end
        return ("She wants me to run the iguana programme. My plan. And go to Fiji in April, for five weeks, with the "
          .. "partner project. She's just sent the dates.")
      end),
      say.anouk(function(s)
        if s.known > 0 then return "I don't know. I keep looking at it." end
        return "I didn't say earlier because... I don't know. It felt like a consolation prize. It still sort of does."
      end),
      choice { "Fiji, Anouk. Tell me everything she said. Start with the eggs.", to = "the_eggs",
               skills = { "active_constructive", "open_question" }, known = 10, warmth = 10,
               coach = "Late, and wholehearted. She tells you about the eggs with her fork in the air." },
      choice { "Oh, lovely. Good for you.", to = "consolation_prize",
               pitfalls = { "muted_response" }, known = 10,
               coach = "Nothing wrong with it, and nothing in it. She turns the phone back over." },
      choice { "Five weeks, though? Is it even more money?", to = "consolation_prize",
               pitfalls = { "shoot_down" }, known = 10,
               coach = "Both fair questions for another day. Tonight they were the first thing she heard." },
    },

    node "anouk_needs_a_minute" {
      need = "space",
      narrate "Anouk goes very still for a second. Then she starts up the stairs, and stops halfway.",
      say.anouk("I'm going to have a bath. I'm not cross with you. I've been interviewed all day and I can't be "
        .. "interviewed again. Give me half an hour?"),
      choice { "Take as long as you want. I'll keep the pasta warm.", to = "the_bath",
               skills = { "give_space", "respect_boundary" }, tension = -30,
               coach = "She asked for half an hour and got it, with dinner waiting at the end. She knows there's a kitchen to come back down to." },
      choice { "Sorry. I'm trying to help. Five more minutes? Then you can go.", to = "two_rooms",
               pitfalls = { "pressure", "defensive" }, tension = 10,
               coach = "You were helping, as you saw it. She wanted half an hour and was offered five minutes, on terms." },
      choice { "I got carried away. Sorry. Go. I'll be here.", to = "the_bath",
               skills = { "take_responsibility", "give_space" }, calm = true, tension = -30, warmth = 10,
               coach = "No defence, and no deal: you owned it and opened the door. She squeezes your shoulder on the way past." },
      choice { "Okay. Sorry. I'll do dinner, then.", to = "two_rooms",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "You've had a rotten day too, and it came out sideways. She goes up the stairs a bit faster." },
    },

    node "the_bath" {
      narrate("You hear the taps go on upstairs, then the radio. You stir the sauce. You look at your crime reference "
        .. "number. You let the bike be annoying on its own for a bit, without making anyone else hold it."),
      next = "after_bath",
    },

    node "after_bath" {
      need = "heard",
      narrate "Quarter past nine. She comes down in pyjamas and your big jumper, with her hair in a towel.",
      say.anouk "Sorry. I'm a person again.",
      say.anouk(function(s)
        if s.known > 0 then return "Can we talk about Fiji again? Properly. I was being weird about it." end
        return "Can I tell you the other thing? There was another thing."
      end),
      choice { "Yes. Go on, then. Start with the eggs.", to = "the_eggs",
               when = function(s) return s.known > 0 end,
               skills = { "active_constructive", "turn_toward" }, warmth = 10,
               coach = "She came back and asked, and you met her halfway down the stairs. The bath did its job." },
      choice { "Tell me.", to = "the_offer",
               when = function(s) return s.known == 0 end,
               skills = { "turn_toward", "open_question" }, known = 10,
               coach = "Two words, and the floor is hers. She sits on the arm of the sofa and tells you." },
      choice { "Love, I'm knackered. Tell me tomorrow?", to = "consolation_prize",
               when = function(s) return s.known > 0 end,
               pitfalls = { "turn_away" },
               coach = "You are knackered, and it's fair. She'd come back down to have this conversation, and goes back up without it." },
      choice { "Is it more bad news? Because honestly, I've had enough for one day.", to = "fleur_knew",
               when = function(s) return s.known == 0 end,
               pitfalls = { "turn_away", "hijack" },
               coach = "Your day was bad too. She hears that there's no room tonight for whatever she was about to say." },
    },

    ---------------------------------------------------------------- endings

    ending "eleven_eggs" {
      title = "Eleven eggs",
      summary = "Anouk didn't get the job; over the evening she told you about the iguana programme and Fiji, and the two of you celebrated it.",
      narrate(function(s)
        if s.warmth >= 70 then
          return "At ten she finds the cava from New Year at the back of the fridge. \"To the eggs,\" she says. \"And to your bike. May it hate its new owner.\""
        end
        return "At ten you finish the pasta on the sofa. She's on the Fiji partner project's website, showing you pictures of iguanas. You've seen eleven so far. You look at every one."
      end),
      narrate(function(s)
        if s.rattled >= 40 and s.bike > 0 then
          return "Brushing your teeth, you realise you're still furious about the bike, and you told her it was fine. It comes out on Saturday, over something small, much bigger than it needed to be."
        end
        if s.rattled >= 40 then
          return "Brushing your teeth, you realise you're still furious about the bike and haven't said a word. She finds out on Saturday, when you get the bus to her sister's, and says, \"Why didn't you tell me?\" You haven't got a good answer."
        end
        return "In bed, she asks about the bike properly. You tell her about the man at the station. She says a word about him that her mum wouldn't like."
      end),
    },

    ending "fleur_knew" {
      title = "Fleur knew first",
      summary = "Anouk didn't get the job, and she also had good news that she didn't tell you that night; you heard it from her sister three days later.",
      reflect = "When good news arrives wrapped up in bad, what helps someone bring both halves to you?",
      narrate "The evening goes quietly. She goes up at ten. You watch someone in Spain reject a villa for having too many stairs.",
      narrate("On Saturday, at Fleur's birthday, Fleur hugs Anouk and says, \"FIJI! Margaret sounds amazing! Aren't you "
        .. "thrilled?\" and looks at you, expecting you to be. Anouk looks at her plate."),
    },

    ending "consolation_prize" {
      title = "A consolation prize",
      summary = "Anouk didn't get the job and was offered the iguana programme instead, and the offer never got celebrated at home.",
      reflect = "When someone isn't sure whether their good news is good, what do you think helps them decide?",
      narrate "She goes up early. The phone with Margaret's email on it goes with her.",
      narrate(function(s)
        if s.warmth >= 50 then
          return "She says yes in the end, a week later, after a long phone call with her mum. She doesn't talk about it much with you. You notice that."
        end
        return "She tells Margaret she'll think about it. She's still thinking about it in November, when Lewis flies out to Fiji and records a podcast episode about the eggs."
      end),
    },

    ending "two_rooms" {
      title = "Two rooms",
      summary = "Anouk came home from her interview needing a pause, the evening turned tense, and you spent it in different rooms.",
      reflect = "When you've both had a hard day, how do you decide whose day goes first, and how do you tell each other?",
      narrate "The bath runs for a long time. You eat pasta standing up in the kitchen, with the crime reference number in front of you like a menu.",
      narrate(function(s)
        if s.tension >= 60 then
          return "When you go up, she's asleep, or doing a good impression of it. The green blazer is on the back of the chair. Whatever else happened today, you don't know it."
        end
        return "At half ten she comes down in your big jumper and says, \"Truce?\" and you say, \"Truce.\" It isn't the conversation. It's a start on one."
      end),
    },
  },
}
