-- A Friend's Breakup
-- Ify, your closest friend, has just been dumped by Rhys after four years, in the car park at
-- IKEA, holding a bookcase they had just bought together. She drives to yours because it is
-- not her flat.
--
-- Ify's side: she wants to fall apart somewhere safe and not be managed. She is scared that
-- everyone saw this coming except her, and that the hurt is embarrassing. She doesn't want to
-- hate Rhys, who is not a bad person, and she does not want you to start a war on her behalf.
-- Your side: you love her, you're angry for her, and it is hard to watch her hurt. Every urge to
-- fix it, cheer her up or go after Rhys comes from caring. Nobody here is the villain, including
-- Rhys, who cried next to the meatballs sign.
--
-- Shape: the door (act one), the story and the hard question (act two), the evening, Rhys's
-- text and the question of going home (act three).
-- State: closeness and tension are Ify's. brave is how far she has been nudged into a brave face
-- ("You'll be fine") and comes back at the end; heat is your own anger at Rhys. Every change is
-- a multiple of 10 and the ranges are clamped, so `heartlines check` can walk every state.

return scenario {
  id = "friends-breakup",
  title = "A Friend's Breakup",
  blurb = "Ify turns up on your doorstep holding half a bookcase. Rhys ended it in the car park at IKEA.",
  minutes = 10,
  setting = "Your flat above the launderette in Levenshulme, ten to five on a Sunday in late April. "
    .. "You are in your dressing gown, as planned since Friday.",
  notes = {
    "a close friend has just been broken up with",
    "crying, grief and anger at an ex-partner",
    "a friendship under strain when support goes wrong",
  },
  reflect = "When someone you love is hurting, what do you find hardest to simply stay with, "
    .. "and what do you reach for instead?",
  cast = { ify = "Ify" },
  state = {
    closeness = { 50, min = 20, max = 80 },
    tension = { 20, better = "lower", max = 80 },
    heat = { 10, better = "lower", max = 60 },
    brave = { 0, better = "lower", max = 30 },
  },
  flooding = { var = "tension", at = 70, to = "ify_needs_to_go" },
  self_flooding = {
    var = "heat", at = 50,
    hint = "You're angrier at Rhys than Ify is right now. Breathe before you try to say this one.",
  },
  start = "the_door",
  nodes = {

    ---------------------------------------------------------------- act one: the door

    node "the_door" {
      discuss = { "Ify is on your doorstep. What is the difference between comfort and fixing, here?", minutes = 3 },
      need = "heard",
      narrate("The buzzer goes twice, which is Ify's ring. You weren't expecting anyone. You were expecting, "
        .. "at most, a Sunday that ended in the dressing gown it started in."),
      narrate("She's on the step holding a flat-pack box upright, like a surfboard. Her mascara has been cried, "
        .. "wiped with a sleeve, and cried again."),
      say.ify "Rhys ended it.",
      say.ify "In the car park at IKEA. By the trolleys. We'd just bought a bookcase.",
      say.ify "Half of it's his. I didn't know what to do with it, so I drove here.",
      choice { "Oh, Ify. Come here. Give me that. *You take the flat-pack box off her and put it down anywhere.*", to = "coat_on",
               skills = { "affection", "turn_toward" }, closeness = 10, tension = -10,
               coach = "You took the box and made room for her before you said anything clever. She comes up the stairs." },
      choice { "At IKEA? Who does that?", to = "coat_on",
               pitfalls = { "escalate" }, heat = 20,
               coach = "Loyal, and real. It also means the first big feeling in the room is yours, and she has to step round it." },
      choice { "You'll be fine, love. Honestly.", to = "coat_on",
               pitfalls = { "minimise" }, brave = 10,
               coach = "Kindly meant. She's been single for ninety minutes and she's already being told how it ends." },
    },

    node "coat_on" {
      need = "heard",
      narrate(function(s)
        if s.heat >= 30 then
          return "She sits on the edge of the sofa with her coat on and watches you pace, as if you're the one who got dumped."
        end
        if s.brave >= 10 then
          return "She sits on the edge of the sofa with her coat on. \"Yeah. No. I know. I'll be fine,\" she tells the rug."
        end
        return "She sits on the edge of the sofa with her coat still on. The box leans against your telly like a third guest."
      end),
      say.ify "He said he's \"not in a place\". Like it's a postcode.",
      say.ify("He said he loves me, just not \"in a forever way\". We were carrying a bookcase. "
        .. "You don't buy a bookcase with someone you love in a temporary way."),
      choice { "Not in a forever way, then. Just while you were carrying a bookcase across a car park.", to = "the_story",
               skills = { "reflect" }, closeness = 10, tension = -10,
               coach = "Her own words back, with the absurd part left in. She half-laughs, which is allowed." },
      choice { "He was never good enough for you.", to = "defending_rhys",
               pitfalls = { "minimise" }, tension = 10, closeness = -10,
               coach = "Meant as loyalty. She hears that the last four years were a mistake, and that you could see it when she couldn't." },
      choice { "Right. Give me your phone. I've got a few things I'd like to say to Rhys.", to = "your_anger",
               pitfalls = { "escalate" }, heat = 20, tension = 10,
               coach = "You want to protect her, fast. Now there's a new problem in the room, and it's stopping you." },
      choice { "You'll get over him. Give it a month.", to = "get_over_it",
               pitfalls = { "minimise" }, brave = 10, tension = 10,
               coach = "Probably true, one day. Today it sounds like a deadline for how long she's allowed to be sad." },
    },

    node "get_over_it" {
      need = "heard",
      say.ify "A month. Okay. I'll put it in my calendar. \"Stop being sad about Rhys, ten a.m.\"",
      narrate "She says it lightly. She doesn't look up from the rug.",
      choice { "Fridge-magnet answer. Ignore me. What did he actually say?", to = "the_story",
               skills = { "repair", "open_question" }, calm = true, tension = -10, closeness = 10, brave = -10,
               coach = "You heard how it landed and went back for it, with a real question. She takes her coat off, one arm at a time." },
      choice { "Plenty more fish, Ify. You're a catch.", to = "brave_face",
               pitfalls = { "minimise" }, brave = 10, tension = 10,
               coach = "A compliment and a way out, in one. She hears that the sad part is nearly over, whether she's done with it or not." },
      choice { "Sorry! I was only trying to help.", to = "brave_face",
               pitfalls = { "defensive" }, tension = 20,
               coach = "It did sting, and the sorry is about you. Now she's apologising to you, on the worst day of her year." },
      choice { "*You sit down next to her and don't say anything for a bit.*", to = "the_story",
               skills = { "be_present", "patience" }, tension = -10,
               coach = "No better line, just you, nearer. After a while, she starts talking." },
    },

    node "brave_face" {
      need = "heard",
      say.ify(function(s)
        if s.tension >= 50 then
          return "I don't need a pep talk. I know I'll be fine. Everyone keeps telling me I'll be fine."
        end
        return "No, you're right. I know. I'll be fine."
      end),
      narrate("She does a smile, the one she does for photos. Then she starts folding the IKEA receipt into smaller "
        .. "and smaller squares."),
      say.ify "I should probably just go home and deal with it. Be an adult about it.",
      choice { "Or stay, and be a mess about it here. I've got crumpets.", to = "crying",
               skills = { "make_time", "affection" }, brave = -10, tension = -10,
               coach = "You offered her somewhere to not be fine yet. She stops folding." },
      choice { "Good idea, honestly. Bath, early night. You'll feel loads better tomorrow.", to = "going_home",
               pitfalls = { "turn_away" }, brave = 10,
               coach = "Sensible, and it's what she said. She was also checking whether you'd let her go that easily." },
      choice { "Yeah. And delete his number on the way. Don't look at his Instagram. Promise me.", to = "going_home",
               pitfalls = { "fix_too_soon", "demand" }, brave = 10, tension = 10,
               coach = "Good advice for week three. Tonight it's homework, and she leaves with a list instead of a hug." },
      choice { "I keep telling you how to feel. Stop me. Be a mess. It's allowed.", to = "crying",
               skills = { "take_responsibility", "validate" }, calm = true, brave = -20, tension = -10, closeness = 10,
               coach = "You noticed the pep talk was yours and took it back. The receipt goes on the coffee table, unfolded." },
    },

    node "defending_rhys" {
      need = "heard",
      say.ify "He's not a bad person. Everyone always makes him sound like a bad person.",
      say.ify "He cried. He cried more than me. He cried next to the sign for the meatballs.",
      choice { "He dumps you and then makes you watch him cry? Next to the meatballs?", to = "your_anger",
               pitfalls = { "escalate" }, heat = 20, tension = 10,
               coach = "The outrage is on her behalf. She'd just said she doesn't want him made a villain, and you reached for a bigger one." },
      choice { "You're right. Sorry. Me being cross isn't me being useful.", to = "the_story",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -10, closeness = 10,
               coach = "Short, and no \"but\". She can stop defending him and start telling you." },
      choice { "Okay. He's not a bad person. And you're still allowed to be in bits.", to = "the_story",
               skills = { "accept_influence", "validate" }, tension = -10,
               coach = "You took her correction and kept hold of her. She doesn't have to choose between the two." },
      choice { "Sorry, but you're better off. That's all I'm saying.", to = "brave_face",
               pitfalls = { "minimise" }, brave = 10, tension = 10,
               coach = "Maybe. It's the conclusion, and she's still at the beginning." },
    },

    node "your_anger" {
      need = "heard",
      narrate(function(s)
        if s.heat >= 50 then
          return "Your face is hot. Your phone is in your hand and you don't remember picking it up."
        end
        return "Your phone is in your hand. You're not sure when that happened."
      end),
      say.ify "Please don't. Please don't ring him. I don't want it to be a thing.",
      say.ify "I just wanted to sit somewhere that isn't my flat.",
      choice { "*You put your phone face down.* \"Okay. Nobody's ringing anybody.\"", to = "the_story",
               skills = { "respect_boundary", "be_present" }, heat = -20, tension = -10,
               coach = "She asked and you stopped. The phone face down said it better than a speech." },
      choice { "Sorry. I'm furious, and it's not my turn. Sit. Tell me.", to = "the_story",
               skills = { "take_responsibility", "self_soothe" }, calm = true, heat = -20, tension = -10, closeness = 10,
               coach = "You named your anger and put it down. She gets her turn back." },
      choice { "Sorry, but someone should tell him. He can't just go home and play FIFA.", to = "not_your_fight",
               pitfalls = { "override_no" }, tension = 20, heat = 10,
               coach = "You're standing up for her. She said no, though, and heard it treated as a maybe." },
    },

    node "not_your_fight" {
      need = "heard",
      say.ify "Can we not? I can't look after you about it as well. I came here so someone would look after me.",
      narrate "It comes out sharper than either of you expected. She looks shocked at herself.",
      choice { "You're right. You came here to be looked after. Let me do that.", to = "the_story",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -20, heat = -10, closeness = 10,
               coach = "She said exactly what she needed, and you took it as information, not an attack." },
      choice { "*You breathe out, slowly, until your shoulders come down.*", to = "the_story",
               skills = { "self_soothe", "pause" }, heat = -20, tension = -10,
               coach = "You noticed your own temperature and turned it down first. She watches it happen, and sits back." },
      choice { "I'm on your side! Sorry for caring. Sorry for being angry that someone hurt you.", to = "the_stairwell",
               pitfalls = { "defensive", "sarcasm" }, tension = 20,
               coach = "It's true that you care. Said like that, it asks her to apologise to you." },
    },

    ---------------------------------------------------------------- act two: the story

    node "the_story" {
      need = "heard",
      say.ify(function(s)
        if s.tension >= 40 then return "Okay. Sorry. Okay." end
        if s.closeness >= 70 then return "Thank you. God." end
        return ""
      end),
      narrate("She takes her coat off. Underneath is the jumper with the fox on it, which is a going-to-IKEA jumper, "
        .. "which is a Sunday-with-Rhys jumper."),
      say.ify "Four years. We had a joint Nectar card. We had a name for the pigeon on the balcony.",
      say.ify("And I keep thinking I should've seen it. He went quiet around October. I thought it was work. "
        .. "I bought him a hot water bottle shaped like a sloth."),
      choice { "The pigeon. What was it called?", to = "gary",
               skills = { "curious", "turn_toward" }, closeness = 10,
               coach = "An odd question, and exactly the right size. She gets to talk about the life before she has to talk about the end." },
      choice { "Since October. So you've been guessing what was wrong for months.", to = "crying",
               skills = { "reflect", "validate" }, closeness = 10, tension = -10,
               coach = "You heard the part she didn't say: months of guessing, on her own. Her face goes." },
      choice { "Okay, practical stuff first. Whose name is the Nectar card in? Change the password tonight.", to = "nectar",
               pitfalls = { "fix_too_soon" }, tension = 10,
               coach = "Useful, eventually. She was telling you about four years, and you answered the bit about points." },
      choice { "Oh my God, that's Tom. Tom went quiet all of Lent.", to = "tom",
               pitfalls = { "hijack" }, closeness = -10,
               coach = "You meant: you're not alone, it happened to me too. What happened next was your story, not hers." },
    },

    node "gary" {
      say.ify "Gary.",
      narrate "A pause.",
      say.ify("He was called Gary. He's got one foot that goes the wrong way. Rhys put bits of crumpet out for him "
        .. "every morning. Who's going to..."),
      narrate "And then she's crying, properly, the real kind, with her whole face.",
      next = "crying",
    },

    node "crying" {
      need = "heard",
      narrate("She cries the way people do when they've held it in since a car park in Ashton. There's a box of "
        .. "tissues somewhere. You're fairly sure it still has tissues in."),
      choice { "*You shift up and let her lean on you.*", to = "the_question",
               skills = { "be_present", "affection" }, closeness = 10, tension = -10,
               coach = "Nothing to fix, so you didn't. She cries into your dressing gown for a while, and then less." },
      choice { "Don't cry. He's not worth it.", to = "the_question",
               pitfalls = { "minimise" }, brave = 10,
               coach = "What everyone says, because it hurts to watch. She tries to stop, for you, and mostly manages." },
      choice { "Shall I put the kettle on? *You're already half up.*", to = "the_kitchen",
               pitfalls = { "turn_away" },
               coach = "Tea is love in most houses. Getting up at the exact moment she broke also got you out of the room." },
    },

    node "the_kitchen" {
      need = "heard",
      narrate("You fill the kettle. From the living room comes the sound of Ify blowing her nose, long and honking, "
        .. "which in any other week would be the funniest thing that happened."),
      narrate(function(s)
        if s.heat >= 30 then return "Your phone is in your hand. Rhys is three taps away. Your thumb knows the way." end
        return "You get down the good mugs, the ones without chips. The kettle takes its time."
      end),
      choice { "*You leave the kettle to it and go back in.* \"Sorry. Tea can wait.\"", to = "the_question",
               skills = { "repair", "be_present" }, closeness = 10,
               coach = "You caught yourself hiding in the kitchen and went back. She shuffles over to make room." },
      choice { "*You message Rhys:* \"Hope the meatballs were worth it, mate.\" *Send.*", to = "did_you",
               pitfalls = { "escalate" }, heat = 10, tension = 10, closeness = -10,
               coach = "It felt like doing something, when sitting there felt like nothing. She's about to find out." },
      choice { "*You scroll Instagram while the kettle boils. Then you let it boil again.*", to = "the_question",
               pitfalls = { "distracted" }, closeness = -10,
               coach = "Two boils is a long time in the next room. She's stopped crying by the time you're back, which isn't the same as done." },
    },

    node "did_you" {
      need = "honesty",
      narrate "You come back with two teas. Ify's phone buzzes on the cushion. She reads it. She reads it again.",
      say.ify "Rhys says, \"Why is your mate messaging me about meatballs.\"",
      say.ify "Did you message him?",
      choice { "Yeah. I did. That was stupid, and it wasn't mine to do. I'm sorry.", to = "the_question",
               skills = { "take_responsibility", "honest" }, calm = true, tension = -10,
               coach = "No excuse, no \"but he deserved it\". She's cross for about a minute, and then she isn't." },
      choice { "*You put the mugs down.* \"Yes. Give me a second, then I'll say sorry properly.\"", to = "the_question",
               skills = { "pause", "honest" }, heat = -20,
               coach = "You told the truth first and cooled down second. The sorry, when it comes, sounds like you mean it." },
      choice { "He deserved it, Ify. Someone had to say something.", to = "wrong_fight",
               pitfalls = { "defensive" }, tension = 20,
               coach = "Maybe he did. She came here to get away from Rhys, and now there's a row about him in your living room." },
      choice { "What? No. Maybe it's Kieran? Kieran's always on his phone.", to = "the_question",
               pitfalls = { "avoid" }, tension = 20, closeness = -10,
               coach = "It got you out of the moment. She doesn't believe you, and now she's not sure what else to believe." },
    },

    node "nectar" {
      need = "heard",
      say.ify "I don't care about the Nectar card.",
      say.ify "I mean, I do. There's about four thousand points on it. But I don't care about it right now.",
      choice { "Fair. Forget the points, honestly. October, then.", to = "crying",
               skills = { "accept_influence", "open_question" }, tension = -10,
               coach = "You dropped the plan the moment it didn't fit. She goes back to October, and it's harder, and she does it." },
      choice { "Four thousand points is a toaster, Ify.", to = "brave_face",
               pitfalls = { "avoid" }, closeness = -10, brave = 10,
               coach = "She laughs. Keeping it light kept you both away from the thing she'd started to say." },
      choice { "I know, but do it now, or he'll spend them.", to = "brave_face",
               pitfalls = { "fix_too_soon", "pressure" }, tension = 10, brave = 10,
               coach = "You're looking after her future. She said not now, and the toaster won the argument." },
    },

    node "tom" {
      need = "heard",
      narrate("You get about four sentences into the Tom story. It's a good story. It has a PowerPoint in it. "
        .. "Ify is nodding the way people nod at a bus timetable."),
      say.ify "Yeah. No, I remember. That was awful.",
      narrate "She's picking at the fox on her jumper.",
      choice { "Anyway. Not the point. Sorry. You were saying: October.", to = "crying",
               skills = { "repair" }, closeness = 10,
               coach = "You heard yourself halfway through the PowerPoint and handed the floor back. She takes it." },
      choice { "Sorry, sorry. But the worst part? He kept the slow cooker. My slow cooker.", to = "brave_face",
               pitfalls = { "hijack" }, closeness = -10, brave = 10,
               coach = "It is a genuinely terrible thing about Tom. Ify says so, warmly, and spends ten minutes comforting you." },
      choice { "The point is, I got over Tom. You'll get over this. You will.", to = "brave_face",
               pitfalls = { "minimise" }, brave = 10,
               coach = "Hope, offered with the best intentions. Mostly she hears that this ends, and that it should end soon." },
    },

    node "the_question" {
      need = "honesty",
      say.ify(function(s)
        if s.tension >= 40 then return "Okay. Don't ever do that again. But okay." end
        return ""
      end),
      narrate("Later. The tea has gone the temperature of a bath someone forgot about. Ify has her feet tucked under her on "
        .. "the sofa, which is a good sign, and she's looking at you, which might not be."),
      say.ify "Question. Honest answer only.",
      say.ify "You never really liked him, did you?",
      choice { "Honestly? I didn't always get him. But I liked how much you laughed with him.", to = "honest_answer",
               skills = { "honest", "validate" }, closeness = 10,
               coach = "True and kind, in that order. She doesn't have to wonder which parts you meant." },
      choice { "Never. He once explained Formula One to me. Unprompted. For the whole of a Nando's.", to = "formula_one",
               pitfalls = { "contempt" }, tension = 10, closeness = -10,
               coach = "It's funny and it's true, and she did ask. It's also four years of her life, as a punchline." },
      choice { "No! I loved him. Everyone did. He was lovely.", to = "terrible_liar",
               pitfalls = { "avoid" }, brave = 10,
               coach = "A kind lie, to protect her. She asked you precisely because she wanted the one person who wouldn't." },
    },

    node "honest_answer" {
      need = "heard",
      say.ify "He did make me laugh. He did a voice for Gary. Like a posh man at a racecourse.",
      say.ify(function(s)
        if s.closeness >= 70 then
          return "I think I knew. Not about him. About us. I think I knew in October, and I bought a bookcase anyway."
        end
        return "I don't know. I don't know what I'm meant to think now."
      end),
      choice { "Buying a bookcase is what hoping looks like. That's not stupid.", to = "not_about_him",
               skills = { "validate", "reflect" }, closeness = 10, tension = -10,
               coach = "You found the tender thing inside the embarrassing one and named it. She lets out a breath she's been holding since Ashton." },
      choice { "So your gut knew. Trust it next time.", to = "not_about_him",
               pitfalls = { "fix_too_soon" }, brave = 10,
               coach = "A lesson, neatly drawn. She wasn't ready to learn anything from this yet, only to have it." },
      choice { "*You nod, and wait to see if there's more.*", to = "not_about_him",
               skills = { "patience", "be_present" }, closeness = 10,
               coach = "You let the silence do some work. There's a bit more, and she says it." },
    },

    node "formula_one" {
      need = "reassurance",
      narrate "It gets a laugh, a real one. Then her face does something else.",
      say.ify "So you all thought he was boring. For four years. And I was sitting there being the girlfriend of the boring man.",
      choice { "Mean of me, and not even the whole truth. He was good to you. Sorry.", to = "not_about_him",
               skills = { "take_responsibility", "honest" }, calm = true, tension = -10, closeness = 10,
               coach = "You took back the joke and kept the honesty. She can live with both." },
      choice { "I'm not saying he was boring. I'm saying he was boring about Formula One.", to = "not_about_him",
               pitfalls = { "defensive" }, tension = 10, closeness = -10,
               coach = "A fine distinction, defended well. She stops asking you things for a while." },
      choice { "Nobody thought you were anything but happy. I mean that.", to = "not_about_him",
               skills = { "honest", "affection" }, tension = -10,
               coach = "She was scared of how she looked, and you answered that, not the Formula One." },
    },

    node "terrible_liar" {
      need = "honesty",
      say.ify "You're a terrible liar. Your left eyebrow does a thing.",
      say.ify "I'm not trying to catch you out. I'm trying to work out if I'm the only one who didn't see it.",
      choice { "Busted. Okay. I didn't always get him. But you were really happy.", to = "honest_answer",
               skills = { "honest", "repair" }, brave = -10, closeness = 10,
               coach = "You owned the fib and told her the rest. It hurt less than the lie did." },
      choice { "I'm not lying! He was nice. Does it matter now?", to = "not_about_him",
               pitfalls = { "avoid" }, brave = 10, closeness = -10,
               coach = "It saved an awkward minute. She decides not to ask you the next hard thing." },
      choice { "My eyebrow does not do a thing.", to = "not_about_him",
               pitfalls = { "defensive" }, tension = 10,
               coach = "It does, though. She laughs, and lets it go, and doesn't get her answer." },
    },

    ---------------------------------------------------------------- act three: the evening

    node "not_about_him" {
      need = "help",
      narrate("Half seven. The light's going. Downstairs someone has started a service wash, and the whole floor is humming "
        .. "faintly, like a cat."),
      say.ify(function(s)
        if s.brave >= 20 then return "Anyway! Enough about me. God. I'm fine. I'm being so boring." end
        return "Can we not talk about him for a bit?"
      end),
      say.ify "Can we watch something stupid? I want to watch people on telly be sad about cake.",
      choice { "Bake Off. The one where the Baked Alaska goes in the bin.", to = "bake_off",
               skills = { "accept_influence", "make_time" }, tension = -10,
               coach = "She asked for a break from it and got one, with a specific episode. Being heard includes this bit." },
      choice { "Sure? Better out than in, love.", to = "bake_off",
               pitfalls = { "pressure", "override_no" }, tension = 10, closeness = -10,
               coach = "You're trying to help her grieve properly. She said what she wanted, and had to say it twice." },
      choice { "No. You know what you need? Out. The Crown, you, me, tequila. Rhys who?", to = "the_crown",
               pitfalls = { "fix_too_soon", "override_no" }, brave = 10,
               coach = "Big-hearted and full of energy. She asked for a sofa and got a plan." },
      choice { "Go for it. *You pick up your phone. The group chat is on forty-three messages.*", to = "bake_off",
               pitfalls = { "distracted" }, closeness = -10,
               coach = "You said yes to the telly and went somewhere else. She watches the bakers alone, next to you." },
    },

    node "the_crown" {
      need = "help",
      say.ify "I'm in a fox jumper. I've got IKEA on my face.",
      say.ify "And people will ask where Rhys is. Everyone at the Crown knows Rhys. He did the quiz.",
      choice { "Sofa it is, then. Good pizza.", to = "bake_off",
               skills = { "accept_influence", "repair" }, tension = -10,
               coach = "You let her no be a no, and kept the generosity. The pizza helps." },
      choice { "That's exactly why you should go. Show everyone you're fine. One drink.", to = "going_home",
               pitfalls = { "override_no", "pressure" }, brave = 10, tension = 10,
               coach = "You want her to feel strong. She hears that the job tonight is looking fine, and decides to go and do it at home." },
      choice { "Fine. I'll mourn the tequila.", to = "bake_off",
               pitfalls = { "guilt_trip" }, tension = 10, closeness = -10,
               coach = "A joke, mostly. She apologises for ruining your night, which wasn't the idea." },
    },

    node "bake_off" {
      narrate(function(s)
        if s.closeness >= 70 and s.tension < 40 then
          return "She ends up with her feet in your lap and a cushion on her face for the bin scene. You both know every word."
        end
        return "You watch it from opposite ends of the sofa. The Baked Alaska goes in the bin. Neither of you laughs quite as much as last time."
      end),
      next = "rhys_texts",
    },

    node "rhys_texts" {
      need = "heard",
      narrate("Quarter past nine. Someone on the telly is crying over a gingerbread barn. Ify's phone lights up on the "
        .. "cushion between you. She turns it so you can both see."),
      say.ify "\"Hope you got home ok. When's good for me to get my half of the bookcase? No rush. R\"",
      say.ify "His half. Of the bookcase.",
      narrate "She looks at you. She looks at the box, leaning on the telly.",
      choice { "Tell him he can have his half when you get your four years back.", to = "the_reply",
               pitfalls = { "escalate" }, heat = 10, tension = 10,
               coach = "A great line. It's a line for you, though: she's the one who'd have to send it and live with it." },
      choice { "Your call. What do you want to do?", to = "the_reply",
               skills = { "open_question", "respect_boundary" }, closeness = 10,
               coach = "A plain question, and the decision stays hers. She hadn't known she wanted that until she had it." },
      choice { "*You hold your hand out for the phone.* \"Give it here. I'll deal with him.\"", to = "the_reply",
               pitfalls = { "demand", "fix_too_soon" }, tension = 10, heat = 10, closeness = -10,
               coach = "Protective, and quick. She holds on to her phone a little tighter." },
      choice { "Don't reply tonight. Leave him on read. Make him wait a bit.", to = "the_reply",
               pitfalls = { "fix_too_soon" },
               coach = "Sound tactics. She wasn't asking for tactics; she was asking how she feels." },
    },

    node "the_reply" {
      need = "reassurance",
      say.ify(function(s)
        if s.tension >= 40 then return "I'm not sending anything clever. I don't want to be clever." end
        return "I don't want to be clever about it."
      end),
      say.ify "I think I want to give it to him. The whole thing. Both halves. I don't want to build it on my own.",
      narrate "She types, stops, and looks at you.",
      say.ify "Is that pathetic?",
      choice { "It's not pathetic. It's kind. It's very you.", to = "eleven_pm",
               skills = { "validate", "appreciate" }, closeness = 10, tension = -10,
               coach = "You told her what you saw in it, and it was her. She presses send." },
      choice { "Bit, yeah.", to = "eleven_pm",
               pitfalls = { "criticism" }, tension = 10, closeness = -10,
               coach = "Between old friends it's usually a joke. Tonight she asked if she was pathetic, and got a yes." },
      choice { "Give it, keep it, burn it in the yard. I'll help with whichever.", to = "eleven_pm",
               skills = { "support", "offer_not_impose" }, closeness = 10,
               coach = "Every option stayed open, and she wouldn't have to do any of them alone. That was the real question." },
      choice { "Honestly, whatever gets it out of my living room.", to = "eleven_pm",
               pitfalls = { "turn_away" }, tension = 10, closeness = -10,
               coach = "It's a joke. It also sounds, at nine at night, like something else should leave your living room too." },
    },

    node "eleven_pm" {
      need = "reassurance",
      narrate("Ten to eleven. Bake Off has finished and a programme about a man restoring a canal boat has started, "
        .. "which neither of you is watching."),
      say.ify(function(s)
        if s.brave >= 20 then
          return "Right! I should go. You've been amazing. I'm fine. Honestly, I'm fine. I'm totally fine."
        end
        return "I don't want to go home. His toothbrush is in the pot. The sloth's on the bed."
      end),
      choice { "Okay. Text me when you're in, yeah?", to = "going_home",
               when = function(s) return s.brave >= 20 end,
               pitfalls = { "avoid" },
               coach = "She said fine three times and you took the first one. It's late, and it's nearly what she asked for." },
      choice { "That's three fines. You can stay, you know. Fine or not fine.", to = "spare_duvet",
               when = function(s) return s.brave >= 20 end,
               skills = { "honest", "repair" }, calm = true, brave = -20, closeness = 10,
               coach = "You noticed the brave face you'd helped her put on, and gave her a way to take it off." },
      choice { "Just stay. The spare duvet's the one with the ducks on.", to = "spare_duvet",
               when = function(s) return s.brave < 20 end,
               skills = { "make_time", "support" }, closeness = 10,
               coach = "A yes before she had to ask. The ducks do the rest." },
      choice { "You'll have to face it sometime. Rip the plaster off.", to = "going_home",
               when = function(s) return s.brave < 20 end,
               pitfalls = { "pressure", "fix_too_soon" }, brave = 10, tension = 10,
               coach = "True about next week. Tonight she'd said she couldn't, and she heard that she should." },
      choice { "I'll come round tomorrow and help box his stuff up, if you want.", to = "going_home",
               when = function(s) return s.brave >= 20 end,
               skills = { "support", "offer_not_impose" }, closeness = 10,
               coach = "She's decided to go, so you made tomorrow easier instead of arguing with tonight. She'll hold on to that in the car." },
      choice { "*You yawn, enormously, before you can stop it.*", to = "going_home",
               pitfalls = { "turn_away" }, brave = 10,
               coach = "You're shattered; it's been a long evening for you too. She reaches for her coat, apologising." },
    },

    node "spare_duvet" {
      narrate("You find the duck duvet. It smells of the airing cupboard and, faintly, of 2019. Ify makes up the sofa "
        .. "bed with the seriousness of someone who needs a job to do."),
      next = "midnight",
    },

    node "midnight" {
      need = "heard",
      narrate "Twenty past twelve. The light's off. The launderette has stopped humming.",
      say.ify "Can I say something stupid?",
      say.ify "I'm going to miss Sundays. Not even him, exactly. Crumpets and Gary and the crossword he always got wrong.",
      choice { "That's not stupid. That's four years of Sundays.", to = "half_a_billy",
               skills = { "validate", "reflect" }, closeness = 10,
               coach = "You gave the size of it back to her. In the dark, she says thank you." },
      choice { "You'll have new Sundays. Better ones.", to = "note_on_the_kettle",
               pitfalls = { "minimise" }, brave = 10,
               coach = "Hopeful and probably right. She was saying goodbye to something, and got moved on from it." },
      choice { "Tell me about the crossword.", to = "half_a_billy",
               skills = { "curious", "open_question" }, closeness = 10,
               coach = "You asked for more of the thing she'll miss. She talks until she's laughing, then sleepy." },
      choice { "Sleep, love. It's late.", to = "note_on_the_kettle",
               pitfalls = { "turn_away" },
               coach = "Kind, and you're exhausted. She'd found the courage to say something small and true, and it got tucked in." },
    },

    node "going_home" {
      need = "reassurance",
      narrate("You walk her down to her car. The launderette's dryers are going round with nobody's washing in them. "
        .. "The box stays upstairs, leaning on your telly. Whatever happens to it can happen another day."),
      say.ify(function(s)
        if s.brave >= 20 then return "Honestly. I'm fine. Don't worry about me." end
        if s.closeness >= 60 then return "Thank you. For, like. All of it." end
        return "Okay. Right. Thanks for having me."
      end),
      choice { "Text me when you're in. I mean it. Even if it's just \"in\".", to = "text_me",
               skills = { "affection", "turn_toward" }, closeness = 10,
               coach = "A tiny ask with a lot in it. She'll be texting someone who's waiting to hear." },
      choice { "You will be fine, you know. He's not worth it.", to = "fine_by_friday",
               pitfalls = { "minimise" }, brave = 10,
               coach = "The last thing she hears tonight is that it's nearly over. She agrees, and drives off agreeing." },
      choice { "You don't have to be fine. Not for me.", to = "text_me",
               when = function(s) return s.brave >= 20 end,
               skills = { "honest", "validate", "repair" }, calm = true, brave = -20, closeness = 10,
               coach = "You took back the pep talks in one line, at the car door. She sits in the driver's seat and cries, and that's all right." },
      choice { "Block him. Tonight.", to = "fine_by_friday",
               pitfalls = { "demand", "fix_too_soon" }, brave = 10,
               coach = "You want her protected from a midnight text. She promises, to get out of the promise." },
    },

    node "ify_needs_to_go" {
      need = "space",
      narrate "Ify stands up. She picks up her bag, and then, after a second, looks at the box and leaves it.",
      say.ify "I think I'm going to go. I'm not cross. I just can't do this here tonight. I need somewhere quiet.",
      choice { "Okay. Leave the box. Text me when you're in, and I'll text you in the morning.", to = "text_me",
               skills = { "give_space", "respect_boundary" }, tension = -30, brave = -10,
               coach = "She asked to go and you let her, with a time you'll be back in touch. That's what makes tomorrow possible." },
      choice { "Okay, but you can't be on your own tonight. Not tonight. Sit down. I'll make tea.", to = "the_stairwell",
               pitfalls = { "override_no", "pressure" }, tension = 10,
               coach = "You're worried about her, and it's a real worry. She said she needed quiet and heard a no." },
      choice { "I made tonight about me. Sorry. Go, or stay. Either's fine.", to = "going_home",
               skills = { "take_responsibility", "respect_boundary" }, calm = true, tension = -30, closeness = 10,
               coach = "You owned your part and left both doors open. She goes anyway, and hugs you on the stairs." },
      choice { "Fine. Sorry. Go, then. Take the bookcase.", to = "the_stairwell",
               pitfalls = { "turn_against" }, tension = 10,
               coach = "Stung, you pushed back. She leaves the bookcase, and doesn't look back up the stairs." },
    },

    node "the_stairwell" {
      need = "space",
      narrate("Ify picks up her coat and her keys and doesn't say anything, which, from Ify, is worse than anything. "
        .. "You hear her on the stairs, slower than she came up."),
      choice { "*You go to the top of the stairs.* \"Ify. That was about me, not you. Text me when you're in?\"", to = "text_me",
               skills = { "repair", "take_responsibility" }, calm = true, tension = -20,
               coach = "You owned it to the back of her coat, and asked for one small thing. She stops on the landing and nods without turning round." },
      choice { "*You stand at the top of the stairs and let her go, and mean it.*", to = "text_me",
               skills = { "give_space" }, tension = -10,
               coach = "No speech, no last word. She reaches the door, and it doesn't bang." },
      choice { "*You shout down the stairwell:* \"Fine! Go!\"", to = "wrong_fight",
               pitfalls = { "turn_against", "escalate" },
               coach = "It's the last word, and it's the one she takes home." },
      choice { "*You shut the flat door before she's reached the bottom.*", to = "wrong_fight",
               pitfalls = { "stonewall" },
               coach = "It felt like the quiet thing to do. On the stairs it sounds like a full stop." },
    },

    ---------------------------------------------------------------- endings

    ending "half_a_billy" {
      title = "Half a bookcase",
      summary = "Ify stayed the night after her breakup, talked about the life she had lost, and built the bookcase with you at one in the morning.",
      narrate("At one in the morning she turns the big light on and says, \"Shall we build it?\" You build the whole thing "
        .. "on the living-room floor with the little Allen key and one wrong screw. It wobbles."),
      narrate(function(s)
        if s.closeness >= 70 then
          return "On Saturday she texts Rhys that she's keeping it after all. You help her carry it up her own stairs. Gary inspects it from the balcony."
        end
        return "Rhys collects it on Thursday. Ify says she's all right about it, and this time, slowly, she is."
      end),
    },

    ending "text_me" {
      title = "Text me when you're in",
      summary = "Ify went home on the night of her breakup knowing you would be there, and the two of you stayed in touch through it.",
      reflect = "When someone needs to go and be alone with something, what helps them know you're still there?",
      narrate "You stand on the pavement until her tail lights go round the corner by the chippy.",
      narrate(function(s)
        if s.brave >= 20 then
          return "Twenty minutes later: \"in!! all good!! x\" You look at the two exclamation marks for a long time."
        end
        if s.closeness >= 60 then
          return "Twenty minutes later: \"in. sloth is on the floor now. thank you for today. all of it x\""
        end
        if s.tension >= 40 then
          return "It's an hour before your phone goes: \"in.\" Then, later: \"thank you for letting me go. tomorrow? x\""
        end
        return "Twenty minutes later: \"in x\". In the morning, a photo of one crumpet and a pigeon looking unimpressed."
      end),
    },

    ending "fine_by_friday" {
      title = "Fine by Friday",
      summary = "Ify went home from yours saying she was fine, and took the hurt somewhere else to feel it.",
      narrate("On Wednesday she sends a meme about IKEA. On Friday she says she's fine, honestly, loads better, "
        .. "and she sounds it."),
      narrate(function(s)
        if s.brave >= 30 then
          return "A month later her sister mentions, in passing, the night Ify came round and cried until two. You'd thought she was fine. So had she, with you."
        end
        return "A month later she tells you she cried most of that Sunday night in the car outside her flat. She says it like it's funny. It nearly is."
      end),
    },

    ending "wrong_fight" {
      title = "The wrong fight",
      summary = "Ify came to yours after her breakup, the evening turned into a row about you and Rhys, and she went home to be sad on her own.",
      reflect = "When you're angry on someone's behalf, how do you keep the anger from taking up the room they needed?",
      narrate("The door downstairs bangs. The flat-pack box leans against your telly, half a bookcase with nobody to build it."),
      narrate(function(s)
        if s.tension >= 60 then
          return "You draft four messages and send none of them. On Tuesday you send: \"I'm sorry about Sunday. I made it about me.\" It's two days before she answers."
        end
        return "At midnight you send: \"Sorry. I got it wrong tonight. I'm here.\" Her reply comes in the morning: a single yellow heart. It's a start."
      end),
    },

    ending "note_on_the_kettle" {
      title = "A note on the kettle",
      summary = "Ify stayed the night after her breakup, but the last thing she tried to say got gently moved along.",
      narrate "In the morning the duck duvet is folded into a perfect square and Ify has gone.",
      narrate("There's a note on the kettle in eyeliner pencil: \"Thank you for the ducks. I'm fine! x\" "
        .. "You read the exclamation mark several times."),
    },
  },
}
