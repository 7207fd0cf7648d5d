-- Too Busy for Each Other
-- Six weeks ago you started a new job: operations at Crumb & Co, fourteen bakeries, a rota that
-- is due at eight every Friday morning and a probation review in three weeks. Since January,
-- Femi has spent Tuesday, Thursday and Saturday evenings at his mum's in Walthamstow: Grace had a
-- stroke, and she is getting better, slowly, with a lot of help. You live in Leyton. Most of your
-- conversations happen in a shared notes app called HOUSE. It has been eleven days since you ate
-- a meal together sitting down. You counted.
--
-- Femi's side: he teaches chemistry, he had his lesson observation today, and it went well, and
-- he hasn't told anyone. He feels guilty towards his mum when he's home and towards you when he's
-- at hers. He misses you and says so in small, sideways ways: a story, a photo, "coming to bed?".
-- When he hears a complaint he hears "choose", and he can't choose, so he gets defensive.
-- Your side: you are proud of the job and scared of failing it, and lonely in a way that feels
-- unfair to say out loud, because his reason is his mum.
-- The scenario is about turning toward small bids, and turning "we never see each other" into a
-- request someone can actually say yes to.
--
-- State: closeness and tension are Femi's; bids counts the small bids you turned toward (it comes
-- back at the end); said is how clearly Femi knows you miss him; tired is yours, and while it is
-- high the harder, kinder lines are out of reach. Every change is a multiple of 10.

return scenario {
  id = "too-busy",
  title = "Too Busy for Each Other",
  blurb = "Femi gets in from his mum's at ten. You're still on the rota. It's been eleven days.",
  minutes = 9,
  setting = "Your flat in Leyton, five to ten on a Thursday night in February. You are at the kitchen "
    .. "table with a laptop, a cold tea and a spreadsheet called ROTA_v3_FINAL.",
  notes = {
    "a couple with too little time for each other",
    "a parent recovering from a stroke, and caring for them",
    "work stress and exhaustion",
    "an argument that can become heated",
  },
  reflect = "When you miss someone who is right there, what is one small, specific thing you could ask them for?",
  cast = { femi = "Femi" },
  state = {
    closeness = { 40, min = 20, max = 70 },
    tension = { 30, better = "lower", max = 90 },
    bids = { 0, max = 20 },
    said = { 0, max = 30 },
    plan = { 0, max = 10 },
    marked = { 0, max = 10 },
    tired = { 50, better = "lower", min = 30, max = 70 },
  },
  flooding = { var = "tension", at = 80, to = "femi_needs_a_break" },
  self_flooding = {
    var = "tired", at = 70,
    hint = "You're running on a cereal bar and fourteen bakeries. This one needs more than you've got right now.",
  },
  start = "key_in_the_door",
  nodes = {

    ---------------------------------------------------------------- act one: small bids

    node "key_in_the_door" {
      need = "heard",
      narrate("Keys. The door sticks, as usual, and Femi shoulders it, as usual. He comes in with his coat half off "
        .. "and a Tupperware of his mum's jollof that she insists on sending home every single time."),
      say.femi "She beat me at dominoes. Three games. Straight.",
      say.femi "And she did a little dance. Sitting down. But a dance.",
      narrate "On your screen, the Hackney Wick branch has no one on Saturday from six till ten.",
      choice { "Three? Was she cheating?", to = "dominoes",
               skills = { "turn_toward", "curious" }, bids = 10, closeness = 10,
               coach = "Five words, and your eyes came off the screen. The dominoes got the audience they deserved." },
      choice { "Mm. Nice. *You keep typing.*", to = "kettle_on",
               pitfalls = { "turn_away", "distracted" }, closeness = -10,
               coach = "You were halfway through a formula and it felt like you'd lose it. Femi tells the kettle instead." },
      choice { "Ten minutes to send this, and then you'll do me the full dominoes report. Every single game.", to = "ten_minutes",
               skills = { "make_time", "honest" }, bids = 10,
               coach = "Not now, but soon, and said like you meant it. A bid can wait ten minutes if it knows it's coming." },
      choice { "Lucky you. I've been on this since six.", to = "rota_talk",
               pitfalls = { "hijack", "turn_against" }, tension = 10, tired = 10,
               coach = "Your day was long too, and that's true. His story got swapped for yours before he'd finished it." },
    },

    node "ten_minutes" {
      narrate("It's fourteen minutes, in the end. You put Priyanka on Saturday at Hackney Wick, send it, and close "
        .. "the laptop before it can think of anything else."),
      narrate "Femi has made two rounds of toast and put the jollof in the microwave. He holds up a fork. \"Dominoes report.\"",
      next = "dominoes",
    },

    node "kettle_on" {
      need = "heard",
      narrate("Femi fills the kettle. He tells it, quietly, about the dominoes. The kettle takes it well. "
        .. "He gets two mugs out and then, after a second, puts one back."),
      say.femi "Look. She made me take a photo.",
      narrate("He holds his phone out over your shoulder: Grace, in her good cardigan, fanning five dominoes in her "
        .. "left hand like a winning poker hand, looking absolutely delighted with herself."),
      choice { "*You close the laptop.* \"Sorry. Show me properly.\"", to = "dominoes",
               skills = { "repair", "be_present" }, calm = true, bids = 10, closeness = 10,
               coach = "You noticed where you'd been and came back. He puts the phone down on the table so you can both see." },
      choice { "*You glance at it.* \"Sorry, I'm listening. I promise. Go on.\" *You keep typing.*", to = "dominoes",
               pitfalls = { "distracted" }, closeness = -10,
               coach = "A look and a promise, which is something. He can tell exactly how much of you is there." },
      choice { "Is that five? In her left hand?", to = "dominoes",
               skills = { "turn_toward", "curious" }, bids = 10, closeness = 10,
               coach = "Late, but you caught it, and you caught the right detail. He sits down next to you." },
      choice { "I've been on this since six and I'm literally mid-formula. Can it wait?", to = "rota_talk",
               pitfalls = { "turn_against" }, tension = 10,
               coach = "A real deadline, and the formula is real. Said with an edge, it tells him his mum is an interruption." },
    },

    node "rota_talk" {
      need = "heard",
      say.femi(function(s)
        if s.tension >= 50 then return "Right. Since six. I was in at seven, then Mum's, then the W15 sat at Bakers Arms for twenty minutes. But sure." end
        return "Since six? I was in at seven. Then Mum's. The W15 sat at Bakers Arms for twenty minutes, just for fun."
      end),
      narrate "He puts the jollof in the fridge, next to the other two jollofs.",
      choice { "That turned into a competition, didn't it. Sorry. Go on, tell me about the dance.", to = "dominoes",
               skills = { "repair", "take_responsibility" }, calm = true, tension = -10, bids = 10,
               coach = "You named what happened and handed the story back. He can tell you actually want it." },
      choice { "I hear you. You're tired too. But I've been on this since six.", to = "tired_olympics",
               pitfalls = { "defensive", "escalate" }, tension = 20,
               coach = "The first half hears him. The \"but\" takes it back, and now it's a contest about who's more tired." },
      choice { "You're exhausted too. Sit. I'll do tea.", to = "dominoes",
               skills = { "validate", "support" }, tension = -10, bids = 10, tired = 10,
               coach = "It cost you something, with the rota still open. He sits down like his legs had been waiting for permission." },
    },

    node "tired_olympics" {
      need = "reassurance",
      say.femi "Okay. Gold to you. You win tired. Congratulations.",
      say.femi "I'm going to have a shower, and then I'm going to mark twenty-eight Year 9 books about the reactivity series.",
      narrate "He doesn't go, though. He stands in the doorway with his bag still on.",
      choice { "Don't go. I'm being a nightmare. Start again?", to = "dominoes",
               skills = { "repair", "take_responsibility" }, calm = true, tension = -20, bids = 10,
               coach = "He was half out the door and waiting to be asked back. You asked." },
      choice { "Enjoy the reactivity series.", to = "after_the_shower",
               pitfalls = { "sarcasm", "turn_away" }, tension = 10, closeness = -10,
               coach = "A neat last word. He goes, and the last word goes with him." },
      choice { "*You shut the laptop.* \"Sorry. I'm fried.\"", to = "a_breather",
               skills = { "pause", "honest" }, tired = -20,
               coach = "You said what state you were in instead of making him work it out. That's half of calming down." },
      choice { "Sorry, but I feel like you'd rather be marking than talking to me.", to = "after_the_shower",
               pitfalls = { "fake_i_statement", "mind_read" }, tension = 20, closeness = -10,
               coach = "You decided what he'd rather. He can't argue with it without sounding like proof." },
    },

    node "after_the_shower" {
      need = "reassurance",
      narrate("The boiler makes the old noise for ten minutes. Femi comes back in his sports-day T-shirt with a "
        .. "stack of Year 9 books under his arm and a red pen in his teeth. He stops at the end of the table."),
      say.femi "I'm going to mark in here. The bedroom light's rubbish. If that's allowed.",
      choice { "*You move the cold tea and the charger off his end of the table.*", to = "marking",
               skills = { "turn_toward", "repair" }, closeness = 10, tension = -10,
               coach = "Not a word about earlier, and not nothing either: you made room. He sits down at the end you cleared." },
      choice { "It's allowed. Course it is. I was being a cow.", to = "marking",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -20, closeness = 10,
               coach = "Short, and it names the thing. He takes the pen out of his teeth to laugh, once." },
      choice { "It's your table too. Whatever you like.", to = "marking",
               pitfalls = { "turn_away" },
               coach = "Perfectly fair, in a voice with no room in it. He sits at the far end." },
      choice { "If you'd rather. I'm sure the reactivity series is better company.", to = "marking",
               pitfalls = { "sarcasm" }, tension = 10,
               coach = "He asked if he was welcome and got a point scored. He marks with his back very straight." },
    },

    node "a_breather" {
      narrate("You put your head on the table for a second. The table smells of toast and printer. When you sit up, "
        .. "Femi has put his bag down and is looking at you the way he looks at a sulking Bunsen burner."),
      say.femi "You're actually fried, aren't you.",
      say.femi "Come on. I'll tell you about the dominoes. It's a very calming story.",
      next = "dominoes",
    },

    node "dominoes" {
      need = "celebration",
      narrate(function(s)
        if s.bids == 0 then return "He tells you anyway, mostly to the side of your head." end
        return ""
      end),
      say.femi(function(s)
        if s.bids >= 20 then return "Right. The full report. It's physio, technically." end
        return "Okay. So it's physio, technically."
      end),
      say.femi("The physio says she needs to practise picking things up with her left hand. So we play dominoes, "
        .. "and she has to hold all her tiles in the left. Tonight she held five. Five! In January it was none."),
      say.femi "And she wins anyway. She's ruthless. She knocks on the table when I can't go. Knock knock. Like a little judge.",
      say.femi "Oh, and... Pearson came in today. For the observation. Period three.",
      narrate "He says it to the Tupperware lid. It's the size of a throwaway line, and it isn't one.",
      choice { "That was today? How did the electrolysis go?", to = "the_observation",
               skills = { "remember_details", "active_constructive" }, bids = 10, closeness = 10,
               coach = "You remembered what the lesson was, which means you'd been listening a fortnight ago. He sits up." },
      choice { "Five tiles, in her left hand? In January it was none. That's not nothing, that's massive.", to = "five_tiles",
               skills = { "validate", "turn_toward" }, closeness = 10,
               coach = "You stayed with the first story, which was the one he'd led with. The second one can come next; it does." },
      choice { "Good, good. Glad that's out of the way, then.", to = "observation_flat",
               pitfalls = { "muted_response" },
               coach = "Friendly and done. He'd been saving it all day, and it got filed." },
      choice { "Pearson? Isn't she the one who made Dev cry in the car park?", to = "observation_flat",
               pitfalls = { "shoot_down" }, tension = 10,
               coach = "Curious, in a way. It's the risky bit of his day, asked about before the good bit." },
    },

    node "five_tiles" {
      narrate "Femi stops with the Tupperware lid halfway off.",
      say.femi "It is, isn't it. It is massive. The physio said \"remarkable\". Mum made her say it again so I could hear.",
      say.femi "...And yeah. The observation. It was, um. Do you want to know?",
      narrate "You nod. He tries not to look pleased about being asked, and fails.",
      next = "the_observation",
    },

    node "observation_flat" {
      need = "celebration",
      say.femi "Yeah. It was fine. It went fine.",
      narrate "He peels the lid off the Tupperware and looks into it for a long time, as if the jollof might ask a follow-up question.",
      choice { "Fine-fine, or actually good? Tell me properly.", to = "the_observation",
               skills = { "repair", "curious" }, calm = true, bids = 10, closeness = 10,
               coach = "You went back for it. A second invitation is sometimes the one that gets taken." },
      choice { "Great. Well done.", to = "the_fridge",
               pitfalls = { "muted_response" }, closeness = -10,
               coach = "Kind words with nothing behind them. He says thanks, and puts the lid back on." },
      choice { "*You look up from the screen, properly.* \"Fine how?\"", to = "the_observation",
               skills = { "be_present", "open_question" }, bids = 10,
               coach = "Two words, and the eye contact did most of the work." },
      choice { "I get it. Aren't they the worst? I'm so scared about my probation review, I'm awake at three.", to = "the_fridge",
               pitfalls = { "hijack" }, tension = 10,
               coach = "Meant as fellow feeling, and the dread is real. His moment turned into yours before it had happened." },
    },

    node "the_observation" {
      need = "celebration",
      say.femi "Honestly? It was good. It was actually good.",
      say.femi("Year 10, electrolysis. The copper actually plated, first time, which it never does. And Jayden Okafor, "
        .. "who has not said one word to me since September, goes: \"That's actually sick, sir.\" With her IN the room."),
      say.femi "She wrote \"genuine curiosity in the room\". I took a photo of the form. Is that sad? I took a photo of the form.",
      choice { "Show me the photo. Show me it right now.", to = "the_fridge",
               skills = { "active_constructive" }, bids = 10, closeness = 10,
               coach = "You wanted the evidence. He gets his phone out faster than he's moved all evening." },
      choice { "Wait, I want to say it: I'm so proud of you. I always knew you'd smash it.", to = "the_fridge",
               pitfalls = { "minimise" },
               coach = "Warm, and it makes the good day sound inevitable. He'd been scared, and now it's as if he needn't have been." },
      choice { "Jayden Okafor! The hood-up boy? What did you do to him?", to = "the_fridge",
               skills = { "curious", "remember_details" }, bids = 10, closeness = 10,
               coach = "You remembered the hood. He tells you the whole Jayden saga, with voices." },
      choice { "Amazing. We should celebrate. Saturday? Oh. No. Your mum's.", to = "the_fridge",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "You wanted to celebrate him, genuinely. The \"oh, no\" lands on his mum's evening like a small stone." },
    },

    ---------------------------------------------------------------- act two: eleven days

    node "the_fridge" {
      need = "honesty",
      narrate("You both end up leaning on the counter, eating jollof out of the Tupperware with two forks. "
        .. "The whiteboard on the fridge says BINS THURS, MUM PILLS T/TH/S, CRUMB LAUNCH 3RD, and, in Femi's "
        .. "writing, \"you: dentist??\"."),
      narrate("Eleven days. The last proper conversation you had, sitting down, was about whether the boiler was "
        .. "making a new noise or the old noise."),
      say.femi(function(s)
        if s.closeness >= 60 then return "You've gone quiet. In a thinking way. What is it?" end
        if s.tension >= 50 then return "What? You've got a face." end
        return "You okay? You've gone quiet."
      end),
      choice { "I feel like we never see each other any more. We're flatmates with a bin rota.", to = "flatmates",
               pitfalls = { "fake_i_statement", "always_never" }, tension = 20, said = 10,
               coach = "It's how it feels, and there's a real need in it. The \"I feel\" is a coat over a verdict; he hears a charge sheet." },
      choice { "I'm fine. Just tired.", to = "fine_just_tired",
               pitfalls = { "avoid" }, tension = -10,
               coach = "True and not the whole truth. It keeps the evening smooth, and the eleven days stay where they were." },
      choice { "I miss you. Like, you specifically. It's been eleven days; I counted.", to = "eleven_days",
               skills = { "be_vulnerable", "i_statement" }, calm = true, said = 20, closeness = 10,
               coach = "Missing, not blaming, and a number instead of an \"always\". He puts his fork down." },
      choice { "I've been thinking. It isn't fair that Tunde does none of your mum's evenings. He's her son too.", to = "his_brother",
               pitfalls = { "fix_too_soon" }, tension = 20,
               coach = "There might be something in it. It goes straight to the solution, and the solution is his family." },
      choice { "I miss you.", to = "eleven_days",
               skills = { "honest" }, said = 10,
               coach = "Three words. Not the whole thing, but the middle of it." },
    },

    node "fine_just_tired" {
      need = "honesty",
      say.femi "Yeah. Me too. Tired is just my personality now.",
      narrate("He rinses his fork and looks at the whiteboard. He rubs out BINS THURS, because the bins were "
        .. "this morning, and nobody knows which of you did them."),
      say.femi "Did you do the bins?",
      choice { "Yes. At six. In the dark. In my dressing gown. Like a raccoon.", to = "the_bins",
               pitfalls = { "avoid" },
               coach = "It's funny, and he laughs. The thing you didn't say is still on the counter, next to the jollof." },
      choice { "I did. And I'm not just tired. I miss you.", to = "eleven_days",
               skills = { "repair", "be_vulnerable" }, calm = true, said = 20, closeness = 10,
               coach = "You took back the \"fine\" while it was still warm. He turns all the way round." },
      choice { "Does it matter who did the bins?", to = "flatmates",
               pitfalls = { "turn_against" }, tension = 20,
               coach = "The bins were never the point, which is exactly why the edge came out there." },
      choice { "Yep. And honestly? I wasn't being honest just then.", to = "say_it_properly",
               skills = { "honest", "repair" }, said = 10,
               coach = "Short and a bit awkward. It opens the door, and he walks through it." },
    },

    node "the_bins" {
      need = "reassurance",
      say.femi "A raccoon. My hero.",
      narrate "He kisses the top of your head on his way to the shower. You hear the boiler make the old noise.",
      narrate "The laptop is still open. Hackney Wick still has nobody on Sunday morning.",
      choice { "*You follow him to the bathroom door.* \"Can I ask you something, after?\"", to = "say_it_properly",
               skills = { "gentle_startup", "repair" }, calm = true, said = 10,
               coach = "A small, soft door. He knows something's coming, and that it isn't a row." },
      choice { "*You call after him:* \"Love you! I'll be done soon, promise.\"", to = "marking",
               pitfalls = { "avoid" },
               coach = "Warm, and it's due at eight. It's also the third evening this week that something was due." },
      choice { "*You text HOUSE, from three metres away:* \"we need to talk about us at some point\"", to = "marking",
               pitfalls = { "avoid" }, tension = 10,
               coach = "It's honest, and it goes into the same app as the oat milk. He reads it in a towel and doesn't know what to do with it." },
      choice { "*You save the rota, shut the lid, and go and sit on the edge of the bath, in the steam, still in your socks.*", to = "say_it_properly",
               skills = { "make_time", "be_present" }, bids = 10, closeness = 10, tired = 10,
               coach = "Nothing to say yet. You just went to where he was. He starts talking through the curtain." },
    },

    node "flatmates" {
      need = "reassurance",
      say.femi(function(s)
        if s.tension >= 60 then return "Flatmates. Wow. Okay." end
        return "Flatmates. Okay."
      end),
      say.femi("What do you want me to do, though? Tell Mum she can do her own tea? She can't open a tin. She can "
        .. "hold five dominoes. That's where we are."),
      choice { "No. That came out as a complaint. I miss you, is what it is.", to = "eleven_days",
               skills = { "repair", "be_vulnerable" }, calm = true, tension = -20, said = 10, closeness = 10,
               coach = "You took out the verdict and left the feeling. It's the same thing, and he can hear it now." },
      choice { "I'm just naming my need. I want you to choose me sometimes. Just sometimes, me.", to = "choose_me",
               pitfalls = { "guilt_trip" }, tension = 20, said = 10,
               coach = "It's a real want, said in careful words, in a shape he can't say yes to without choosing against his mum." },
      choice { "*You put your fork down.* \"No. Not like that.\"", to = "a_breather_two",
               skills = { "pause", "take_responsibility" }, tired = -20, tension = -10,
               coach = "Not a retreat: a timeout with a reason. He waits." },
      choice { "Sorry. Forget it. It doesn't matter.", to = "later_then",
               pitfalls = { "stonewall", "avoid" }, tension = 10, closeness = -10,
               coach = "An apology that shuts the lid. The row stops, and so does everything else." },
    },

    node "a_breather_two" {
      narrate("You drink some water standing up. The tap makes its noise. Femi scrapes the last of the jollof "
        .. "into one corner of the Tupperware, carefully, the way his mum does."),
      say.femi "Okay. Try me again. I'm listening. I'm tired, but I'm listening.",
      next = "say_it_properly",
    },

    node "his_brother" {
      need = "heard",
      say.femi "Tunde's in Leeds. With twins. He sends money and he rings her on Sundays, and she lights up like he's the Pope.",
      say.femi "I'm not having that argument with him. I'm definitely not having it with you at ten o'clock at night.",
      choice { "Okay. Not my business. I jumped ahead. I just miss you.", to = "eleven_days",
               skills = { "accept_influence", "repair" }, calm = true, tension = -20, said = 10,
               coach = "You backed off the family politics and went to the thing underneath. He breathes out." },
      choice { "Sorry, but is it fair? Someone has to have it. You can't do three evenings a week forever.", to = "choose_me",
               pitfalls = { "override_no", "pressure" }, tension = 20,
               coach = "You may be right about forever. He said not tonight, and heard the case made again." },
      choice { "Not my call. Sorry.", to = "say_it_properly",
               skills = { "respect_boundary", "take_responsibility" }, tension = -10,
               coach = "Five words. It's his family, and you let it be his." },
    },

    node "choose_me" {
      need = "reassurance",
      say.femi(function(s)
        if s.tension >= 70 then return "So it's you or Mum? Is that what this is?" end
        return "It's not you or Mum, though. It can't be. Please don't make it that."
      end),
      narrate "He's gripping the fork like it's the only thing in the kitchen that isn't asking him for something.",
      choice { "It's not that. It's never that. I'm sorry. I just miss you.", to = "eleven_days",
               skills = { "take_responsibility", "be_vulnerable" }, calm = true, tension = -20, said = 10,
               coach = "You took the choice off the table and left the missing. He lets go of the fork." },
      choice { "I'm not making you choose. I'm just saying how I feel: every Tuesday, Thursday and Saturday, it's her.", to = "femi_needs_a_break",
               pitfalls = { "always_never", "escalate" }, tension = 30,
               coach = "It does feel like that, and it's a lot to carry. Said as a list of days, he hears a verdict on his mum's care." },
      choice { "*You stop.* \"I'm too tired to say this well. Let me just stop talking.\"", to = "a_breather_two",
               skills = { "pause" }, tired = -20,
               coach = "You noticed you'd gone off the road and said so, before the next sentence made it worse." },
    },

    node "say_it_properly" {
      say.you "I miss you. That's the actual thing. It's been eleven days since we sat down and ate something together. I counted.",
      next = "eleven_days",
    },

    node "eleven_days" {
      need = "reassurance",
      say.femi(function(s)
        if s.said >= 30 then return "Eleven. You counted. God." end
        return "Yeah. I miss you too."
      end),
      say.femi("I have whole conversations with you on the W15. Really good ones. You're very funny on the W15. "
        .. "And then I get in and you're on Hackney Wick and I'm wrecked and I just... say dominoes."),
      say.femi "I don't know where it comes from, though. The time. I've looked. There isn't any.",
      choice { "Hey. It's okay. It'll calm down after my probation, I promise.", to = "later_then",
               pitfalls = { "avoid" }, tension = -10,
               coach = "It sounds reasonable, and it might even be true. It also puts us on a waiting list behind fourteen bakeries." },
      choice { "Could we have one evening a week that's ours? Same night, every week.", to = "femi_idea",
               skills = { "clear_request" }, said = 10, closeness = 10,
               coach = "Small enough to say yes to, and open about which night. It turns out he has an idea ready." },
      choice { "Can I make a suggestion? Two evenings at your mum's, not three?", to = "choose_me",
               pitfalls = { "fix_too_soon" }, tension = 20,
               coach = "Arithmetically correct. It asks him to take the time from the person who can't open a tin." },
      choice { "I don't know either. What would feel doable, to you?", to = "femi_idea",
               skills = { "open_question", "accept_influence" }, closeness = 10,
               coach = "You left room for his idea before pushing yours. He's been designing this on the W15 for weeks." },
    },

    node "femi_idea" {
      need = "honesty",
      say.femi(function(s)
        if s.closeness >= 60 then return "Okay. Okay, I've actually thought about this. On the bus. Don't laugh." end
        return "Okay. Can I say a thing? Don't laugh."
      end),
      say.femi("Mum asks about you every single time. \"Where is your friend who does bread?\" She thinks you're a "
        .. "baker. I haven't corrected her. What if you came on Thursdays? She's asleep by half eight. Then it's ours."),
      say.femi "Chips on Hoe Street. Walk back the long way. No phones. Well. One phone. For emergencies. Face down.",
      choice { "Yes. The baker accepts.", to = "the_calendar",
               skills = { "accept_influence" }, closeness = 10, tension = -10,
               coach = "He'd been carrying the idea for weeks. It got a yes, and a joke, which is the best kind of yes." },
      choice { "It's still your mum's, though. Is that really us time?", to = "saturday_clash",
               pitfalls = { "shoot_down" }, tension = 10,
               coach = "A fair point about what \"us time\" means. It lands on his idea before it's had a chance to be tried." },
      choice { "Deal. Phones in pockets on the walk back, though. Both of us.", to = "the_calendar",
               skills = { "accept_influence", "clear_request" }, closeness = 10,
               coach = "You took his plan and added one small, clear thing. It's more his now, not less." },
      choice { "I love that you thought about it. I do. But Thursdays are when the rota goes out.", to = "later_then",
               pitfalls = { "avoid" },
               coach = "It's true about Thursdays, and the thanks is real. The \"but\" makes it a maybe, and he hears the polite kind." },
    },

    node "saturday_clash" {
      need = "heard",
      say.femi "I know. I know it's Mum's. It's just that it's the only bit of the week that's already got me in it.",
      say.femi "I'm not trying to give you my leftovers. I'm trying to give you what I've got.",
      choice { "That's not leftovers, is it. Then I'll come.", to = "the_calendar",
               skills = { "repair", "accept_influence" }, calm = true, tension = -10, closeness = 10,
               coach = "He told you what the idea meant to him, and you let that change your answer." },
      choice { "I'm sorry, I just feel like I get what's left of you once your mum's asleep, and that's the truth.", to = "later_then",
               pitfalls = { "fake_i_statement", "guilt_trip" }, tension = 20,
               coach = "A real hurt sits under it: wanting to be first. Wrapped in \"I feel\", it still punishes him for offering." },
      choice { "What you've got. Yeah. That's actually really nice.", to = "the_calendar",
               skills = { "reflect", "appreciate" }, closeness = 10,
               coach = "You said his words back and meant them. That's all he needed to hear." },
    },

    node "the_calendar" {
      need = "help",
      narrate("You both get your phones out, which feels illegal. His calendar: Y10 PARENTS EVE, MUM PHYSIO 4.30, "
        .. "BOOKS!!!, MUM. Yours: STAND-UP, STAND-UP, ROTA, ROTA v2, PROBATION (gulp)."),
      say.femi "Thursday's fine for me except the 20th. Parents' evening. I'll be at school till nine, talking to Jayden's mum.",
      say.femi "What about you? Thursdays are your rota nights, aren't they?",
      choice { "I'll move the rota to Wednesdays. If it's Wednesday, it's Wednesday.", to = "bedtime",
               skills = { "make_time" }, closeness = 10, plan = 10,
               coach = "You moved your thing to make room, without a speech about it. He notices." },
      choice { "I want us to make a rule. No laptops after eight. Starting now.", to = "the_rule",
               pitfalls = { "demand" }, tension = 10,
               coach = "You want it to stick, and rules feel like they stick. This one is for every night, and neither of you can keep it." },
      choice { "Deal. I really appreciate you trying. Let's play it by ear.", to = "later_then",
               pitfalls = { "avoid" }, tension = -10,
               coach = "Relaxed, and it takes the pressure off. By ear is how you got to eleven days." },
      choice { "Can we put it in as recurring? Both calendars. Called something stupid.", to = "bedtime",
               skills = { "clear_request" }, closeness = 10, said = 10, plan = 10,
               coach = "Small and concrete: if it's in the calendar, it's real. He names it \"Chip Summit\"." },
    },

    node "the_rule" {
      need = "honesty",
      say.femi "Every night? I've got twenty-eight books about the reactivity series.",
      say.femi "I'll try. I'll... yeah. Okay. If that's what you need.",
      narrate "He says it the way you say yes to a dentist.",
      choice { "No, you're right, every night's daft. Just Thursdays. That's the real thing I want.", to = "bedtime",
               skills = { "accept_influence", "repair" }, calm = true, tension = -10, plan = 10,
               coach = "You heard the dentist voice and gave up the rule for the thing under it." },
      choice { "Deal! So we start now?", to = "the_rule_end",
               pitfalls = { "override_no" },
               coach = "He said yes, technically. You heard the yes and not the voice it was said in." },
      choice { "Not every night, then. What would you actually keep?", to = "femi_idea",
               skills = { "open_question", "accept_influence" },
               coach = "You asked him to design it with you. People keep rules they helped write." },
    },

    node "later_then" {
      need = "reassurance",
      narrate "Femi rinses the Tupperware. He dries it with the tea towel, slowly, like it's made of something valuable.",
      say.femi(function(s)
        if s.tension >= 50 then return "Okay. Fine. Forget it, then." end
        if s.said >= 20 then return "Okay. Later, then. I'll hold you to later." end
        return "Okay. Sure. When things calm down."
      end),
      say.femi "I'm going to go and mark. Twenty-eight books.",
      choice { "Actually, no. Not later. Thursday. Can we try this Thursday?", to = "femi_idea",
               skills = { "clear_request", "repair" }, calm = true, said = 10, closeness = 10,
               coach = "You caught the waiting list before it closed and named a day. \"Later\" became a date." },
      choice { "I know. Night, then. Jollof's in the fridge.", to = "when_things_calm_down",
               pitfalls = { "avoid" },
               coach = "Kind, and it lets the evening end. The eleven days become twelve." },
      choice { "Mark at the table? At least we'd be in the same room.", to = "marking",
               when = function(s) return s.marked < 10 end,
               skills = { "make_time", "turn_toward" }, closeness = 10, bids = 10, marked = 10,
               coach = "Not a plan, but a start: two jobs, one table. He brings his books through." },
      choice { "Wait. Before you go. I miss you.", to = "eleven_days",
               when = function(s) return s.marked >= 10 end,
               skills = { "be_vulnerable", "repair" }, said = 10, closeness = 10,
               coach = "The second time round, you said the middle of it. He puts the books back down." },
      choice { "Course you are.", to = "two_screens",
               pitfalls = { "sarcasm" }, tension = 10, closeness = -10,
               coach = "Two words and a lot of tone. He goes to mark, and the door makes a point of closing." },
    },

    node "marking" {
      need = "heard",
      narrate(function(s)
        if s.closeness < 40 then
          return "Half ten. Femi marks at the far end of the table with his glasses on and his back very straight. "
            .. "You do Hackney Wick. Neither of you has put music on."
        end
        return "Half ten. Femi marks at the other end of the table in his glasses, with a red pen he holds like a "
          .. "cigarette. You do Hackney Wick. Every so often your feet meet under the table and apologise."
      end),
      say.femi "Listen to this. Kacper, Year 9: \"Potassium is dangerous because it is too excited to be an element.\"",
      say.femi "He's drawn it. It's got a face. It's screaming.",
      choice { "*You laugh, properly.* \"Too excited to be an element. That's you on the W15.\"", to = "femi_idea",
               skills = { "turn_toward", "affection" }, closeness = 10, bids = 10, marked = 10,
               coach = "He offered a tiny thing and you took it with both hands. He laughs, and then goes a bit quiet, in a good way." },
      choice { "Mm. *Hackney Wick.*", to = "the_sink",
               pitfalls = { "turn_away", "distracted" }, closeness = -10, marked = 10,
               coach = "The rota is due and you are nearly there. The potassium goes back in the pile, face and all." },
      choice { "*You close the laptop.* \"Femi. Can I say something? I miss you.\"", to = "eleven_days",
               skills = { "be_vulnerable", "gentle_startup" }, calm = true, said = 20, closeness = 10, marked = 10,
               coach = "You used his bid as a door. He caps the red pen, which for a teacher is a declaration." },
      choice { "I'm nearly there, honestly. Love, can you read them in your head?", to = "the_sink",
               pitfalls = { "turn_away" }, tension = 10, closeness = -10, marked = 10,
               coach = "Fair, at half ten with a deadline, and politely put. He reads the rest in his head, and stops looking up." },
    },

    ---------------------------------------------------------------- act three: coming to bed?

    node "bedtime" {
      need = "reassurance",
      narrate "In both your calendars, every Thursday from eight, there is now a thing called CHIP SUMMIT. Femi added the chip emoji. Twice.",
      narrate("It's ten to eleven. Femi stands in the bedroom doorway in the T-shirt from his school's 2019 sports day. "
        .. "You have one more branch to do. Hackney Wick is done; Dalston isn't."),
      say.femi(function(s)
        if s.bids >= 20 then return "Coming to bed? I'll do Mum's knock-knock judge. I've been practising." end
        return "Coming to bed? Or... Dalston?"
      end),
      choice { "Dalston can have six a.m. me. Coming.", to = "thursdays",
               skills = { "turn_toward", "make_time" }, closeness = 10,
               coach = "A small bid, said yes to. You'll be tired at six. You'll also have been in bed with him." },
      choice { "Twenty minutes. Set a timer. If I'm not there, come and shut the lid on me.", to = "twenty_minutes",
               skills = { "honest", "clear_request" }, tired = 10,
               coach = "Dalston is real and so is he. You gave him a time and a job, which beats \"in a bit\"." },
      choice { "Five minutes, then I'm yours. *You keep typing.*", to = "two_screens",
               pitfalls = { "turn_away", "distracted" }, closeness = -10,
               coach = "It's ten to eleven and the rota's due at eight; \"in a bit\" is an honest answer. From the doorway it sounds like no." },
      choice { "Go on, I'll only keep you awake. I'll sleep on the sofa so I don't wake you at six.", to = "two_screens",
               pitfalls = { "avoid" }, tired = -10,
               coach = "Thoughtful about his sleep, and it's another night in separate rooms. He says \"okay\" to the doorframe." },
    },

    node "twenty_minutes" {
      narrate("It's twenty-three minutes. At minute twenty-one Femi comes and stands behind you with his hand "
        .. "hovering over the laptop lid like a game show host. You save Dalston. He shuts it."),
      next = "thursdays",
    },

    node "femi_needs_a_break" {
      need = "space",
      narrate "Femi puts the Tupperware down very gently on the counter. It's the gentleness that tells you.",
      say.femi "Not now. I'm running on empty. I've got nothing left. Not for this, not tonight. I don't want to say something horrible about Mum's Tuesdays.",
      say.femi "I need tonight to be over. I'm not sulking. I'm going to mark my books and not talk for a bit. I haven't got any more words.",
      choice { "Okay. We'll stop. Mark your books. I'll be in soon, and I'll keep my cold feet to myself.", to = "a_pause",
               skills = { "give_space", "respect_boundary" }, tension = -30,
               coach = "He asked to stop and you let him, with no price on it. That's what makes Saturday possible." },
      choice { "Okay. I hear you. But I'm scared if we stop now, it'll be another eleven days.", to = "marking",
               pitfalls = { "pressure" }, calm = true, tension = 10, closeness = -10,
               coach = "You're scared it'll go back in the drawer, and that's fair. He asked to stop and heard a no in a kind voice." },
      choice { "I made it about your mum. Not on. We'll stop.", to = "a_pause",
               skills = { "take_responsibility", "give_space" }, calm = true, tension = -40, closeness = 10,
               coach = "You owned your part and gave him the stop he asked for, in one breath." },
      choice { "Fine. Mark your books.", to = "marking",
               pitfalls = { "turn_against" }, closeness = -10,
               coach = "Agreeing to stop and slamming the door, together. He goes, and hears the door." },
    },

    node "the_sink" {
      need = "reassurance",
      narrate("Ten to twelve. Dalston is done. Femi comes out in his sports-day T-shirt for a glass of water and "
        .. "drinks it at the sink, slowly, facing the window. The red pen is behind his ear. He's forgotten it's there."),
      say.femi "You're still up.",
      choice { "I was awful tonight. I miss you. That's what it was.", to = "at_the_sink",
               skills = { "take_responsibility", "be_vulnerable" }, calm = true, said = 20, closeness = 10,
               coach = "Late, and the whole of it in one go: your part, and the thing under it. He puts the glass down." },
      choice { "Pen.", to = "at_the_sink",
               skills = { "turn_toward", "affection" }, closeness = 10,
               coach = "One word and you reach up and take it from behind his ear. It's the first time you've touched him all evening." },
      choice { "I'm sorry about earlier. Let's sleep on it and sort it out together tomorrow, yeah?", to = "two_screens",
               pitfalls = { "avoid" }, tension = -10,
               coach = "An apology, and a tidy one. It closes the subject before he can open it, and he goes back to bed." },
      choice { "Nearly done. Go back to bed, you're up at six.", to = "two_screens",
               pitfalls = { "turn_away" },
               coach = "Considerate about his alarm, and it sends him away. He takes the glass with him." },
    },

    ---------------------------------------------------------------- endings

    ending "at_the_sink" {
      title = "Midnight, at the sink",
      summary = "You and Femi had been missing each other for weeks; it took until midnight, but one of you reached for the other.",
      reflect = "When an evening has gone wrong, what is the smallest thing that could still turn it round?",
      narrate(function(s)
        if s.said >= 20 then
          return "\"Me too,\" he says to the window, and then to you. \"Eleven days. I counted too, actually.\""
        end
        return "He laughs, surprised, and lets you have the pen. \"I'd have gone to sleep in it.\" He stays at the sink."
      end),
      narrate("You stand there until the water glass is empty and then a bit longer. On the whiteboard, under BINS "
        .. "THURS, he writes \"CHIPS?\" and underlines it twice. It isn't a plan yet. It's on the fridge."),
    },


    ending "thursdays" {
      title = "Chip Summit",
      summary = "You and Femi had been missing each other for weeks; that night you turned toward each other and agreed on one evening a week that is yours.",
      narrate(function(s)
        if s.bids >= 20 then
          return "In bed he does his mum's knock-knock judge until you're both crying with laughter, and then he tells you about the copper plating, properly, and falls asleep halfway through a sentence about electrodes."
        end
        return "In bed he tells you about the copper plating, properly this time. He falls asleep in the middle of a sentence about electrodes, holding your wrist."
      end),
      narrate("The next Thursday, Grace gives you a lot of advice about sourdough, which you receive gravely. "
        .. "At half eight she falls asleep in her chair. The chips on Hoe Street are too hot and you eat them anyway, "
        .. "walking the long way back, his phone face down in his coat."),
    },

    ending "when_things_calm_down" {
      title = "When things calm down",
      summary = "You and Femi had been missing each other for weeks; that night you were kind to each other and left the time question for later.",
      narrate "Femi marks in the bedroom. You do Dalston at the table. At midnight you can hear him snoring through the wall, gently, as if he's been told off.",
      narrate(function(s)
        if s.said >= 20 then
          return "Three weeks later you pass your probation. Femi buys a cake from Crumb & Co, as a joke, and you eat it standing up in the kitchen. You mean to bring up the chips. Thursday's the rota, though."
        end
        return "Three weeks later the HOUSE app says \"oat milk (again) (sorry)\". It's the longest thing either of you has written to the other all week."
      end),
    },

    ending "two_screens" {
      title = "Two screens",
      summary = "You and Femi had been missing each other for weeks, and that night you each ended up alone with your own work.",
      reflect = "What are the small bids the people close to you make, and what do they sound like when they're tired?",
      narrate("Femi marks in bed with his glasses on and the big light off. You finish Dalston at twenty to one. When you "
        .. "get in, he's asleep, with a Year 9 book about the reactivity series open on his chest."),
      narrate(function(s)
        if s.marked >= 10 then return "You move it to the bedside table. Kacper's potassium is still screaming up at the ceiling." end
        return "You move it to the bedside table. Someone called Kacper has drawn a potassium atom exploding, with a face."
      end),
      narrate(function(s)
        if s.plan >= 10 then return "In both your calendars, every Thursday from eight, it still says CHIP SUMMIT. It's a start. Tonight wasn't part of it." end
        return ""
      end),
    },

    ending "a_pause" {
      title = "A pause",
      summary = "You and Femi had been missing each other for weeks; the talk about it became too much for that night, and you stopped.",
      reflect = "When one of you runs out of room for a conversation, what makes it easier to pick up again?",
      narrate "He takes his books to the bedroom. You sit with the laptop shut and the fridge humming, not doing Dalston.",
      narrate(function(s)
        if s.closeness >= 50 then
          return "In the morning, on the whiteboard, under BINS THURS, in Femi's writing: \"Sat after Mum's? Chips? Talk properly. x\""
        end
        return "In the morning, on the whiteboard, under BINS THURS, in Femi's writing: \"Sorry. Sat?\" It's something. It isn't much yet."
      end),
    },

    ending "the_rule_end" {
      title = "The rule",
      summary = "You and Femi had been missing each other for weeks; you set a rule for more time together, and he agreed to it without really wanting it.",
      narrate("No laptops after eight. Friday, you both keep it, proudly. Saturday he's at his mum's. Sunday he marks "
        .. "in the bath, which is technically not a laptop."),
      narrate("By Wednesday you're both on screens at half nine, each pretending not to see the other one. Nobody "
        .. "mentions the rule. It turns out a rule is easy to break quietly. A Thursday with chips would have been harder."),
    },
  },
}
