-- Good News
-- Nell has been a classroom assistant for nine years. Today, at first break, in the staff
-- toilet, she found out she has a place on the midwifery degree she applied for in January.
-- You come home from the worst day you've had at work in a long time, with a letter in your bag
-- about a restructure, and she is waiting in the hall with her phone held out.
--
-- Nell's side: she wants, more than anything tonight, for the person she loves most to be as
-- happy about this as she is. She is also frightened: she's thirty-seven, she'll be on a bursary
-- for three years, and she has already done the money in a spreadsheet with tabs, because she
-- knows what it means for both of you. She'd like one evening of it being good before it's hard.
--
-- Your side: you are proud of her, and your stomach also drops, because "proposed changes to your
-- role" might mean there is no salary at all by autumn. The worry is fair. The timing is the
-- question: she needs celebration first, and honesty later, when she asks for it (she will).
--
-- Gable's four responses to good news are all here: active-constructive (the skill), passive-
-- constructive ("Oh, nice"), active-destructive ("How will we manage?", which is a real worry)
-- and passive-destructive (turning to your own bad day).
--
-- State: closeness and tension are Nell's; said is how much of your own worry and news you have
-- told her at a good moment (a "we'll be fine" keeps it at zero, and that comes back at one in
-- the morning); stress is yours, and while it is high the hardest honest lines are locked.
-- Every change is a multiple of 10 and the ranges are clamped, to keep `heartlines check` quick.

return scenario {
  id = "good-news",
  title = "Good News",
  blurb = "Nell got into midwifery today. You got a letter about a restructure. She's waiting in the hall.",
  minutes = 10,
  setting = "Your flat in Dundee, twenty to seven on a Thursday in May. You've just got in. "
    .. "There's a letter in your bag that you've read eleven times on the bus.",
  notes = {
    "a partner's good news arriving on the same day as your own bad news",
    "worry about money and a possible job loss",
    "a disagreement about money that can become tense",
    "a brief, happy mention of a home birth",
  },
  reflect = "When someone you love has good news and you have a worry about it, what helps you tell "
    .. "which one they need from you first?",
  cast = { nell = "Nell" },
  state = {
    closeness = { 50, min = 20, max = 80 },
    tension = { 20, better = "lower", max = 90 },
    said = { 0, max = 30 },
    stress = { 40, better = "lower", max = 80 },
  },
  flooding = { var = "tension", at = 70, to = "nell_needs_air" },
  self_flooding = {
    var = "stress", at = 70,
    hint = "The letter is sitting on your chest like a cat. You can't say this one kindly yet: breathe first.",
  },
  start = "the_hallway",
  nodes = {

    ---------------------------------------------------------------- act one: the hall

    node "the_hallway" {
      discuss = { "Nell is holding out her phone. What does she need from the next ten seconds?", minutes = 2 },
      need = "celebration",
      narrate("You get in with your bag over your shoulder. In it: \"Proposed changes to your role. Consultation "
        .. "meeting: Tuesday, 10am.\" Marcus got the same letter last year. Marcus works at a garden centre now."),
      narrate "Nell is standing in the hall, still in her school lanyard, holding her phone out at arm's length like a warrant card.",
      say.nell "Don't say anything. Read it. Just read it.",
      narrate("\"Dear Ms Baird, we are delighted to offer you a place on the BSc Midwifery programme, "
        .. "starting in September.\""),
      choice { "Oh, that's lovely. Well done, you. Proud of you.", to = "oh_nice",
               pitfalls = { "muted_response" }, closeness = -10,
               coach = "Warm enough, and over quickly. Nell was holding out the biggest thing in her year, and it got a pat." },
      choice { "Wait, the full-time one? How's that going to work, money-wise?", to = "the_spreadsheet",
               pitfalls = { "shoot_down" }, tension = 20, stress = 10,
               coach = "It's a real question, and you'll need to ask it. Asked first, it goes straight past the news to the bill." },
      choice { "Nell. NELL. You got in? Give it here. Again. Slowly. Out loud.", to = "you_got_in",
               skills = { "active_constructive" }, closeness = 10, stress = -10,
               coach = "Every word of it about her. She lets out the scream she's been holding since first break." },
      choice { "Amazing. Can I sit down first? What a day I've had.", to = "my_day",
               pitfalls = { "hijack" }, closeness = -10,
               coach = "You really have had an awful day. But her phone was still held out, and now it's being put away." },
    },

    node "oh_nice" {
      need = "celebration",
      say.nell "...Yeah. It is great.",
      narrate "She looks at the phone again, as if she might have read it wrong.",
      say.nell "Anyway. It's only an offer. There's the PVG check and everything. How was your day?",
      choice { "Honestly? Awful. They're restructuring. I got a letter.", to = "my_day",
               pitfalls = { "hijack" }, closeness = -10,
               coach = "She offered you the floor, and it's true, and you took it. Her news goes into her pocket with the phone." },
      choice { "Yes. Brilliant. *You start unpacking the shopping.*", to = "the_kettle",
               pitfalls = { "distracted" }, closeness = -10,
               coach = "You're home, you're tired, there are eggs to put away. Nell watches you do it." },
      choice { "Hang on. \"Great\"? You got IN. Tell me everything.", to = "you_got_in",
               skills = { "repair", "active_constructive" }, closeness = 10, tension = -10,
               coach = "You heard how small your first answer was and went back for the bigger one. Her face comes back on." },
    },

    node "the_spreadsheet" {
      need = "celebration",
      say.nell "I know. I KNOW. I've done a spreadsheet. It's got tabs.",
      narrate "The phone goes back in her pocket. Something in her face goes back in with it.",
      say.nell "I thought we could maybe have one evening first. But fine. Money.",
      choice { "Sorry, but it's what anyone would ask.", to = "money_talk_early",
               pitfalls = { "defensive" }, tension = 10, stress = 10,
               coach = "It is what anyone would ask. The sorry comes with a but, and the but is what she hears: you're still not answering her." },
      choice { "Spreadsheet later. You got into midwifery. Midwifery, Nell!", to = "you_got_in",
               skills = { "repair", "active_constructive" }, tension = -20, closeness = 10,
               coach = "You put the worry down where you could pick it up later, and went back to her. The worry will keep." },
      choice { "*You take a breath.* One evening doesn't change the numbers, though, does it?", to = "money_talk_early",
               pitfalls = { "shoot_down", "escalate" }, tension = 20, stress = 10,
               coach = "A calm breath, then the same point. True, and it tells her the evening doesn't matter either. The tabs come out." },
      choice { "*You put your bag down, properly, and stop talking for a second.*", to = "bag_down",
               skills = { "self_soothe", "pause" }, stress = -20,
               coach = "You put the day down where you could see it. It gives you a second before the next sentence." },
    },

    node "bag_down" {
      need = "celebration",
      narrate("The bag slumps against the skirting board with the letter in it. Nell is still standing there with her "
        .. "phone, not quite looking at you."),
      say.nell "You don't have to be thrilled. I just thought you'd be a bit thrilled.",
      choice { "I am! Someone has to be sensible, that's all.", to = "money_talk_early",
               pitfalls = { "shoot_down" }, tension = 10,
               coach = "Someone does. Tonight it casts her as the one who isn't, on the night she got in." },
      choice { "Can we do this after I've had a cup of tea? I've had a day.", to = "my_day",
               pitfalls = { "hijack" }, closeness = -10,
               coach = "A fair request on most nights. Tonight it puts your day in front of hers." },
      choice { "I am. Honestly? I was scared for about a second, because it's big. Now I'm just thrilled for you.", to = "you_got_in",
               skills = { "honest", "active_constructive" }, tension = -10, closeness = 10, said = 10,
               coach = "Honest about the second of fear and clear about which one won. She can work with both." },
    },

    node "my_day" {
      need = "celebration",
      narrate "Nell's face does a quick, kind rearrangement. The phone goes face down on the radiator shelf.",
      say.nell "Oh no. What's happened? Sit. Sit down. Tea. I'm making tea.",
      narrate "Her news sits face down on the radiator shelf, next to the keys and a conker from October.",
      choice { "*You hand her the letter.* \"'Proposed changes to your role.' Read that.\"", to = "her_news_waits",
               pitfalls = { "hijack" }, stress = -10, closeness = -10,
               coach = "It helps to hand it to someone, and she takes it straight away. She also stops being someone who got in today." },
      choice { "No. Mine can keep, honestly. You just got into midwifery. Go on.", to = "you_got_in",
               skills = { "repair", "active_constructive" }, closeness = 10, tension = -10,
               coach = "You caught the swap while the phone was still warm. She picks it back up off the shelf." },
      choice { "Sorry. Go on, I'm listening. *You check your work email on your phone.*", to = "the_kettle",
               pitfalls = { "distracted" }, stress = 10, closeness = -10,
               coach = "\"I'm listening\", said to a phone. She can see where your eyes are." },
    },

    node "her_news_waits" {
      need = "celebration",
      say.nell "Oh, love. That's what they sent Marcus, isn't it. Before the garden centre.",
      narrate "She reads it twice. Then she looks at her phone, face down on the shelf.",
      say.nell "And I've just signed up to earn nothing for three years. Brilliant timing. Go me.",
      narrate "She says it like a joke. It isn't one.",
      choice { "Don't put it away. Mine's a letter. Yours is the best thing that's happened to either of us all year.", to = "you_got_in",
               skills = { "repair", "validate" }, closeness = 10, tension = -10,
               coach = "She was about to give her news back for your sake, and you didn't let her. She turns the phone over." },
      choice { "Yeah. It's not ideal timing, is it. For either of us.", to = "hers_on_the_shelf",
               pitfalls = { "shoot_down" }, tension = 10, closeness = -10,
               coach = "You agreed with the worst thing she said about her own news. You didn't mean it like that." },
      choice { "*You stare at the letter.* \"Mm.\"", to = "the_kettle",
               pitfalls = { "turn_away" }, closeness = -10,
               coach = "She made a joke that was a question, and it went past you. You were somewhere around Tuesday, 10am." },
    },

    node "the_kettle" {
      need = "celebration",
      narrate("The kettle boils. You make tea. Nell tells you a bit about it while you look for the teabags: "
        .. "the interview in March, the panel, the man in a knitted waistcoat. You say \"mm\" in roughly the right places."),
      say.nell "I might ring Kirsty. She'll scream. Kirsty's a screamer.",
      choice { "Good idea. I'm wiped. Tell her congrats from me, and she owes us a bottle.", to = "kirsty",
               pitfalls = { "muted_response" },
               coach = "Friendly, and it hands the celebrating to someone else. Kirsty does scream." },
      choice { "Are you going to tell her about the money side?", to = "money_talk_early",
               pitfalls = { "shoot_down" }, tension = 10, stress = 10,
               coach = "It's on your mind, so it came out. It turns Kirsty's scream into a budget meeting." },
      choice { "Oh, I've been useless. Go on, then. Again.", to = "you_got_in",
               skills = { "repair", "active_constructive" }, closeness = 10,
               coach = "You noticed the mm's and said so. She puts the phone down, which is the opposite of what she was going to do." },
    },

    node "kirsty" {
      need = "celebration",
      narrate("Forty minutes. Through the bedroom wall: Kirsty's scream, then Nell laughing, properly, for the first "
        .. "time since you got in."),
      narrate "She comes back into the kitchen pink in the face, with the phone held against her chest.",
      say.nell "Kirsty says we have to do something. Tonight. I told her you'd had a long day.",
      choice { "I have. And? Chips. The good chippy. Now.", to = "broughty_ferry",
               skills = { "make_time", "repair" }, closeness = 10, stress = -10,
               coach = "You'd let her take it elsewhere, and then you came and got it back. She's already reaching for her coat." },
      choice { "I'm so happy for you. I just need tonight to switch off, you know?", to = "nice",
               pitfalls = { "turn_away" },
               coach = "Every word of it is kind, and it's still a no. She goes back to Kirsty." },
      choice { "*You nod, eyes on your phone.* \"Tell her ta.\"", to = "nice",
               pitfalls = { "distracted", "muted_response" },
               coach = "Tired, and half elsewhere. She hears the half." },
    },

    node "worst_case" {
      need = "celebration",
      narrate("Half ten. You're both still on the sofa, looking at the tab called WORST CASE. The numbers are fine. "
        .. "Tight, but fine."),
      narrate "Her offer email is open on her phone, on the arm of the sofa.",
      say.nell "So. That's the money.",
      choice { "It's tight, and it's fine. And I never said it: you got in. Tell me how you found out.", to = "you_got_in",
               skills = { "repair", "active_constructive" }, closeness = 10, tension = -10, stress = -10,
               coach = "Late, and you went back for it anyway. She picks the phone up off the arm of the sofa." },
      choice { "Yeah. Tight. We'll have to watch it.", to = "worst_case_tab",
               pitfalls = { "shoot_down" },
               coach = "True, and it's the last thing said about tonight. Her news ends the evening as a line in a budget." },
      choice { "*You shut the laptop and put the news on.*", to = "worst_case_tab",
               pitfalls = { "turn_away" },
               coach = "The sums are done and so are you. Her phone stays on the arm of the sofa." },
    },

    node "hers_on_the_shelf" {
      need = "celebration",
      narrate("Nell makes tea and toast and looks up employment law on her phone, and tells you Marcus actually likes "
        .. "the garden centre."),
      narrate "Her offer email is face down on the radiator shelf.",
      say.nell "We should make a list for Tuesday. Questions to ask them.",
      choice { "In a minute. Your news has been face down on that shelf all evening. Turn it over.", to = "you_got_in",
               skills = { "repair", "active_constructive" }, closeness = 10, tension = -10,
               coach = "She was giving the evening to your letter, and you gave it back. She turns the phone over." },
      choice { "Yeah. Can you help me word the one about redundancy pay?", to = "in_the_hall",
               pitfalls = { "hijack" },
               coach = "She offered, and it's a real help. It also settles whose evening this is." },
      choice { "*You get a pen.* \"Go on, then. Number one.\"", to = "in_the_hall",
               pitfalls = { "hijack" },
               coach = "Practical, and it's what she suggested. The list gets to eleven questions. Hers doesn't come up." },
    },

    node "in_the_hall" {
      need = "celebration",
      narrate("Eleven. The list for Tuesday has eleven questions on it. Nell goes out to the hall to plug her phone in, "
        .. "and doesn't come back. Through the door you can see her, reading something on the screen, on her own."),
      choice { "*You go out to the hall.* \"Read it to me. The whole email. Out loud.\"", to = "you_got_in",
               skills = { "repair", "active_constructive" }, closeness = 10, tension = -10,
               coach = "Late, and you went and got it. She reads it out, doing Dear Ms Baird in a posh voice." },
      choice { "*You call through:* \"Coming to bed?\"", to = "her_news_folded",
               pitfalls = { "turn_away" },
               coach = "It's late, and it's a kind question. It's also the last one of the night, and it isn't about her." },
      choice { "*You stay on the sofa and add a twelfth question.*", to = "her_news_folded",
               pitfalls = { "hijack" },
               coach = "Tuesday is real. So is the person in the hall with her phone." },
    },

    ---------------------------------------------------------------- the good part

    node "you_got_in" {
      need = "celebration",
      say.nell(function(s)
        if s.closeness >= 60 then return "I GOT IN. I actually, genuinely got in." end
        return "I got in. I did actually get in."
      end),
      say.nell "I've been carrying it round since first break like an egg on a spoon.",
      choice { "Is this the statement you rewrote on the 22 bus?", to = "the_statement",
               skills = { "remember_details", "active_constructive" }, closeness = 10,
               coach = "You remembered the draft, and the bus. She hadn't known you were listening that closely." },
      choice { "Right, we should look at student finance tonight, before the deadlines.", to = "money_talk_early",
               pitfalls = { "fix_too_soon" }, tension = 10, stress = 10,
               coach = "Helpful, organised, and about two hours early. She hasn't even told you how she found out yet." },
      choice { "How did you find out? Where were you? I want the whole thing, minute by minute.", to = "alfie",
               skills = { "active_constructive", "curious" }, closeness = 10,
               coach = "A small question that says: keep going, I want all of it. She does." },
      choice { "Amazing. *Your phone buzzes; you glance at it. Work.*", to = "the_kettle",
               pitfalls = { "distracted" }, closeness = -10, stress = 10,
               coach = "One glance. She was holding out the best news of her year, and watched your eyes go to the screen." },
    },

    node "alfie" {
      need = "celebration",
      say.nell("Staff toilet, first break. I read it four times. Then Alfie from P2 knocked and asked if I was "
        .. "doing a poo or crying."),
      say.nell "I said both. I don't know why I said both. He said \"fair enough\" and went to the other toilet.",
      say.nell("Then at lunch I told Mrs Dunbar and she cried, and then Mr Khan cried, and it turns out the whole staffroom "
        .. "will cry if you give it a reason."),
      say.nell "I haven't told anyone else. I wanted you to be first. Well. After the staffroom. And Alfie.",
      choice { "Aw. That's sweet, that.", to = "the_kettle",
               pitfalls = { "muted_response" }, closeness = -10,
               coach = "Pleasant, and a full stop. She was waiting for the next question, and it didn't come." },
      choice { "The whole staffroom knew before me? Cheers, Nell.", to = "not_first",
               pitfalls = { "sarcasm" }, tension = 10,
               coach = "A joke with a small real hurt in it. She hears the hurt." },
      choice { "I'm honoured to be fourth. Roughly. Come here.", to = "how_to_celebrate",
               skills = { "affection", "active_constructive" }, closeness = 10, tension = -10,
               coach = "Funny, warm, and a hug in the hall. She's still got the lanyard on, and it gets squashed." },
      choice { "What did it feel like, reading it?", to = "the_statement",
               skills = { "open_question", "active_constructive" }, closeness = 10,
               coach = "You asked about the inside of it, not just the story. She has to think, and then she tells you." },
    },

    node "not_first" {
      need = "celebration",
      say.nell "I was at work! You were at work! I couldn't ring you in a team meeting and scream.",
      say.nell "I wanted to see your face. That's why I waited. I wanted to see your face when you read it.",
      choice { "Fair. Fourth is fine. Look: this is my delighted face.", to = "how_to_celebrate",
               skills = { "repair", "active_constructive" }, tension = -10, closeness = 10,
               coach = "You dropped the point and gave her the thing she'd waited all day for. It's a slightly ridiculous face. It works." },
      choice { "Sorry, I'd just have liked to know before Mr Khan did.", to = "the_kettle",
               pitfalls = { "defensive" }, tension = 10, closeness = -10,
               coach = "It would have. Holding on to it means she's explaining her day instead of enjoying it." },
      choice { "*You shrug.* \"Whatever. Well done.\"", to = "the_kettle",
               pitfalls = { "sarcasm", "muted_response" }, closeness = -10,
               coach = "Two words she'll remember more than you will." },
    },

    node "the_statement" {
      need = "reassurance",
      say.nell "I nearly didn't send it. Thirty-seven. Everyone at the interview was about nineteen.",
      say.nell "They all had those water bottles with the times on the side. Telling you when to drink.",
      say.nell "What if I'm too old? What if I'm just... rubbish at it?",
      choice { "Thirty-seven is nothing! Loads of people retrain at your age, honestly. You'll be fine.", to = "how_to_celebrate",
               pitfalls = { "minimise" },
               coach = "Cheerful, and it skips straight past the fear. She nods, and keeps the fear." },
      choice { "You held the torch when Rosie was born. You were eleven. Head start.", to = "how_to_celebrate",
               skills = { "remember_details", "validate" }, closeness = 10, tension = -10,
               coach = "You answered the fear with her own history. She laughs, and her eyes go, both at once." },
      choice { "You could always defer a year. See how things go at my work first.", to = "money_talk_early",
               pitfalls = { "shoot_down", "hijack" }, tension = 20, stress = 10,
               coach = "It sounds like an option for her. It's also a way of asking her to wait for you, and she can tell." },
      choice { "Scared and thrilled at the same time. Both at full volume.", to = "how_to_celebrate",
               skills = { "reflect" }, closeness = 10,
               coach = "You said back both halves without fixing either. That's exactly it, she says." },
    },

    node "how_to_celebrate" {
      need = "celebration",
      say.nell "I don't know what you do. Do you do something? I feel like we should do something. I'm still in my lanyard.",
      choice { "I'll open the wine. *You check your work inbox while you look for the corkscrew.*", to = "evening_in",
               pitfalls = { "distracted" }, stress = 10,
               coach = "Wine is a celebration. The email is Tuesday, leaking into Thursday." },
      choice { "Get your coat. Chips at Broughty Ferry. The good chippy.", to = "broughty_ferry",
               skills = { "make_time", "active_constructive" }, closeness = 10, stress = -10,
               coach = "A plan, tonight, for her. The good chippy is a twenty-minute detour, which is the point." },
      choice { "*You pick her up, lanyard and all, and spin her round the hall.*", to = "broughty_ferry",
               when = function(s) return s.closeness >= 60 end,
               skills = { "affection", "active_constructive" }, closeness = 10, tension = -10,
               coach = "The coat stand will recover. Nell laughs so hard she has to sit on the stairs." },
      choice { "Can we do it at the weekend? I'm shattered, honestly.", to = "evening_in",
               pitfalls = { "turn_away" }, closeness = -10,
               coach = "True, and reasonable. It also tells her tonight can wait, on the night it happened." },
    },

    node "broughty_ferry" {
      narrate("The good chippy has a queue out of the door, which is how you know. You eat on the harbour wall at "
        .. "Broughty Ferry with your coats zipped to the chin. The tide is out a very long way. A dog is losing its mind about a gull."),
      narrate(function(s)
        if s.closeness >= 70 then
          return "Nell tells the dog's owner the whole story, because he asked, including the bit in the toilet. She is lit up like the Tay Bridge."
        end
        return "Nell tells you about the interview, the man in the knitted waistcoat, the role-play with a plastic pelvis."
      end),
      narrate "You get the bus home with vinegar on your fingers.",
      next = "the_question",
    },

    node "evening_in" {
      narrate("You stay in. The wine is a Rioja from the corner shop, and it's fine. Nell rings Kirsty from the bedroom, "
        .. "and through the wall you hear Kirsty scream, then Nell laugh, properly, for forty minutes."),
      narrate "You watch half of something about canal restoration. The letter is still in your bag by the door.",
      next = "the_question",
    },

    ---------------------------------------------------------------- act two: the right time

    node "the_question" {
      need = "honesty",
      narrate "Half nine. Home. Nell has her feet in your lap and a cup of tea going cold on her knee.",
      say.nell "Tell me the truth about something. Proper truth.",
      say.nell("Is it mad? The money. Three years on a bursary. I've done the spreadsheet, but the spreadsheet "
        .. "isn't you."),
      choice { "Not mad at all. We'll be fine, we'll work it out together. Don't you worry.", to = "fine_then",
               pitfalls = { "avoid" }, tension = -10,
               coach = "It's lovely to hear, and it's what you want to be true. It isn't quite what you think, and she asked for that." },
      choice { "Honestly? A bit, yeah. We were going to do the kitchen this year.", to = "the_kitchen",
               pitfalls = { "shoot_down" }, tension = 20, stress = 10,
               coach = "She asked for honest and got it. It came out as cupboards, and that's what she'll hear." },
      choice { "Before I answer: there's something I didn't say earlier. Work stuff.", to = "my_letter",
               skills = { "honest", "be_vulnerable" }, said = 10, stress = -10,
               coach = "You held your own news back all evening, and now there's room for it. She sits up." },
      choice { "Not mad. Honestly, a bit scary for me. Sums on Saturday, both of us?", to = "worry_heard",
               skills = { "honest", "clear_request" }, calm = true, said = 20, closeness = 10,
               coach = "Yes to her, and honest about you, with a time to do the hard bit. She looks relieved, not hurt." },
    },

    node "fine_then" {
      need = "honesty",
      say.nell "Okay. Good. Good. Because I've already told Kirsty, so.",
      narrate "She looks at you for a bit longer than the joke needs.",
      say.nell(function(s)
        if s.stress >= 50 then return "You're sure? Because you've had a face on since you walked in." end
        return "You're sure? You'd say?"
      end),
      choice { "Yeah. Work being work. I'll tell you another time, when things calm down.", to = "the_sums",
               pitfalls = { "avoid" },
               coach = "She asked twice, and you gave her the easy answer twice. She believes you, which is the trouble." },
      choice { "Actually, no. There's a letter from work.", to = "my_letter",
               skills = { "repair", "honest" }, calm = true, said = 10, stress = -10,
               coach = "You took back the \"fine\" when she left the door open. She puts her tea down." },
      choice { "*You put your tea down. You don't answer straight away.*", to = "a_second",
               skills = { "pause" }, stress = -20,
               coach = "You didn't answer straight away, and she noticed. A pause can be its own kind of honest." },
      choice { "I said we'll be fine, Nell. Can we drop it?", to = "the_kitchen",
               pitfalls = { "turn_against" }, tension = 20,
               coach = "She was checking on you, and got told off for it. Now she's sure something's wrong." },
    },

    node "worry_heard" {
      need = "heard",
      say.nell "Okay. Then we do the money together. Saturday. Bring your calculator and your worst-case face.",
      say.nell("I've done it to the pound. The bursary's ten thousand. I'd keep Saturdays at the holiday club. "
        .. "It's tight. It works if nothing else goes wrong."),
      say.nell(function(s)
        if s.stress >= 50 then return "Is something else going wrong? You've had a face on since you walked in." end
        return "Is anything else going wrong? You'd tell me?"
      end),
      choice { "No, no. All fine.", to = "the_sums",
               pitfalls = { "avoid" },
               coach = "Two words to keep her night clean. The spreadsheet is now missing a tab, and only you know it." },
      choice { "Sort of. There's a restructure. I didn't want it landing on today.", to = "my_letter",
               skills = { "honest", "be_vulnerable" }, said = 10, stress = -20,
               coach = "She asked straight out, and you answered straight. It lands on a good evening, which is the best place for it." },
      choice { "That spreadsheet had better be a very good spreadsheet, then. With a tab for miracles.", to = "the_kitchen",
               pitfalls = { "sarcasm" }, tension = 10,
               coach = "A joke to get out of a question. She hears the edge on it and wonders what it's for." },
    },

    node "my_letter" {
      need = "reassurance",
      narrate "You get the letter out of your bag. Nell reads it with her glasses on her head, then finds them, then reads it again.",
      say.nell(function(s)
        if s.closeness >= 60 then return "Oh, love. And you let me go on about me all night." end
        return "Oh, love. You've had that in your bag all night?"
      end),
      say.nell "Does this change it? Me going? Tell me if it changes it. I mean it.",
      choice { "It doesn't change it. It changes the spreadsheet. We'll need a tab for me.", to = "a_tab_each",
               skills = { "support", "honest" }, closeness = 10, tension = -10,
               coach = "Her plan stays hers, and your worry gets a place in it. She laughs, and reaches for the laptop, and doesn't open it." },
      choice { "Maybe you should wait a year. Just till we know what's happening with mine. To be safe.", to = "wait_a_year",
               pitfalls = { "shoot_down", "pressure" }, tension = 10, closeness = -10,
               coach = "A careful, frightened idea, and maybe a sensible one. It asks her to carry your Tuesday for a year." },
      choice { "I don't know. I won't know anything till Tuesday. I'm scared, a bit.", to = "a_tab_each",
               skills = { "honest", "be_vulnerable" }, calm = true, closeness = 10,
               coach = "No answer, and no pretending to have one. She moves up the sofa to be closer to the not-knowing." },
    },

    node "the_kitchen" {
      need = "reassurance",
      say.nell(function(s)
        if s.tension >= 50 then return "The kitchen. Right. I'm choosing a career over some cupboards. Sorry." end
        return "Right. Okay. The kitchen."
      end),
      narrate "The cupboard door by the cooker has been hanging off one hinge since Christmas. You both look at it.",
      choice { "I hear you. I do. I'm not saying don't do it. I'm just saying it's a lot.", to = "nell_quiet",
               pitfalls = { "defensive" }, tension = 10,
               coach = "Fair, and it defends the sentence rather than what it did. She starts folding her lanyard." },
      choice { "You always do this. Decide, and then tell me.", to = "nell_quiet",
               pitfalls = { "always_never", "criticism" }, tension = 20, stress = 10,
               coach = "She told you when she applied, and when she was interviewed. The fear needed somewhere to go, and it went at her." },
      choice { "Sorry. That was unfair. I'm scared about money.", to = "worry_heard",
               skills = { "repair", "honest" }, calm = true, tension = -20, said = 20,
               coach = "You went back and found the real worry under the cupboards. She can do something with that." },
      choice { "*You look at the cupboard door for a while.* \"Hang on. I'm thinking.\"", to = "a_second",
               skills = { "pause" }, stress = -20,
               coach = "You heard the next sentence coming and didn't say it. The cupboard door doesn't mind." },
    },

    node "a_second" {
      need = "reassurance",
      narrate "You breathe in. You breathe out. Somewhere in the kitchen, the broken cupboard door creaks, helpfully.",
      say.nell "...Is it the money, or is it something else?",
      choice { "Sorry. It's just the money. Leave it.", to = "nell_quiet",
               pitfalls = { "avoid" }, tension = 10,
               coach = "A part of the truth, then a door closing. She's left with the part." },
      choice { "Both. There's something at work. I should've said.", to = "my_letter",
               skills = { "honest", "take_responsibility" }, calm = true, said = 10, tension = -10, stress = -10,
               coach = "You owned the waiting, and then stopped waiting. She holds out her hand for whatever it is." },
      choice { "It's that I love you and I'm frightened, both at once.", to = "worry_heard",
               skills = { "be_vulnerable", "affection" }, calm = true, tension = -20, said = 20,
               coach = "Big words on a Thursday. She puts her hand on your knee and keeps it there." },
    },

    node "nell_quiet" {
      need = "reassurance",
      narrate "Nell folds her lanyard into a small square, then unfolds it.",
      say.nell "Okay.",
      say.nell "I just thought I'd get tonight. That's all. Just one night of it being good, before it gets hard.",
      choice { "Well, it is going to be hard, Nell. Someone has to actually say it.", to = "worst_case_tab",
               pitfalls = { "shoot_down", "defensive" }, tension = 10,
               coach = "Someone does. She already had, in a tab called Worst Case." },
      choice { "Sorry. You should get tonight. Money can wait till Saturday.", to = "worry_heard",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -20, closeness = 10,
               coach = "You gave her the night back, and still kept a time for the worry. She lets out a long breath." },
      choice { "*You sit down next to her and unclench your jaw.*", to = "a_second",
               skills = { "self_soothe" }, stress = -20, tension = -10,
               coach = "You let your own alarm settle before saying anything else. She stops folding the lanyard." },
      choice { "*You take a long breath, get your phone out and start doing sums.*", to = "worst_case_tab",
               pitfalls = { "stonewall", "distracted" }, closeness = -10,
               coach = "Numbers feel safer than her face right now. She watches you do them." },
    },

    node "money_talk_early" {
      need = "celebration",
      narrate "Nell gets the laptop out. There are tabs. One of them is called WORST CASE and has a frowning emoji in the title.",
      say.nell(function(s)
        if s.tension >= 50 then return "There. Bursary. Holiday club. Worst case. Happy?" end
        return "Bursary. Holiday club. And that one's worst case. I did it so you wouldn't have to."
      end),
      choice { "This is a lot for one evening, Nell. I've had a day you wouldn't believe.", to = "my_day",
               pitfalls = { "hijack" }, closeness = -10,
               coach = "It is a lot, and you have. Now there are two pieces of news and only one of them is getting talked about." },
      choice { "Go on, then. Show me worst case.", to = "worst_case",
               pitfalls = { "shoot_down" }, tension = 10, stress = 10,
               coach = "It's where your head is, and she's willing. Her good day becomes a budget meeting." },
      choice { "Sorry. Close the laptop. I did the money before I did you. You got in, Nell. That's tonight.", to = "you_got_in",
               skills = { "repair", "active_constructive" }, tension = -20, closeness = 10,
               coach = "You saw what was happening and shut the laptop yourself. She laughs, surprised." },
      choice { "*You look at the tabs, then at her.* \"You did all this on your own?\"", to = "the_statement",
               skills = { "appreciate", "curious" }, tension = -10, closeness = 10,
               coach = "You noticed the work under the worry. It's the first time today anyone has." },
    },

    node "nell_needs_air" {
      need = "space",
      narrate "Nell stands up. She puts her phone in her pocket, then takes it out again, then puts it back.",
      say.nell("I'm going out for ten minutes. I'm not storming off. I just wanted one evening where this was good, "
        .. "and I need ten minutes to go and get it back."),
      choice { "Okay. Take your keys. I'll be here.", to = "round_the_block",
               skills = { "give_space", "respect_boundary" }, tension = -30,
               coach = "No conditions, and a promise to be here. She touches your shoulder on the way past." },
      choice { "Please don't go. I'm sorry. Can we just finish it now?", to = "worst_case_tab",
               pitfalls = { "pressure" }, closeness = -10,
               coach = "You wanted it settled, and the sorry is real. She asked for ten minutes and heard a no, so she stays and stops talking." },
      choice { "Fair enough. Go for your walk. I'll sit here on my own with my letter, then.", to = "worst_case_tab",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "Your letter is real. Used like this, it's a reason for her to stay and feel bad." },
      choice { "That was unfair of me. Go. I'll be here when you get back.", to = "round_the_block",
               skills = { "take_responsibility", "give_space" }, calm = true, tension = -40, closeness = 10,
               coach = "You owned your part and let her go, in one breath. She almost doesn't need the walk." },
    },

    node "round_the_block" {
      narrate("The door goes. You sit on the sofa with the letter. After a while you put it on the side, "
        .. "face down, the way she did with her phone."),
      narrate "Twenty minutes. The door goes again. She comes back in with the cold on her coat and a carrier bag from the garage.",
      next = "back_from_the_walk",
    },

    node "back_from_the_walk" {
      need = "reassurance",
      say.nell "I got you a Twix. I've eaten one of the fingers. It was a long block.",
      say.nell "I'm still scared about the money, you know. I'm not daft. I just wanted to be happy first.",
      choice { "*You take the Twix, say ta, and put the telly on. Something with a quiz in it.*", to = "worst_case_tab",
               pitfalls = { "stonewall" }, closeness = -10,
               coach = "Quiet felt safer than starting it again. She eats her half of the Twix at the other end of the sofa." },
      choice { "Sorry. I got it backwards tonight. Congratulations, Nell. Properly this time.", to = "half_a_twix",
               skills = { "repair", "active_constructive" }, closeness = 10, tension = -10,
               coach = "The right words, an hour late, and they still count. She sits down next to you with the carrier bag." },
      choice { "You're happy first. I'll do my worrying on Saturday, with a calculator.", to = "half_a_twix",
               skills = { "accept_influence", "honest" }, tension = -10, said = 10,
               coach = "You let her order of things win, and told her your worry has a day booked. That's a deal she can take." },
    },

    ---------------------------------------------------------------- endings

    ending "a_tab_each" {
      title = "A tab each",
      summary = "You celebrated Nell's place first, told her your worry and your own news when she asked, and agreed to face the money together.",
      narrate("Nell opens the laptop after all. She adds a tab. She calls it YOU and puts a heart in the title, "
        .. "and then a second tab called TUESDAY, which is blank."),
      say.nell "We'll fill that one in on Tuesday. Whatever it says.",
      narrate(function(s)
        if s.closeness >= 70 then
          return "At eleven she falls asleep on your shoulder, still in the lanyard. You don't move for a long time."
        end
        return "At eleven she goes to bed. You sit up a bit longer, and find that the letter is just a letter now."
      end),
    },

    ending "wait_a_year" {
      title = "Wait a year",
      summary = "You celebrated Nell's place, then asked her to defer it until your job was safe, and she said she'd think about it.",
      reflect = "When your worry and someone else's hope pull in different directions, how do you tell a fair ask from a heavy one?",
      say.nell "I'll think about it. I will. I'll think about it.",
      narrate("She takes the letter from you and reads it again, carefully, like a contract. In bed, she scrolls through "
        .. "the university's deferral page with the brightness turned right down."),
      narrate "In the morning the offer email is still starred. So is the deferral page.",
    },

    ending "nice" {
      title = "Nice",
      summary = "Nell got into midwifery; you were pleased for her in a quiet way, and she did her celebrating with her sister on the phone.",
      narrate "She takes the phone to bed and messages Kirsty until late: a long column of exclamation marks.",
      narrate "When she comes out she says, \"Kirsty says congratulations to you too,\" and you're not sure what for.",
    },

    ending "the_sums" {
      title = "We'll be fine",
      summary = "You celebrated Nell's place, and when she asked if anything else was wrong, you kept your letter to yourself.",
      narrate(function(s)
        if s.said >= 20 then
          return "It was a lovely evening. You told her the money scares you. You didn't tell her why it scares you more than she knows."
        end
        return "It was a lovely evening. It really was."
      end),
      narrate(function(s)
        if s.stress >= 50 then
          return "At ten past one you're on your phone in the dark, doing sums on the calculator, twice, with your "
            .. "salary and without it. Nell is asleep, smiling at something."
        end
        return "At one you're still awake, doing sums in your head. Nell is asleep, smiling at something."
      end),
      narrate "The letter is in your bag by the door. Tuesday, 10am. She doesn't know there's a Tuesday.",
    },

    ending "worst_case_tab" {
      title = "The worst-case tab",
      summary = "Nell got into midwifery; the evening turned into a talk about money, and her news got lost in it.",
      reflect = "When a real worry arrives at the same time as someone's good news, what would it take to let it wait an hour?",
      narrate("Nell shuts the laptop and goes to bed. The offer email is still open on her phone on the arm of the sofa, "
        .. "glowing, until the screen goes dark."),
    },

    ending "half_a_twix" {
      title = "Half a Twix",
      summary = "Talk about money got tense and Nell went round the block to cool off; when she came back you made up and celebrated her place, late, with the worry booked in for later.",
      narrate("You share a Twix and a half on the living-room floor at ten at night. Nell tells you the whole day again "
        .. "from the start, and this time you ask about every bit of it, down to the knitted waistcoat."),
      narrate(function(s)
        if s.said >= 10 then
          return "Saturday is in both your calendars now: \"Money. Bring calculator. Bring worst-case face.\""
        end
        return "At some point you say, \"Saturday, then. The money.\" She says, \"Saturday.\" It's a start."
      end),
    },

    ending "her_news_folded" {
      title = "Her news can wait",
      summary = "Nell got into midwifery on the day you got your letter; the evening went to your news, and hers waited.",
      reflect = "On a day when you both have news, how do you decide whose goes first?",
      narrate "Nell is lovely about the letter. She's lovely about it all the way to bed.",
      narrate("She turns the hall light off with the phone still in her hand. In the dark she says, \"Eleven questions. "
        .. "We're ready for Tuesday,\" and she's asleep before you can say anything about September."),
    },
  },
}
