-- Talking Past Each Other
-- Two playable roles. Marta and Theo share a flat above a phone-repair shop on Mansfield Road in
-- Sherwood, Nottingham. Nine nights ago Theo's oldest friend Rory arrived "for the weekend" after his
-- girlfriend ended things by voice note. Rory sleeps on the sofa in the living room, which is
-- also where Marta works three days a week.
--
-- Marta's side: she is direct and fast. She thinks out loud, says the thing, and expects the
-- same back. She has done a work call from the (dry) bath. She likes Rory fine; she needs her
-- desk, and somewhere in the flat that is off duty. When Theo goes quiet she hears "no", or
-- "you're being unreasonable", and speeds up.
-- Theo's side: he is indirect and needs time. He knows what he thinks about an hour after he
-- needs to. He hints ("he's got a viewing Thursday") and expects the hint to be heard. Rory
-- cried in the bath on Saturday; Theo is tired of him too and can't be the one who kicks him
-- out that week. When Marta speeds up, he hears a verdict on his friend, and on him.
-- Neither style is the problem. The scenario is about checking what the other person meant,
-- saying back what you heard, and letting the other person's view change the plan.
--
-- Shape: the kitchen at 8:52 (Marta's pace); Marta's 9:30 call, which gives both of them an hour
-- alone (Theo's pace); then the rest of it. Nodes after the call never lead back before it.
-- A plan has to survive Rory waking up before it counts; a pause till seven has to survive the
-- day; and Marta heading for the sofa gives Theo one chance to ask her not to.
-- State: tension is shared; marta_heard and theo_heard are how heard each one feels; fine marks
-- a "fine" that nobody checked (checking it clears it outright, with set); the rest are flags:
-- texted, Marta texting Rory herself; library, Theo sorting a desk for Marta before anyone asked
-- (these three come back at the end); door, a knock that became a bang; postit, Marta answering
-- Theo's note with one of her own; called, the 9:30 call has happened, so a "great, thanks"
-- after it is where the morning settles (a branch), and before it goes into the call.
-- Choices made during the call never raise tension, so the flooding scene only ever happens face
-- to face.

return scenario {
  id = "talking-past",
  title = "Talking Past Each Other",
  blurb = "Theo's friend has been on the sofa for nine nights. The sofa is Marta's office. Two flatmates, two speeds.",
  minutes = 10,
  setting = "A flat above a phone-repair shop on Mansfield Road, Sherwood, Nottingham. Wednesday, eight minutes to nine. "
    .. "Marta's first call is at half past. Her desk is the living room. In it, asleep, is Rory.",
  notes = {
    "two playable roles: play one side each, or take both in turn",
    "a disagreement between flatmates about a guest who has stayed too long",
    "a friend going through a breakup",
    "an argument that can become heated",
  },
  reflect = "When someone you live with talks at a different speed from you, how do you find out what they meant?",
  cast = { marta = "Marta", theo = "Theo", rory = "Rory" },
  roles = { "marta", "theo" },
  state = {
    tension = { 30, better = "lower", max = 80 },
    marta_heard = { 20, max = 50 },
    theo_heard = { 20, max = 50 },
    fine = { 0, better = "lower", max = 10 },
    texted = false,
    door = false,
    library = false,
    postit = false,
    called = false,
  },
  flooding = { var = "tension", at = 80, to = "theo_needs_time" },
  start = "the_breadbin",
  nodes = {

    ---------------------------------------------------------------- part one: 8:52, Marta's pace

    node "the_breadbin" {
      turn = "marta", need = "honesty",
      narrate("Eight minutes to nine. Marta's laptop is balanced on the breadbin, because the kitchen table has Rory's "
        .. "rucksack on it, and Rory's phone charger, and a jar of peanut butter with a knife standing up in it like a flag."),
      narrate("Through the living-room door: a snore with a little whistle on the end, like a kettle that has given up. "
        .. "Night nine. Marta's first call is at half past. The dog groomers of the East Midlands are waiting."),
      narrate "Theo shuffles in, in his dressing gown, with his eyes mostly shut.",
      say.theo "Morning.",
      choice { "He needs to be gone by Friday. I can't work like this.", to = "by_friday",
               pitfalls = { "demand" }, tension = 20,
               coach = "Clear, and it's been building for nine days. To Theo, before coffee, it arrives as a ruling, not a conversation." },
      choice { "Can I talk to you about Rory before my half nine? It's not a telling-off.", to = "not_a_telling_off",
               skills = { "gentle_startup" }, tension = -10,
               coach = "You said what it was about and what it wasn't. Theo gets a second to put his face on." },
      choice { "Morning. Sleep well? Someone did. On my desk.", to = "sleep_well",
               pitfalls = { "sarcasm" }, tension = 10,
               coach = "It's a good line, and true. Theo has to work out whether it's a joke before he can work out what it's about." },
      choice { "I need the living room back on my work days. That's the whole thing.", to = "the_whole_thing",
               skills = { "name_need", "honest" }, marta_heard = 10,
               coach = "Direct, and it's about your need, not his friend. Fast can be kind when it's this clear." },
    },

    node "by_friday" {
      turn = "theo", need = "heard",
      say.theo "Friday.",
      narrate("Theo puts two slices of bread in the toaster, takes one out, and puts it back. He is thinking about "
        .. "Saturday, when Rory cried in the bath with the taps running so nobody would hear. Theo heard."),
      choice { "Fine. Friday. Whatever you want.", to = "its_fine",
               pitfalls = { "avoid" }, tension = -10, fine = 10,
               coach = "It ends the hard moment, which is what it was for. Marta may hear a yes. It isn't one." },
      choice { "He's just been dumped, Marta. By voice note. So what now?", to = "voice_note",
               pitfalls = { "defensive" }, tension = 10,
               coach = "It's the thing that matters most to you, said as a defence. Marta hears that her problem doesn't count." },
      choice { "What's \"like this\"? The sofa, or him?", to = "like_this",
               skills = { "open_question" }, tension = -10, marta_heard = 10,
               coach = "You asked about her words instead of answering the ruling. Now she gets to say what she meant." },
      choice { "*Fills the kettle. Very slowly. Says nothing.*", to = "kettle_silence",
               pitfalls = { "stonewall" }, tension = 10,
               coach = "You needed a minute and took it, without saying so. To Marta, the silence sounds like an answer." },
    },

    node "not_a_telling_off" {
      turn = "theo", need = "heard",
      say.theo "That's what people say before a telling-off.",
      narrate "But he sits down, on the one chair without Rory's rucksack on it, which for Theo at 8:53 is a real commitment.",
      say.marta("It's the living room. I work in there three days a week. For nine days there's been a man in it. "
        .. "A lovely man. Who whistles."),
      choice { "He's got a viewing on Thursday. He's really looking.", to = "viewing_thursday",
               pitfalls = { "defensive" },
               coach = "For you this says: it's nearly over, please wait. Marta has to decode that, and she's a literal reader." },
      choice { "So your office has had a person in it for nine days.", to = "like_this",
               skills = { "reflect" }, marta_heard = 10, tension = -10,
               coach = "You said back her problem, not your friend's. Marta visibly relaxes a notch." },
      choice { "Is this about the knife in the peanut butter?", to = "the_knife",
               pitfalls = { "minimise" },
               coach = "You went for the small version, hoping that's all it is. It lets her know you might not have heard the big one." },
      choice { "Yeah. Sorry. I didn't think it'd be nine days either.", to = "like_this",
               skills = { "take_responsibility" }, tension = -10, marta_heard = 10,
               coach = "You owned your part without handing over your friend. That's a neat trick at 8:53." },
    },

    node "sleep_well" {
      turn = "theo", need = "heard",
      say.theo "...Is that about Rory?",
      narrate "The snore whistles, as if to confirm.",
      choice { "If you've got something to say, just say it.", to = "say_it_marta",
               pitfalls = { "defensive", "escalate" }, tension = 20,
               coach = "It's fair to want it plain. Said like that, it's a dare, and Marta's never turned down a dare." },
      choice { "Sounds like it's about Rory. Say it properly? I'm listening.", to = "like_this",
               skills = { "open_question", "turn_toward" }, tension = -10,
               coach = "You heard the barb and answered the need under it. She didn't expect that, and it shows." },
      choice { "*Opens the fridge and stares into it for a long time.*", to = "kettle_silence",
               pitfalls = { "stonewall" }, tension = 10,
               coach = "The fridge is where you go to think, and you're thinking. From the breadbin, it looks like being ignored by a man and a fridge." },
      choice { "He's had a really rough week. She dumped him by voice note.", to = "voice_note",
               pitfalls = { "defensive" },
               coach = "True. It answers the question she didn't ask and skips the one she did." },
    },

    node "the_whole_thing" {
      turn = "theo", need = "heard",
      say.marta "On Monday I did a call from the bath. Dry. But the bath. A woman in Loughborough asked if I was in a cave.",
      narrate "Theo looks at her for a long time. Marta has learned this isn't Theo ignoring her. Mostly.",
      choice { "Okay.", to = "its_fine",
               pitfalls = { "avoid" }, fine = 10,
               coach = "You meant: I've heard it, give me time. What came out was one word, and she has to guess the rest." },
      choice { "The bath. God. How long has that been going on?", to = "like_this",
               skills = { "validate", "curious" }, marta_heard = 10, tension = -10,
               coach = "You took the bath seriously, and asked. She gets to say more instead of defending the first bit." },
      choice { "It's only a few days. Could you work in your room?", to = "your_room",
               pitfalls = { "fix_too_soon" }, tension = 10,
               coach = "A real solution, offered before she'd finished. It moves the problem into her bedroom." },
      choice { "I hear you. Can I have till tonight to work out how to say it to him?", to = "till_tonight",
               skills = { "honest", "name_need" }, marta_heard = 10, theo_heard = 10,
               coach = "You need time, and you said so, with an end to it. That's what makes a pause feel like a promise." },
    },

    node "its_fine" {
      turn = "marta", need = "heard",
      narrate "Theo says it the way other people say \"ow\".",
      say.theo "It's fine.",
      choice { "Great. Thank you. Sorted.", to = "half_nine",
               pitfalls = { "turn_away" },
               coach = "You took the word at face value, which is how you'd mean it. Theo doesn't speak your language at 8:55." },
      choice { "That was a very small \"fine\". Is it fine?", to = "the_real_thing",
               skills = { "open_question", "reflect" }, set = { fine = 0 }, theo_heard = 10,
               coach = "You checked the word instead of banking it. Theo looks up, caught, and a bit relieved." },
      choice { "Don't do \"fine\". What do you actually think?", to = "half_nine",
               pitfalls = { "pressure" }, tension = 20,
               coach = "You want the real answer, and fair enough. Asked like a deadline, it's the one thing Theo can't give." },
      choice { "*Pours him a coffee, puts it down in front of him, leans on the counter, and waits.*", to = "the_real_thing",
               skills = { "patience" }, set = { fine = 0 }, tension = -10,
               coach = "You gave him the one thing that works on Theo: a minute with nothing in it." },
    },

    node "voice_note" {
      turn = "marta", need = "heard",
      say.theo "Four minutes long. He played it to me. Twice. She said he \"takes up a lot of room\". Which, I mean. Ironic.",
      narrate "The whistle-snore rises and falls behind the door.",
      choice { "Four minutes. That's grim. Poor Rory.", to = "the_real_thing",
               skills = { "validate" }, theo_heard = 10, tension = -10,
               coach = "You let his friend's bad week be real before yours. It costs you nothing you'll need later." },
      choice { "And? It's been nine days. I'm sorry for him, but I need my living room.", to = "the_real_thing",
               skills = { "name_need" }, pitfalls = { "turn_against" }, tension = 10, marta_heard = 10,
               coach = "Your need, said clearly, which is good. The \"and?\" got there first, and he heard that." },
      choice { "Not my ex, not my friend, not my sofa. Well. Half my sofa.", to = "say_it_theo",
               pitfalls = { "contempt" }, tension = 20,
               coach = "Funny, and it shuts the door on his friend. Theo stops thinking about Rory and starts defending him." },
      choice { "So that's why you haven't told him. Not this week.", to = "the_real_thing",
               skills = { "reflect" }, theo_heard = 10,
               coach = "You guessed at the thing he hadn't said, and said it gently. That's what lets him say the rest." },
    },

    node "kettle_silence" {
      turn = "marta", need = "space",
      narrate("The kettle boils and clicks off. Nobody moves to pour it. Through the wall, Rory turns over, "
        .. "and the sofa makes a noise like a small accordion."),
      choice { "Take your time. I've got till half nine, and then I've got all day.", to = "the_real_thing",
               skills = { "patience" }, tension = -10, theo_heard = 10,
               coach = "Silence, for Theo, is thinking. You gave him room to finish it." },
      choice { "Theo. Hello? It's a yes or no question.", to = "say_it_theo",
               pitfalls = { "pressure" }, tension = 20,
               coach = "For you, silence means something's wrong, so you chase it. He feels the chase and goes further in." },
      choice { "Fine. I'll talk to him myself.", to = "half_nine",
               pitfalls = { "mind_read" }, tension = 10,
               coach = "You decided his silence was a no, and went round it. He hadn't said no. He hadn't said anything yet." },
    },

    node "viewing_thursday" {
      turn = "marta", need = "heard",
      narrate "Theo says it with great meaning. It is not clear to Marta what the meaning is.",
      choice { "Is that \"it's nearly over\", or \"please wait\"? I genuinely can't tell.", to = "the_real_thing",
               skills = { "open_question" }, theo_heard = 10, tension = -10,
               coach = "You checked what the hint meant instead of answering its surface. He laughs, a bit: \"Both\"." },
      choice { "A viewing isn't a moving date, Theo. I've had viewings. I've had eleven viewings.", to = "say_it_theo",
               pitfalls = { "shoot_down" }, tension = 10,
               coach = "Accurate. It also tells him the one hopeful thing he had isn't worth anything." },
      choice { "Oh, good. Sorted, then.", to = "half_nine",
               pitfalls = { "turn_away" }, fine = 10,
               coach = "You took the hint as a plan. It wasn't one, and now neither of you knows that." },
    },

    node "like_this" {
      turn = "marta", need = "honesty",
      say.marta(function(s)
        if s.tension >= 50 then return "Fine. Okay. Here's what it's actually like." end
        return "Okay. Here's what it's actually like."
      end),
      narrate "Marta opens her mouth to list things. The list is long: the charger, the knife, the whistle, the bath. She picks one.",
      choice { "It's not the calls. Nowhere's off duty. I'm homesick in my own home.", to = "the_real_thing",
               skills = { "be_vulnerable" }, marta_heard = 10, tension = -10,
               coach = "You skipped the evidence and said what it's like to live with. Theo understands that faster than a list." },
      choice { "Him. At my desk. All day. That's it.", to = "the_real_thing",
               skills = { "honest" }, marta_heard = 10,
               coach = "Short and true. Theo can work with short and true." },
      choice { "You know what I mean.", to = "half_nine",
               pitfalls = { "mind_read", "avoid" },
               coach = "He asked, which is rare for Theo at nine. You assumed he knew, and he's left holding the guesswork." },
      choice { "Like a hostel, Theo. Like I live in a hostel with a man who whistles when he snores.", to = "say_it_theo",
               pitfalls = { "criticism", "escalate" }, tension = 20,
               coach = "It's vivid, and partly right. Said about his friend, it's an attack he has to answer." },
    },

    node "the_knife" {
      turn = "marta", need = "honesty",
      narrate "Both of them look at the knife. It stands in the peanut butter with enormous confidence.",
      choice { "It's not the knife. Though, also, the knife. It's my desk, Theo.", to = "the_real_thing",
               skills = { "honest" }, marta_heard = 10, tension = -10,
               coach = "You corrected him, kindly, and let the joke do some of the work. He gets the real thing without a fight." },
      choice { "Oh my God. Yes, Theo. It's the knife. Nine days and it's the knife.", to = "say_it_theo",
               pitfalls = { "sarcasm", "contempt" }, tension = 20,
               coach = "He got it wrong, and you let him know how wrong. Now he's embarrassed, which comes out as cross." },
      choice { "Kind of. It's a lot of little things. Never mind.", to = "half_nine",
               pitfalls = { "avoid" }, fine = 10,
               coach = "You backed off so it wouldn't be a thing. It's still a thing; it's just a quieter one." },
    },

    node "your_room" {
      turn = "marta", need = "honesty",
      say.marta "My room is a bed and a wardrobe. I'd be on a call from my pillow. Loughborough already thinks I live in a cave.",
      choice { "I need a desk three days a week. That's the ask.", to = "the_real_thing",
               skills = { "clear_request" }, marta_heard = 10, tension = -10,
               coach = "You turned a complaint into something he can say yes to. It's smaller than \"get rid of him\", and more useful." },
      choice { "Sure. And he can have my bed as well, while we're at it.", to = "say_it_theo",
               pitfalls = { "sarcasm" }, tension = 20,
               coach = "Fair frustration, with a bite. Theo hears that his suggestion was stupid, not why it doesn't work." },
      choice { "Fine. I'll manage.", to = "half_nine",
               pitfalls = { "avoid" },
               coach = "You gave up the point to keep the peace. Theo believes you; you don't." },
    },

    node "till_tonight" {
      turn = "marta", need = "space",
      say.theo "I'm not dodging. I just need to work out what I think before I say it. I'm slow. You know I'm slow.",
      choice { "Tonight's fine. Seven? I'll get wine. The cheap one, with the goat on.", to = "half_nine",
               skills = { "patience", "respect_boundary" }, theo_heard = 10, tension = -10,
               coach = "He asked for time with an end to it, and you gave it without a fee. That's how he'll come back." },
      choice { "Why can't you just say it this morning? It's one sentence.", to = "say_it_theo",
               pitfalls = { "pressure" }, tension = 20,
               coach = "For you it is one sentence. For Theo it's a friend in a bath, and he hasn't found the sentence yet." },
      choice { "Tonight. And if you haven't by then, I will.", to = "half_nine",
               pitfalls = { "demand" }, tension = 10,
               coach = "A deadline you can both see, which is useful. The threat on the end turns it into a countdown." },
    },

    node "say_it_marta" {
      turn = "marta", need = "reassurance",
      narrate "Theo has said something sharp, which he almost never does. It sits on the counter between them, next to the knife.",
      choice { "Okay. Fair. I came in sideways. I'll say it straight: I need my desk back.", to = "the_real_thing",
               skills = { "take_responsibility", "name_need" }, tension = -20, marta_heard = 10,
               coach = "You owned the sideways start and gave him the plain version. He can answer that one." },
      choice { "Fine. He's been here nine days and I'm sick of it. Sick of him. Straight enough?", to = "theo_needs_time",
               pitfalls = { "escalate" }, tension = 20,
               coach = "He asked for plain and got plain, at full volume. Plain and loud isn't the same as clear." },
      choice { "*Stops. Breathes out.* \"Sorry. That was a bad start. Can I have another go?\"", to = "the_real_thing",
               skills = { "repair", "pause" }, tension = -10,
               coach = "You heard your own opener from the outside and went back for it. Theo unfolds his arms." },
    },

    ---------------------------------------------------------------- the call: both of you, alone

    node "half_nine" {
      narrate(function(s)
        if s.tension >= 50 then
          return "9:28. Marta's laptop chirps: \"Your call starts in 2 minutes.\" She takes it into the bathroom without a word and climbs into the dry bath."
        end
        return "9:28. Marta's laptop chirps: \"Your call starts in 2 minutes.\" \"Sorry. Bath,\" she says, and goes to climb into it."
      end),
      narrate "Theo is left in the kitchen with a cold coffee, a peanut-butter knife and a sleeping man. He has an hour. So does she.",
      next = "on_the_call",
    },

    node "on_the_call" {
      turn = "marta", need = "space",
      narrate("In the bath, Marta is on mute while a groomer from Mansfield explains, at length, a problem with "
        .. "poodle bookings. Her phone is in her other hand. Theo is thirty feet away, through two doors."),
      choice { "*Texts Theo:* \"Sorry I went at you. Talk after this? No rush till then.\"", to = "theo_alone", called = true,
               skills = { "repair", "patience" }, tension = -20, theo_heard = 10,
               coach = "A few words, sent while he's still in the kitchen deciding what you meant. It changes what he decides." },
      choice { "*Texts Theo:* \"We need to sort this TODAY.\"", to = "theo_alone", called = true,
               pitfalls = { "pressure" }, theo_heard = -10,
               coach = "True, and in capitals. Theo reads it three times and starts composing a reply he won't send." },
      choice { "*Leaves the phone face down on the side of the bath and gives him the whole hour.*", to = "theo_alone", called = true,
               skills = { "give_space" }, tension = -10,
               coach = "You let him have his speed for an hour. It's not your speed, and it's his way of getting to the same place." },
      choice { "*Texts Rory:* \"Hi! When do you think you'll be moving on? No pressure!! x\"", to = "theo_alone", called = true,
               pitfalls = { "avoid", "pressure" }, texted = true,
               coach = "Direct, at last, with the person it's about. It also goes round Theo, which he's going to find out." },
    },

    node "theo_alone" {
      turn = "theo", need = "honesty",
      narrate(function(s)
        if s.texted then
          return "The kitchen. The whistle-snore. On the floor by the sofa, Rory's phone buzzes once, face up. Rory doesn't stir. Theo doesn't pick it up. He can see from here that it's from Marta."
        end
        return "The kitchen. The whistle-snore. The toast Theo made at 8:53 is still in the toaster, cold, as if waiting to be called as a witness."
      end),
      choice { "*Sits with the coffee and the back of an envelope, and works out what he actually thinks.*", to = "the_envelope",
               skills = { "pause", "honest" }, theo_heard = 10,
               coach = "This is your way: slow, and on paper. You're getting ready to say it, which is different from hiding." },
      choice { "*Writes a Post-it:* \"Sorry about the sofa. T x\" *and sticks it on her laptop.*", to = "the_post_it",
               pitfalls = { "avoid" },
               coach = "For you it's a real apology and an opening. For Marta it's a riddle on a sticky note." },
      choice { "*Goes back to bed. Pulls the duvet over his head.*", to = "closed_door",
               pitfalls = { "stonewall" }, marta_heard = -10,
               coach = "You're overwhelmed, and bed is the nearest quiet place. From outside, the closed door says \"not talking\"." },
      choice { "*Wakes Rory and asks him to spend the day at Sherwood library.*", to = "the_envelope",
               skills = { "support", "clear_request" }, library = true, marta_heard = 10, tension = -10,
               coach = "A direct move from you, for once, and a practical one: Marta gets her desk today, before the big talk." },
    },

    node "the_envelope" {
      narrate(function(s)
        if s.library then
          return "10:31. The living room is empty. The sofa has been turned back into a sofa. Rory has gone to the library with a lasagne-shaped apology in his head. Theo is at the kitchen table with an envelope."
        end
        return "10:31. Marta comes out of the bath with the laptop under her arm. Theo is at the kitchen table with an envelope, and Rory is still asleep."
      end),
      say.theo "I worked out what I think. It's on here. It's in the wrong order. Can I just read it?",
      say.theo(function(s)
        if s.texted then
          return "Also, Rory's phone went off while you were on your call. I didn't read it. I think you should know I know, though."
        end
        return ""
      end),
      say.theo "One. He cried in the bath on Saturday. With the taps on, so I wouldn't hear. Two. I'm tired of him too. He talks till two in the morning about her.",
      say.theo "Three. I can't be the one who kicks him out the week she dumped him. Four. That's not fair on you, and I know it isn't.",
      next = "both_true",
    },

    node "the_post_it" {
      turn = "marta", need = "reassurance",
      narrate("10:31. Marta comes out of the bath. There's a yellow Post-it on her laptop lid: \"Sorry about the sofa. T x\". "
        .. "Theo's door is shut. Rory is still asleep."),
      narrate "She reads it twice. It is definitely an apology. It is not clear what it's an apology for, or whether it's the end of the conversation.",
      choice { "*Knocks on his door.* \"Is this a sorry-and-that's-it, or a sorry-and-let's-talk? Genuinely asking.\"", to = "the_real_thing",
               skills = { "open_question" }, theo_heard = 10, tension = -10,
               coach = "You asked what the note meant instead of deciding. He opens the door straight away, relieved you asked." },
      choice { "*Writes underneath:* \"Sorry about the living room. M x\" *and sticks it on his door.*", to = "post_it_reply", postit = true,
               pitfalls = { "sarcasm" },
               coach = "It's funny, and it's a reply in his own language. It's also the opening shot of a war fought in stationery." },
      choice { "*Takes it to him.* \"Thank you for this. I'm terrible at notes. Talk to me?\"", to = "the_real_thing",
               skills = { "appreciate", "gentle_startup" }, theo_heard = 10, tension = -10,
               coach = "You took his bid the way he meant it, then asked for it in yours. Both of those count." },
      choice { "*Screws it up, drops it in the recycling, goes back to work on the breadbin.*", to = "post_it_reply",
               pitfalls = { "turn_away", "contempt" },
               coach = "You read it as a dodge, which it partly was. He'll find it in the recycling, which is worse than any reply." },
    },

    node "post_it_reply" {
      turn = "theo", need = "heard",
      narrate(function(s)
        if s.postit then
          return "Eleven o'clock. Theo opens his door and finds a Post-it on it at eye level: \"Sorry about the living room. M x\". He reads it four times. It gets less friendly every time."
        end
        return "Eleven o'clock. Theo goes to put a teabag in the recycling and finds his Post-it in there, screwed up, on top of Rory's pizza box."
      end),
      narrate "Marta is back at the breadbin, typing as if the keyboard owes her money.",
      choice { "That note was a rubbish way to say it. Let me have another go, out loud.", to = "the_real_thing",
               skills = { "repair", "take_responsibility" }, tension = -10, marta_heard = 10,
               coach = "You went to her speed for once: out loud, in the same room. She stops typing." },
      choice { "*Writes another one:* \"Which bit of the living room? The bit with my friend in it? T\" *and sticks it on her laptop.*", to = "post_it_war",
               pitfalls = { "sarcasm", "escalate" },
               coach = "It's a fair point, and it's a good line. On a Post-it it's also the second shot in a war fought in stationery." },
      choice { "*Puts the Post-it in his pocket and makes a tea. One tea.*", to = "post_it_war",
               pitfalls = { "stonewall" },
               coach = "You've got nothing to say that won't come out wrong, so you say nothing. One tea says it for you." },
    },

    ---------------------------------------------------------------- the rest of it

    node "closed_door" {
      turn = "marta", need = "space",
      narrate(function(s)
        if s.tension >= 50 then return "Theo's door is shut. Properly shut, with the towel along the bottom, which means something. Rory whistles on." end
        return "Theo's door is shut. Rory whistles on. The flat feels like a waiting room."
      end),
      choice { "*Knocks, gently.* \"Ten minutes? I was too fast earlier.\"", to = "the_real_thing",
               skills = { "repair", "gentle_startup" }, tension = -10, theo_heard = 10,
               coach = "You named your speed as the problem, not his silence. The door opens." },
      choice { "*Bangs on the door.* \"We're doing this now, Theo. I mean it. Now.\"", to = "theo_needs_time",
               pitfalls = { "pressure", "demand" }, tension = 30, door = true,
               coach = "You want it over, and a shut door feels like a wall. Banging on it makes it one." },
      choice { "*Slides a note under his door:* \"Seven tonight? Wine. M\"", to = "the_long_day",
               skills = { "give_space", "clear_request" }, tension = -10, theo_heard = 10,
               coach = "You met him in his language, notes and time, with a clear time in it. The note comes back under with a tick on it." },
      choice { "*Goes to the living room to wake Rory herself.*", to = "to_the_sofa",
               pitfalls = { "mind_read" },
               coach = "Fast and effective, and it goes round Theo. He hears her in the hall, through his door." },
    },

    node "say_it_theo" {
      turn = "theo", need = "reassurance",
      narrate "It's got sharp. Theo can feel the heat in his face, and the sentence he'd normally swallow is coming up.",
      choice { "Sorry. I'm not awake and I'm getting defensive. Let me start again.", to = "fresh_start",
               skills = { "repair", "take_responsibility" }, tension = -10,
               coach = "You named what you were doing while you were doing it. That's harder than it sounds at nine in the morning." },
      choice { "Right. Let's talk about Jonno's bike in the hall, then. Three weeks.", to = "counter",
               pitfalls = { "escalate" }, tension = 20,
               coach = "A real grievance you've been sitting on. Brought out now, it's ammunition, not information." },
      choice { "*Puts his mug down.* \"I need a break from this. It's not a dodge.\"", to = "theo_needs_time",
               skills = { "pause", "honest" },
               coach = "You stopped before you said the thing you'd regret, and said why. That's not a retreat." },
      choice { "*Takes his coffee to his room and shuts the door.*", to = "closed_door",
               pitfalls = { "stonewall" }, tension = 10,
               coach = "You stepped out before it got worse. To Marta, it's a door, and no explanation." },
    },

    node "counter" {
      turn = "marta", need = "heard",
      narrate "Something Theo has been sitting on for a while is out now. Marta's face does the thing it does just before she says something fast.",
      choice { "...Yeah. Fair. The bike's been there three weeks. Sorry. I'll move it.", to = "the_real_thing",
               skills = { "take_responsibility" }, tension = -20, theo_heard = 10,
               coach = "You let him be right about the thing he was right about. Suddenly it's harder for either of you to stay cross." },
      choice { "Oh, so this is my fault now? The bike is not a person, Theo. The bike doesn't whistle.", to = "theo_needs_time",
               pitfalls = { "defensive" }, tension = 20,
               coach = "True: the bike doesn't whistle. But he finally said something straight, and it got batted back." },
      choice { "Has that been bugging you? For three weeks?", to = "the_real_thing",
               skills = { "curious" }, theo_heard = 10, tension = -10,
               coach = "You got curious about the thing he never says, instead of beating it. He tells you: he did say. Once. Quietly." },
    },

    node "fresh_start" {
      turn = "marta", need = "reassurance",
      say.theo "Start again. Okay. I'm listening. I'm just slow. You know I'm slow.",
      choice { "Me too. I came in like a fire alarm. Sorry.", to = "the_real_thing",
               skills = { "repair", "take_responsibility" }, tension = -10, theo_heard = 10,
               coach = "He went first, and you met him. Two small apologies are worth more than one big one." },
      choice { "You're not slow. Why do you never actually say anything? About anything?", to = "counter",
               pitfalls = { "criticism", "always_never" }, tension = 20,
               coach = "Half a compliment, and the other half a verdict on who he is. He hears the verdict." },
      choice { "Short version: I need my desk back. What do you need?", to = "the_real_thing",
               skills = { "name_need", "open_question" }, marta_heard = 10,
               coach = "Your need, plainly, and a question that leaves room for his. That's the whole trick." },
    },

    node "the_real_thing" {
      turn = "theo", need = "honesty",
      narrate(function(s)
        if s.theo_heard >= 40 then return "Theo sits with it for a moment. It's a good moment: nobody is waiting for him to be faster." end
        if s.tension >= 50 then return "Theo looks at the floor. There's a thing he hasn't said, and the room doesn't feel very safe for it." end
        return "Theo looks at the toaster for a while, which is what Theo does instead of going \"um\"."
      end),
      narrate("There are three things he hasn't said. Rory cried in the bath on Saturday. Theo is tired of him too. "
        .. "And he can't be the one who kicks him out the week she dumped him."),
      choice { "He cried in the bath on Saturday. I'm tired of him too. But I can't be the one who kicks him out this week.", to = "both_true",
               skills = { "be_vulnerable", "honest" }, marta_heard = 10, theo_heard = 10, tension = -10,
               coach = "All three, plainly, which you almost never do. Marta goes completely still, listening." },
      choice { "It's fine. He'll be gone soon. I'll have a word.", to = "vague",
               pitfalls = { "avoid" }, fine = 10,
               coach = "Kind to everyone for about ten minutes. It keeps all three things inside, where they've been for nine days." },
      choice { "Can we say Sunday? And I tell him, myself, my way?", to = "sunday_ask",
               skills = { "clear_request" }, marta_heard = 10,
               coach = "A date and a method, from you. It skips the why, which Marta may ask about, and that's alright." },
      choice { "And honestly, Marta, you're not that easy to live with at nine in the morning either.", to = "counter",
               pitfalls = { "criticism" }, tension = 20,
               coach = "Maybe true. It turns a talk about Rory into a talk about her, and she didn't come in ready for that one." },
    },

    node "sunday_ask" {
      turn = "marta", need = "heard",
      narrate "Theo has skipped the why and gone straight to a date. For Theo, that is practically shouting.",
      choice { "Sunday. Your way. Deal.", to = "rory_wakes",
               skills = { "accept_influence" }, theo_heard = 10, tension = -10,
               coach = "He made a plan, which is hard for him, and you took it as it came. It gets to be his." },
      choice { "Deal. And on my work days till then, can he be somewhere else?", to = "rory_wakes",
               skills = { "accept_influence", "clear_request" }, marta_heard = 10,
               coach = "You took his date and added the one thing you need before it. He says Sherwood library, straight away." },
      choice { "Sunday's four days away. Friday.", to = "its_fine_ending",
               pitfalls = { "override_no" }, fine = 10, tension = 10,
               coach = "Four days is a long time at the breadbin. He'd found a date he could manage, and heard it bargained down." },
      choice { "Why Sunday, though? Why not just tell him today and get it over with?", to = "say_it_theo",
               pitfalls = { "pressure" }, tension = 20,
               coach = "A fair question, asked as a push. He had a reason, and now he has to defend it instead of giving it." },
    },

    node "both_true" {
      turn = "marta", need = "heard",
      say.theo(function(s)
        if s.tension >= 50 then return "So. That's where I am." end
        return "So that's it. That's where I am."
      end),
      narrate "Behind the door, Rory, or the sofa, sighs.",
      choice { "So you're tired of him too, and you can't be the one who says it. Not this week.", to = "the_plan",
               skills = { "reflect" }, theo_heard = 10, tension = -10,
               coach = "You said it back, slowly, his words not yours. He nods like someone putting a heavy bag down." },
      choice { "Sunday, then. And you tell him, your way. I won't say a thing.", to = "the_plan",
               skills = { "accept_influence", "respect_boundary" }, theo_heard = 10,
               coach = "His timing and his method, and you agreed to both. That's what letting someone's view change the plan looks like." },
      choice { "Then I'll tell him. I don't mind being the baddie. Problem solved.", to = "i_will",
               pitfalls = { "fix_too_soon" }, tension = 10,
               coach = "Generous, honestly: you'd take the hard bit. It also solves a problem he didn't ask you to solve." },
      choice { "He'll be fine. People get dumped. He's thirty-one.", to = "the_plan",
               pitfalls = { "minimise" }, theo_heard = -10, tension = 10,
               coach = "Probably true about Rory. It skips what Theo just told you about himself." },
    },

    node "i_will" {
      turn = "theo", need = "honesty",
      say.marta "Seriously. I'll do it nicely. I'll make it about the calls. He'll barely notice.",
      choice { "You'd be kind. But he's my friend. It has to be me.", to = "marta_hears_no",
               skills = { "name_need", "honest" }, theo_heard = 10,
               coach = "A no, with a reason, and a compliment in it. Marta can hear a no like that." },
      choice { "Fine. Go on, then. You're better at this than me. You're better at all of it.", to = "marta_tells_rory",
               pitfalls = { "avoid" }, fine = 10,
               coach = "It's a relief to hand it over, and she is better at it. You'll mind later that it wasn't you." },
      choice { "You'd enjoy that, wouldn't you.", to = "counter",
               pitfalls = { "contempt" }, tension = 20,
               coach = "Her offer was real, and you answered the worst version of it. She feels that." },
    },

    node "marta_hears_no" {
      turn = "marta", need = "heard",
      narrate "Marta has a speech ready about why it's quicker if she does it. She can feel it lining up.",
      choice { "Okay. Yours. I'll stay out of it.", to = "the_plan",
               skills = { "accept_influence" }, theo_heard = 10, tension = -10,
               coach = "Quicker isn't always the point. You let his no stand, and he'll remember that." },
      choice { "I'll just do it. Honestly, it's quicker, and I don't mind being the baddie. You'll thank me.", to = "marta_tells_rory",
               pitfalls = { "override_no" }, tension = 10,
               coach = "Probably it is quicker. He said no, with a reason, and the reason got stepped over." },
      choice { "Okay. Can I ask for one thing, then? A date. So I know it's real.", to = "the_plan",
               skills = { "accept_influence", "clear_request" }, marta_heard = 10,
               coach = "You accepted his no and asked for the thing you actually need from it. Fair on both of you." },
    },

    node "the_plan" {
      turn = "theo", need = "reassurance",
      say.marta(function(s)
        if s.marta_heard >= 40 then return "Okay. So what happens now? I'm asking, not telling." end
        return "Okay. So what actually happens now?"
      end),
      choice { "Tonight, after his lasagne. And Thursday and Friday he's at the library, so you've got your desk.", to = "rory_wakes",
               skills = { "clear_request", "support" }, marta_heard = 10,
               coach = "A when, a how, and something for her before any of it. That's what \"real\" looks like to Marta." },
      choice { "I'll have a word at some point. This week. Soon.", to = "vague",
               pitfalls = { "avoid" }, fine = 10,
               coach = "You mean it. \"Soon\" is a word that means something different to each of you." },
      choice { "Can you be in the kitchen when I tell him? Not saying anything. Just there.", to = "rory_wakes",
               skills = { "be_vulnerable", "clear_request" }, marta_heard = 10, theo_heard = 10,
               coach = "You asked for help in a way she can actually give. She says yes before you've finished." },
      choice { "Sunday's too soon. End of next week?", to = "next_week",
               skills = { "honest" },
               coach = "Honest about what you can do. It's a counter-offer, and she gets to have a view on it." },
    },

    node "vague" {
      turn = "marta", need = "heard",
      narrate "\"Soon\". Marta turns the word over. In her family \"soon\" means today. In Theo's, she has learned, it can mean Easter.",
      choice { "What does \"soon\" look like? Tonight? Weekend?", to = "the_plan",
               skills = { "open_question" }, theo_heard = 10,
               coach = "You asked him to translate instead of assuming. It isn't nagging; it's checking." },
      choice { "Great. Thanks.", to = branch { { "its_fine_ending", when = function(s) return s.called end }, "half_nine" },
               pitfalls = { "turn_away" },
               coach = "You took \"soon\" in your meaning. He took \"great\" in his. You've each agreed to something different." },
      choice { "Tonight, Theo. Tonight, or I'll do it myself, and I'll do it nicely.", to = "i_will",
               pitfalls = { "demand" }, tension = 20,
               coach = "You got a date out of it, by force. He heard the \"or\" louder than the \"tonight\"." },
    },

    node "next_week" {
      turn = "marta", need = "heard",
      say.theo "I know that's longer than you want. He's got the viewing Thursday, and if it comes off he can move the week after.",
      choice { "Okay. End of next week, and he does my work days at the library.", to = "rory_wakes",
               skills = { "accept_influence", "clear_request" }, theo_heard = 10, marta_heard = 10,
               coach = "You took his timing and added the thing that makes it bearable for you. A trade, not a surrender." },
      choice { "No. Sunday. I've been patient for nine days.", to = "its_fine_ending",
               pitfalls = { "override_no" }, fine = 10, tension = 10,
               coach = "You have been patient, and it's been hard. He hears that his reason didn't move anything, and says \"fine\"." },
      choice { "Next week? You said that about the bins in March.", to = "counter",
               pitfalls = { "always_never", "sarcasm" }, tension = 20,
               coach = "The bins were a real disappointment. Brought in here, it's evidence in a trial he didn't know was on." },
    },

    node "rory_wakes" {
      turn = "theo", need = "reassurance",
      narrate(function(s)
        if s.library then
          return "The front door. Rory, back from the library already, because his charger is still on the kitchen table, where it has lived for nine days."
        end
        return "The living-room door opens. Rory, wearing the duvet like a cape, hair flat on one side, beaming."
      end),
      say.rory(function(s)
        if s.texted then return "Morning, guys! Marta, got your text, I'm on it. Ooh. Is this a meeting? Is it about me?" end
        return "Morning, guys! Ooh. Is this a meeting? Is it about me?"
      end),
      narrate "He's joking. Mostly. Marta looks at Theo: his friend, his call. The plan is about four minutes old.",
      choice { "Bit about you. Nothing bad. Proper talk tonight, over your lasagne.", to = "sunday_lasagne",
               skills = { "honest", "gentle_startup" }, marta_heard = 10,
               coach = "You told him a talk was coming without having it in a duvet at nine in the morning. Marta breathes out: the plan is real." },
      choice { "Yeah, mate, it's about the knife. The knife in the peanut butter. We've had a whole meeting about it.", to = "after_rory",
               pitfalls = { "avoid" }, fine = 10,
               coach = "A good joke, and Rory laughs. It gets everyone out of the moment, including the thing you'd just promised Marta." },
      choice { "*Looks at Marta, eyebrows up, so she'll say it.*", to = "the_look",
               pitfalls = { "avoid", "mind_read" },
               coach = "You'd half decided she'd want to do it. She hadn't said so, and now she's holding your friend's bad news in front of him." },
    },

    node "the_look" {
      turn = "marta", need = "honesty",
      narrate "Rory looks from one of them to the other, still smiling, like a man who has walked in on a surprise party and hopes it's his.",
      choice { "Theo's got something he wants to talk to you about tonight. Nothing awful. Theo'll tell you.", to = "sunday_lasagne",
               skills = { "gentle_startup", "accept_influence" }, theo_heard = 10,
               coach = "You didn't take it off him, and you didn't let it vanish either. Theo nods, and it's his again." },
      choice { "Honestly, Rory? It's been nine days and I need my living room back. Sorry. It's not you, it's the sofa.", to = "marta_tells_rory",
               pitfalls = { "mind_read" },
               coach = "He did look at you, and it's all true. But a look isn't a yes, and it was Theo's friend and Theo's plan." },
      choice { "Nope! No meeting! Coffee?", to = "its_fine_ending",
               pitfalls = { "avoid" }, fine = 10,
               coach = "Easy and bright, and the plan is back where it was at 8:52. Both of you are now being very nice to Rory." },
    },

    node "after_rory" {
      turn = "marta", need = "honesty",
      narrate "Rory takes his coffee into the shower, singing. The bathroom door shuts. The kitchen is very quiet.",
      say.theo(function(s)
        if s.theo_heard >= 40 then return "I know. I know. I just couldn't, not in the duvet. Tonight. I will." end
        return "Tonight. I will. It's just... he was in a duvet."
      end),
      choice { "Was that a not-now, or a not-at-all? I can live with not-now.", to = "sunday_lasagne",
               skills = { "open_question", "patience" }, theo_heard = 10,
               coach = "You asked which kind of dodge it was, and left room for the kind you can live with. He says \"not now\", and means tonight." },
      choice { "Nine days, and you bottled it in nine seconds. Honestly, that's almost impressive.", to = "post_it_war",
               pitfalls = { "contempt" },
               coach = "Funny, and it lands. He takes his coffee to his room, and the next thing you hear from him is on a Post-it." },
      choice { "*Says nothing. Takes her laptop back to the breadbin.*", to = "its_fine_ending",
               pitfalls = { "avoid" }, fine = 10,
               coach = "You've said it once already. The silence means \"I'm disappointed\" to you and \"okay, fine\" to him." },
      choice { "Okay. Tonight. Want me in the kitchen when you do it?", to = "sunday_lasagne",
               skills = { "support", "offer_not_impose" }, theo_heard = 10,
               coach = "You believed his \"tonight\", and offered something that makes it easier to keep. He says yes, please." },
    },

    node "theo_needs_time" {
      turn = "marta", need = "space",
      narrate(function(s)
        if s.door then return "The door opens. Theo is standing there in his dressing gown, very still. His ears have gone red, which happens about twice a year." end
        return "Theo goes very still. His ears have gone red, which happens about twice a year."
      end),
      say.theo "I can't do this now. Not with him through the wall, not with you going this fast. I'm not dodging. I'll say it all, I promise. Seven o'clock?",
      choice { "Seven. I'll be here.", to = "the_long_day",
               skills = { "give_space", "respect_boundary" }, tension = -30, theo_heard = 10,
               coach = "He asked for a pause with an end to it, and you said yes with no fee. That's what makes seven o'clock happen." },
      choice { "*Breathes out.* \"I came at you like a fire alarm. Sorry. Seven.\"", to = "the_long_day",
               skills = { "take_responsibility", "give_space" }, tension = -40, theo_heard = 10,
               coach = "You owned your speed and gave him his, in one breath. He looks up, surprised, and grateful." },
      choice { "No. Now. I've got a man asleep on my desk and a call in ten minutes, Theo.", to = "to_the_sofa",
               pitfalls = { "pressure", "override_no" },
               coach = "Both true. He asked for a pause and got a no, and you're already on your way to the sofa." },
      choice { "Fine. I'll sort it myself, like always.", to = "to_the_sofa",
               pitfalls = { "always_never", "turn_against" },
               coach = "It's how it feels. \"Like always\" makes his one request into a pattern, and you're already at the living-room door." },
    },

    node "to_the_sofa" {
      turn = "theo", need = "honesty",
      narrate("Marta is at the living-room door with her hand on the handle. Through it: the whistle, in and out, "
        .. "like someone slowly letting down a lilo."),
      narrate "Theo sees where she's going. He has about three seconds. For Theo, three seconds is nothing. He tries to use them anyway.",
      choice { "Marta. Please don't. He's my friend. Give me till seven.", to = "marta_at_the_door",
               skills = { "name_need", "honest" }, tension = -10,
               coach = "Fast, for you, and plain: what you need and why. She stops, with her hand still on the handle." },
      choice { "Fine. Go on, then. You're going to anyway. You always do, with everything.", to = "hand_on_the_handle",
               pitfalls = { "always_never", "mind_read" }, fine = 10,
               coach = "It's how it feels from here, and it's a way of not asking. She hears permission, and opens the door." },
      choice { "*Puts his headphones on and turns something up, loud.*", to = "hand_on_the_handle",
               pitfalls = { "stonewall" }, fine = 10,
               coach = "Headphones are where you go to not be in the room. Under the music, the living-room door opens." },
    },

    node "hand_on_the_handle" {
      turn = "marta", need = "honesty",
      narrate(function(s)
        if s.fine >= 10 then
          return "Behind her, nothing else from Theo. Through the door, the whistle goes in and out. Her hand is on the handle, and the handle is cold."
        end
        return "Her hand is on the handle, and the handle is cold."
      end),
      choice { "*She lets go.* \"That wasn't a yes, was it. Seven, then. Your way.\"", to = "the_long_day",
               skills = { "accept_influence", "repair" }, tension = -20, theo_heard = 10,
               coach = "You heard the \"fine\" for what it was and didn't take it as permission. He takes his headphones off." },
      choice { "*She comes back to the kitchen.* \"I'm going too fast. What do you need?\"", to = "the_long_day",
               skills = { "take_responsibility", "open_question" }, tension = -10,
               coach = "You stopped at the door and went back for him. He needs until seven, it turns out, and says so." },
      choice { "You said go on. So I'm going.", to = "marta_tells_rory",
               pitfalls = { "pressure" },
               coach = "Technically he did. He'd asked for seven o'clock first, and this takes the word he said last instead." },
      choice { "*She opens the door.* \"Rory? Sorry. Have you got a minute?\"", to = "marta_tells_rory",
               pitfalls = { "override_no" },
               coach = "Kind to Rory, and quick. Theo asked for seven, and the door opened at twenty past nine." },
    },

    node "marta_at_the_door" {
      turn = "marta", need = "heard",
      narrate "Theo has never asked Marta for anything in that voice. She isn't sure he's ever asked her for anything.",
      choice { "*Lets go of the handle.* \"Seven. I'm holding you to it.\"", to = "the_long_day",
               skills = { "accept_influence", "respect_boundary" }, tension = -20, theo_heard = 10,
               coach = "His first clear ask all morning, and it changed your plan. That's what lets him ask again next time." },
      choice { "Okay. Sorry. I've been a fire alarm all morning.", to = "the_long_day",
               skills = { "take_responsibility", "repair" }, tension = -20,
               coach = "You owned your speed without giving up your need. He laughs, a bit: \"A nice fire alarm.\"" },
      choice { "*Opens the door anyway.* \"Rory? Sorry. Can I have a quick word about the living room?\"", to = "marta_tells_rory",
               pitfalls = { "override_no" },
               coach = "Quick, and kind to Rory, and done. Theo asked you not to, with a reason, and watched you do it." },
      choice { "Seven means next week, Theo. I know you. I've lived with you long enough.", to = "marta_tells_rory",
               pitfalls = { "mind_read" },
               coach = "You've earned your doubts. This time he'd given you a time, and you told him what he really meant by it." },
    },

    node "the_long_day" {
      turn = "theo", need = "reassurance",
      narrate("Seven o'clock, then. The flat goes quiet, apart from the whistle. Marta works from the bath, where the Wi-Fi "
        .. "is bad and the acoustics are excellent."),
      narrate "Theo has until seven. It's the most time anyone has ever given him to think about anything, and he can feel it ticking.",
      choice { "*Sits at the kitchen table with an envelope and writes it all down, in the wrong order.*", to = "seven_oclock",
               skills = { "pause", "honest" }, theo_heard = 10,
               coach = "You used the time for what you asked for it for. By four o'clock the envelope has four numbered points and a lot of crossings-out." },
      choice { "*Texts Marta, in the bath:* \"still 7. not dodging. T\"", to = "seven_oclock",
               skills = { "honest", "turn_toward" }, marta_heard = 10,
               coach = "Five words, and the pause stops being a silence. From the bath: a thumbs up, and then a wine glass." },
      choice { "*Sticks a Post-it on the bathroom door:* \"Sorry about this morning. T x\" *and goes back to bed till four.*", to = "post_it_war",
               pitfalls = { "avoid" },
               coach = "A real apology, in your language. It also turns seven o'clock into a note, and Marta answers in kind." },
    },

    ---------------------------------------------------------------- endings

    ending "sunday_lasagne" {
      title = "A date on the fridge",
      summary = "Marta and Theo, who talk at different speeds, worked out what each of them meant and agreed a plan for Rory together.",
      narrate(function(s)
        if s.library then
          return "Rory goes back to the library with his charger and a slice of toast, and Marta does her next call at her own desk, with her own mug, like a person in an advert for desks."
        end
        return "Rory takes his coffee into the shower and sings something from a musical. Marta's next call is from the breadbin again, and for some reason, today, she doesn't mind the breadbin."
      end),
      narrate(function(s)
        if s.texted then
          return "That night, over the lasagne, Theo tells him. Rory says he knows: \"Marta texted. Two exclamation marks, so I knew it was bad.\" He laughs. It's mostly fine."
        end
        return "That night, over the lasagne, Theo tells him, slowly, in the wrong order. Rory cries a bit, and then says he'd been trying to work out how to leave without it being weird."
      end),
      narrate "On the fridge, in Theo's writing, a date, circled twice. Underneath it, in Marta's: \"and the knife → the dishwasher\".",
    },

    ending "seven_oclock" {
      title = "Seven o'clock",
      summary = "Marta and Theo, who talk at different speeds, stopped before the row got worse and agreed to talk that evening.",
      reflect = "When the person you're talking to needs more time than you do, what helps the pause feel like a promise and not a dodge?",
      narrate "Rory, who can read a room even from inside a duvet, takes himself to the cinema at six and texts \"enjoy ur evening guys!!\" from the foyer.",
      narrate(function(s)
        if s.theo_heard >= 40 then
          return "At seven Theo is at the kitchen table with the cheap wine and an envelope. \"I wrote it down,\" he says. \"It's in the wrong order.\" \"Good,\" says Marta. \"Read it.\""
        end
        return "At seven there's a tap on her door. Theo, with two glasses. \"I'm still slow,\" he says. \"But I've got there.\" It's a start."
      end),
    },

    ending "marta_tells_rory" {
      title = "Marta tells Rory",
      summary = "Marta told Rory herself that it was time to go; he left, politely, and Theo was left out of the decision.",
      reflect = "When you're the fast one, how do you tell the difference between sorting something out and sorting it out around someone?",
      narrate("Marta sits on the arm of the sofa and tells Rory, kindly, about the calls and the bath and Loughborough. "
        .. "Rory is very nice about it. He's packed by lunchtime. He leaves the lasagne ingredients in the fridge, \"for you guys\"."),
      narrate(function(s)
        if s.fine >= 10 then
          return "Theo says it's fine. He says it quite a lot over the next week. The Post-its start on Thursday."
        end
        return "Theo says thanks, and means about half of it. That night he makes the lasagne anyway, for two, and neither of them mentions who it was for."
      end),
    },

    ending "its_fine_ending" {
      title = "Fine",
      summary = "Marta and Theo each took the other's words in their own meaning, and agreed on something neither of them quite meant.",
      narrate "Marta goes back to the breadbin. Theo goes back to bed. Both of them think it's settled, and both of them are right, about different things.",
      narrate(function(s)
        if s.theo_heard >= 40 then
          return "On Sunday Rory leaves, with a lot of hugging. Theo is quiet all evening. When Marta asks if he's okay, he says he's fine, and this time she hears how small the word is."
        end
        return "On Sunday, Rory is still there, making pancakes. Marta says \"I thought we agreed\". Theo says \"we did\". It turns out they'd agreed on two different things."
      end),
    },

    ending "post_it_war" {
      title = "The Post-it war",
      summary = "Marta and Theo stopped talking about Rory and started writing notes, and nothing got decided.",
      narrate("By Friday there are eleven Post-its on the fridge. \"Milk?\" \"Whose knife is this.\" \"Sorry about the noise "
        .. "last night. T\". \"Which noise. M\". Rory, who can read, thinks it's a fun flatmate thing and adds one: \"Lasagne Sat!! R x\"."),
      narrate(function(s)
        if s.texted then
          return "Rory still hasn't answered Marta's text. He has, however, started saying \"no pressure!!\" in a funny voice."
        end
        return "On Saturday, over the lasagne, the three of them are extremely polite. It's the politest lasagne in Nottingham."
      end),
    },
  },
}
