-- I Need Some Time Alone
-- Beatriz comes home on a Friday after nine days of her sister's family on the sofa bed and a week on
-- the front desk of a GP surgery, and asks for the weekend to herself. Callum's flat-warming is
-- tomorrow; you said you'd both go; you have missed her.
--
-- Beatriz's side: she isn't upset with you. She is completely out of people, and she knows from
-- experience that if she doesn't get a weekend of not talking she'll be short with everyone for a
-- fortnight. Her fear, which she doesn't say until Sunday, is an old one: her family has always
-- called her "the hermit", and a bit of her thinks that every weekend like this is the one where
-- you decide she's hard work.
-- Your side: nine days of a full flat, no time together, and a party you were looking forward to.
-- It's easy to hear "I need time alone" as "I need time away from you". The skill here is to give
-- the weekend without making it cost her, and then to say what you need too, without a bill.
-- Context matters: on Friday, "Want me to give you some space?" is turning toward. On Sunday, when
-- she comes out with a finished jigsaw, the same offer is turning away.
--
-- State: tension, closeness and battery are Beatriz's (battery is how rested she gets, and it shows on
-- Sunday). swallowed is the disappointment you have said was fine; it comes back at the end.
-- hurt is your own. Every change is a multiple of 10 and the ranges are narrow.

return scenario {
  id = "time-alone",
  title = "I Need Some Time Alone",
  blurb = "Beatriz has had nine days of houseguests and a week on the front desk. She wants the weekend to herself. You'd been looking forward to her.",
  minutes = 8,
  setting = "Your flat on Dumbarton Road, Partick, Glasgow. Ten past six on a Friday in February. "
    .. "Callum's flat-warming is tomorrow night.",
  notes = {
    "a partner asking for a weekend alone",
    "feeling rejected, and hearing a closed door as a verdict",
    "an argument that can become tense",
    "old family teasing about being an introvert",
  },
  reflect = "When someone you love needs time away from everyone, including you, what helps you hear it "
    .. "as a need rather than a verdict?",
  cast = { beatriz = "Beatriz", callum = "Callum" },
  state = {
    tension = { 20, better = "lower", min = 0, max = 70 },
    closeness = { 50, min = 30, max = 70 },
    battery = { 20, min = 0, max = 40 },
    swallowed = { 0, better = "lower", min = 0, max = 30 },
    hurt = { 30, better = "lower", min = 20, max = 60 },
    friday = { 0, min = 0, max = 1 },
  },
  flooding = { var = "tension", at = 70, to = "beatriz_needs_out" },
  self_flooding = {
    var = "hurt", at = 60,
    hint = "It has landed as \"I don't want you\", and your chest is tight with it. Breathe before you try this one.",
  },
  start = "the_ask",
  nodes = {

    ---------------------------------------------------------------- Friday: the ask

    node "the_ask" {
      need = "space",
      narrate "Ten past six. The front door, keys in the bowl, and the lanyard from the surgery dropped on top of them as if it's been shot.",
      narrate("This morning Joana, Tiago and Rui flew home to Lisbon after nine days on your sofa bed. The living room "
        .. "still smells faintly of felt-tip. There is a raisin in the radiator that will outlive you both."),
      say.beatriz "Hi. Okay. Can I ask for something, and you not take it the wrong way?",
      say.beatriz("I need this weekend. Properly to myself. Tonight and tomorrow. No Callum's, no talking, nobody needing "
        .. "anything. I'll be here. I just need to not be a person for a bit."),
      narrate "You said you'd both go to Callum's. And you have, if you're honest, been looking forward to her for nine days.",
      choice { "I can make myself scarce. Want me to give you some space?", to = "thank_you",
               skills = { "turn_toward", "give_space" }, battery = 10, closeness = 10,
               coach = "She asked for room, and you offered it before she had to argue for it. Here, offering space is answering the bid." },
      choice { "Is it me? Have I done something?", to = "is_it_me",
               pitfalls = { "hijack" }, tension = 10, hurt = 10,
               coach = "A real fear, and a fair one. It turns her request into a question about you, and now she has to look after you before she can rest." },
      choice { "No worries! Totally fine. Do whatever you need, honestly.", to = "no_worries",
               pitfalls = { "avoid" }, swallowed = 10,
               coach = "Easy and generous, and not quite true. The part of you that's gutted goes quiet, for now." },
      choice { "Tomorrow's Callum's, though. We said. And we've not had a minute since Joana came.", to = "guilt",
               pitfalls = { "guilt_trip" }, tension = 10, hurt = 10,
               coach = "All true: you did say, and you have missed her. Said now, it turns her request into a debt." },
    },

    node "is_it_me" {
      need = "space",
      say.beatriz "No. God, no. It's not you.",
      say.beatriz("It's nine days of Tiago waking up at ten past five, and forty-one phone calls before nine this morning, "
        .. "and a man who shouted at me about his ears. I've got nothing left. Not for anyone."),
      say.beatriz "I kind of need you to not need me to explain it. Does that make sense?",
      choice { "It does. Sorry. Take the weekend.", to = "thank_you",
               skills = { "repair", "give_space" }, calm = true, tension = -10, hurt = -10, battery = 10,
               coach = "You heard the answer, believed it, and stepped back. It took five words." },
      choice { "*You nod, and lift her bag off her shoulder onto the hook.*", to = "thank_you",
               skills = { "affection" }, tension = -10,
               coach = "No speech and no questions. She leans on you for about a second, which is a lot, tonight." },
      choice { "Not really. You had the whole of Wednesday off.", to = "tension_rises",
               pitfalls = { "defensive" }, tension = 10, hurt = 10,
               coach = "Wednesday was a dentist and a bin day, but you weren't to know. Now she has to justify being tired." },
      choice { "Okay. But you'd tell me, if it was me? I need to know that.", to = "thank_you",
               pitfalls = { "pressure" }, tension = 10, battery = -10,
               coach = "You need to know, and that's human. She says yes, tiredly, which costs her a bit more of what she hasn't got." },
    },

    node "guilt" {
      need = "space",
      say.beatriz "I know. I know we said. And I've missed you too, I have.",
      narrate "She presses the heels of her hands into her eyes, the way she does at the end of a long shift on the desk.",
      say.beatriz "I just can't. I can't do a party. I can't even do this conversation very well.",
      choice { "That was a bill, that. Take the weekend. I'll tell Callum.", to = "thank_you",
               skills = { "take_responsibility", "give_space" }, tension = -20, hurt = -10, battery = 10,
               coach = "You heard your own tone and took the bill back. Her hands come down from her eyes." },
      choice { "Can you not just come for an hour? Show your face, have one drink, and I'll walk you home myself?", to = "one_hour",
               pitfalls = { "override_no" }, tension = 10, battery = -10,
               coach = "An hour sounds small from where you're standing. From where she is, it's the whole thing she just said she can't do." },
      choice { "I'm sorry, I just feel like I'm always going on my own.", to = "tension_rises",
               pitfalls = { "guilt_trip", "always_never" }, tension = 20, hurt = 10,
               coach = "A soft voice and an \"always\" that carries every other time. She hears a list, and that she's on it." },
      choice { "I was looking forward to you, that's all. I'll go on my own and bring you back cake.", to = "thank_you",
               skills = { "i_statement", "give_space" }, swallowed = -10, closeness = 10,
               coach = "Your disappointment, said as yours, with the weekend still handed over. She can hold both." },
    },

    node "no_worries" {
      need = "honesty",
      say.beatriz "Really?",
      narrate "She looks at you a beat too long.",
      say.beatriz "You've got your Callum's-party face on. You can say if you mind. I'd rather know than guess.",
      choice { "No, honestly. Take it. I want you to have it. Run a bath the size of Loch Lomond.", to = "friday_night",
               pitfalls = { "avoid" }, swallowed = 10,
               coach = "She asked for the true answer and got a kind one instead. She takes it, because she's too tired to check." },
      choice { "Honestly? I mind a bit. Not at you. Take it.", to = "thank_you",
               skills = { "honest", "give_space" }, swallowed = -10, closeness = 10,
               coach = "The true answer, and the weekend anyway. She doesn't have to decode you all Saturday." },
      choice { "I don't mind. I just think the whole weekend's a bit much.", to = "tension_rises",
               pitfalls = { "criticism" }, tension = 20, hurt = 10,
               coach = "Honest, sort of, and it lands on her need rather than your feeling. Now the weekend is on trial." },
    },

    node "one_hour" {
      need = "space",
      say.beatriz "...Fine. An hour.",
      narrate("She says it to the floor. Then she goes and runs a bath, and you hear the bolt on the bathroom door go across, "
        .. "which it never does."),
      choice { "*Through the bathroom door:* \"Ignore me. Don't come tomorrow.\"", to = "thank_you",
               skills = { "repair", "respect_boundary" }, tension = -10, battery = 10,
               coach = "You heard the \"fine\" for what it was and gave the yes back. The bolt slides open." },
      choice { "*You text Callum:* \"Both coming!!\"", to = "one_boot",
               pitfalls = { "override_no" }, battery = -10,
               coach = "You got your yes. It was the kind of yes people say to make a conversation end." },
      choice { "*You put the telly on.* \"An hour's only an hour.\"", to = "one_boot",
               pitfalls = { "turn_away" }, battery = -10,
               coach = "It felt like a fair compromise. Only one of you was compromising." },
    },

    node "tension_rises" {
      need = "space",
      say.beatriz(function(s)
        if s.tension >= 50 then return "I'm not doing this tonight. I asked for one weekend. One." end
        return "I'm asking for one weekend. I don't know how to ask for it any smaller."
      end),
      narrate "She still has her coat on. So, you realise, do you.",
      choice { "*You take your coat off.* \"I'm taking it personally. It isn't personal.\"", to = "thank_you",
               skills = { "self_soothe", "take_responsibility" }, calm = true, tension = -20, hurt = -20,
               coach = "You caught yourself hearing a verdict where there was a request, and said so out loud. Her coat comes off too." },
      choice { "I just want to know why it has to be the whole weekend.", to = "thank_you",
               pitfalls = { "pressure" }, tension = 10, battery = -10,
               coach = "It feels like a small question. She has already answered it, and now she has to answer it again, louder." },
      choice { "Fine. Have your weekend.", to = "friday_night",
               pitfalls = { "sarcasm" }, tension = 10, swallowed = 10, closeness = -10,
               coach = "Technically a yes. She gets the weekend with a price tag on it, and hears the price more than the yes." },
      choice { "Give me a minute. I'm being a bit of an idiot.", to = "a_minute",
               skills = { "pause" }, hurt = -10, tension = -20,
               coach = "Not an apology yet, just a stop. It's a good place to put one." },
    },

    node "a_minute" {
      narrate("You go and stand in the kitchen and look at the fridge, which is covered in Tiago's drawings of sharks. "
        .. "One of them is labelled TIA BEATRIZ in green felt-tip. The shark is asleep. It has a duvet."),
      narrate "When you come back, she's sitting on the arm of the sofa bed with her coat off, waiting.",
      say.you "Sorry. You asked for a weekend. Have the weekend.",
      next = "thank_you",
    },

    node "beatriz_needs_out" {
      need = "space",
      narrate "Beatriz picks her keys back up out of the bowl.",
      say.beatriz("I'm going out for a walk. Round the park, maybe twice. I'm not leaving-leaving. I just can't be in a room with "
        .. "a conversation in it right now."),
      choice { "Okay. Go. I'll be here.", to = "walk_back",
               skills = { "give_space", "respect_boundary" }, tension = -30,
               coach = "She needed out and you let her go without a fee. That's what makes the coming back easy." },
      choice { "*You stand in front of the door.* \"Not yet. Let's sort this first.\"", to = "the_long_walk",
               pitfalls = { "override_no", "pressure" }, tension = 10, closeness = -20,
               coach = "You wanted it settled, and it felt urgent. Standing in the doorway makes her no a thing she has to get past, and she won't forget it." },
      choice { "Great. So now I'm the problem.", to = "the_long_walk",
               pitfalls = { "defensive" }, tension = 10, closeness = -10,
               coach = "She asked for a walk, not a verdict, and found herself defending one anyway." },
      choice { "*You unclench your hands.* \"Go. I made this harder than it needed to be.\"", to = "walk_back",
               skills = { "self_soothe", "take_responsibility" }, calm = true, tension = -40, hurt = -10,
               coach = "You steadied yourself, owned your part, and let her go, in one breath." },
    },

    node "the_long_walk" {
      need = "reassurance",
      narrate "She goes round you, and out. The door doesn't slam. It clicks, which is worse.",
      narrate("An hour and ten minutes. The raisin in the radiator. Then her key in the lock, and she stands in the hall "
        .. "with her coat still on, not coming any further in yet."),
      say.beatriz "I'm back. I'm still empty. I just didn't want you sitting here thinking I'd gone.",
      choice { "I got in your way. Sorry. That wasn't okay. The weekend's yours.", to = "thank_you",
               when = function(s) return s.friday == 0 end,
               skills = { "take_responsibility", "repair" }, calm = true, tension = -30, hurt = -10,
               coach = "No \"but\", and no speech about how it felt from your side. She undoes one button of her coat." },
      choice { "I got in your way. Sorry. That wasn't okay. The weekend's yours.", to = "saturday",
               when = function(s) return s.friday == 1 end,
               skills = { "take_responsibility", "repair" }, calm = true, tension = -30, hurt = -10,
               coach = "No \"but\", and no speech about how it felt from your side. She undoes one button of her coat." },
      choice { "Thank you for coming back to tell me.", to = "thank_you",
               when = function(s) return s.friday == 0 end,
               skills = { "appreciate" }, tension = -20, closeness = 10,
               coach = "She did a hard thing on an empty tank, and you noticed it out loud. She hangs her coat up." },
      choice { "Thank you for coming back to tell me.", to = "saturday",
               when = function(s) return s.friday == 1 end,
               skills = { "appreciate" }, tension = -20, closeness = 10,
               coach = "She did a hard thing on an empty tank, and you noticed it out loud. She hangs her coat up." },
      choice { "I hear you. But we still need to talk about tomorrow.", to = "the_door_between",
               pitfalls = { "pressure" }, tension = 10,
               coach = "The first half heard her. The second half is the conversation she walked round the block to get away from." },
      choice { "Right.", to = "the_door_between",
               pitfalls = { "stonewall" }, closeness = -10,
               coach = "One word, to the telly. She stands in the hall a bit longer, then goes to the bedroom." },
    },

    node "walk_back" {
      need = "reassurance",
      narrate("Forty minutes. You do the last of the washing-up from the week: the Peppa Pig bowl, the beaker with a lid, "
        .. "a fork with tooth marks in it. Then her key in the lock."),
      say.beatriz(function(s)
        if s.tension >= 30 then return "Hi. Sorry. I needed that." end
        return "Hi. I went as far as the Botanics and back. I needed that."
      end),
      choice { "Good. The weekend's yours. Earlier was me.", to = "thank_you",
               when = function(s) return s.friday == 0 end,
               skills = { "repair", "give_space" }, tension = -10, closeness = 10,
               coach = "Short, no \"but\", and the weekend handed over properly this time." },
      choice { "Good. The weekend's yours. Earlier was me.", to = "saturday",
               when = function(s) return s.friday == 1 end,
               skills = { "repair", "give_space" }, tension = -10, closeness = 10,
               coach = "Short, no \"but\", and the weekend handed over properly this time." },
      choice { "I'm glad. I was thinking about Callum's, though.", to = "one_hour",
               pitfalls = { "pressure" }, tension = 10,
               coach = "You've been waiting forty minutes to ask. She's been walking forty minutes to stop being asked." },
      choice { "*You hand her the tea you made when you heard her on the stairs.*", to = "thank_you",
               when = function(s) return s.friday == 0 end,
               skills = { "affection" }, closeness = 10,
               coach = "You'd been listening for her, and she can tell. The tea does the talking." },
      choice { "*You hand her the tea you made when you heard her on the stairs.*", to = "saturday",
               when = function(s) return s.friday == 1 end,
               skills = { "affection" }, closeness = 10,
               coach = "You'd been listening for her, and she can tell. The tea does the talking." },
    },

    node "thank_you" {
      need = "reassurance",
      say.beatriz(function(s)
        if s.closeness >= 60 then return "Thank you. Really. I'll be a person again by Sunday, I promise." end
        if s.tension >= 50 then return "Because I'm empty. That's the whole why. I'm going to have a bath now." end
        return "Thank you. Sorry. I'll be better company by Sunday."
      end),
      narrate "She's already halfway to the bath, shedding her cardigan on the way like a snake leaving a skin.",
      choice { "Pasta, the telly, phones in the drawer: can Sunday night be ours?", to = "friday_night",
               skills = { "clear_request", "name_need" }, swallowed = -10, closeness = 10,
               coach = "A need, said as a plan she can say yes to, with nothing owed for the weekend. She's nodding before you've got to the drawer." },
      choice { "Sure. Whatever you need.", to = "friday_night",
               pitfalls = { "avoid" }, swallowed = 10,
               coach = "Generous, and it leaves your own need in the hall with the keys. She doesn't know it's there." },
      choice { "I feel like you'll spend all weekend on the phone to Joana.", to = "friday_night",
               pitfalls = { "fake_i_statement", "mind_read" }, tension = 10, closeness = -10,
               coach = "There's a real worry in it: that the alone time isn't about being alone. It comes out as a guess about her, in a feeling's coat." },
      choice { "*You kiss the top of her head.* \"Go. The bath's been waiting nine days too.\"", to = "friday_night",
               skills = { "affection", "give_space" }, battery = 10, closeness = 10,
               coach = "Warm, light, and nothing to carry into the bath with her." },
    },

    ---------------------------------------------------------------- the weekend

    node "friday_night" {
      need = "space",
      narrate("Nine o'clock. The bedroom door is shut. Behind it: Beatriz, a tray, a thousand-piece jigsaw of puffins, "
        .. "and her big headphones. Through the wall, very faintly, the kind of podcast where two women talk calmly about a murder."),
      narrate(function(s)
        if s.swallowed >= 20 then
          return "You're on the sofa bed, which nobody has folded back into a sofa. You said this was fine. It's fine."
        end
        if s.hurt >= 50 then
          return "You're on the sofa bed. You keep almost getting up. It's hard not to hear a shut door as a sentence."
        end
        return "You're on the sofa bed, which nobody has folded back into a sofa. A quiet Friday. It's strange. Quite nice, mostly."
      end),
      choice { "*You knock.* \"Just checking in! Tea, film, chat, anything.\"", to = "knock",
               pitfalls = { "pressure" }, friday = 1, battery = -10,
               coach = "Caring, and it's questions through a door she shut on purpose. Each one needs an answer." },
      choice { "*A tea outside her door. Two taps. You go.*", to = "saturday",
               skills = { "affection", "give_space" }, friday = 1, battery = 10, closeness = 10,
               coach = "Care with no reply needed. The tea is gone when you next look, and the mug is back by the sink, rinsed." },
      choice { "*You wash every pan from the last nine days. Loudly.*", to = "saturday",
               pitfalls = { "guilt_trip" }, friday = 1, tension = 10, swallowed = 10,
               coach = "The pans needed doing. The volume was a message, and through a wall, messages get louder." },
      choice { "*You fold the sofa bed back into a sofa and ring your brother about the football.*", to = "saturday",
               skills = { "self_soothe" }, friday = 1, hurt = -20,
               coach = "Your evening, put to use. It's easier not to take a door personally when you're shouting about a penalty." },
    },

    node "knock" {
      need = "space",
      narrate "The door opens about a foot. Headphones round her neck. A bit of puffin beak in her hand.",
      say.beatriz "I'm fine. I'm doing the puffins. I... can I just be on my own? That was sort of the whole thing.",
      choice { "Course. I'm off.", to = "saturday",
               skills = { "repair", "respect_boundary" }, tension = -10, battery = 10,
               coach = "Three words and a retreat. The door closes gently, which is its own kind of thank you." },
      choice { "I was only asking. God.", to = "saturday",
               pitfalls = { "defensive" }, tension = 10, hurt = 10,
               coach = "You were only asking, and it stung to be sent off. Now she has to feel bad about a door." },
      choice { "Sorry, can I just sit with you? I want to be near. I'll be quiet, I'll do the sky.", to = "saturday",
               pitfalls = { "override_no" }, battery = -10, tension = 10,
               coach = "Sweet, and a no turned into a negotiation. She lets you do the sky. It isn't restful for either of you." },
    },

    node "saturday" {
      need = "space",
      narrate(function(s)
        if s.battery >= 40 then
          return "Saturday. Beatriz had a bath so long she came out looking like a raisin, walked to the Botanics on her own and back, "
            .. "and is humming. You can hear her humming through a door."
        end
        if s.battery <= 10 then
          return "Saturday. Beatriz has been in the bedroom since breakfast. Every time you move, the floorboards say so, "
            .. "and every time, the podcast goes a bit quieter, as if she's listening for you."
        end
        return "Saturday. Beatriz went for a walk on her own this morning and came back with croissants and no words, "
          .. "which is fine. She put yours on a plate."
      end),
      narrate "At four, your phone goes.",
      say.callum "u two still on for tonight?? ive made a punch. its purple. nobody knows whats in it including me",
      choice { "*You reply:* \"Just me, mate. She's had a mad week. Save me some purple.\"", to = "callums",
               skills = { "respect_boundary" }, hurt = -10,
               coach = "Her reason, stated plainly, without a sigh on it. Callum sends a thumbs up and a purple heart." },
      choice { "*You reply:* \"Just me. She needs 'space' apparently lol\"", to = "callums",
               pitfalls = { "sarcasm" }, swallowed = 10, hurt = 10,
               coach = "It got a laugh out of a bad feeling. The inverted commas will still be there when you see Callum." },
      choice { "*You tap on the bedroom door.* \"Callum's made a purple punch. Last chance?\"", to = "knock_two",
               pitfalls = { "override_no" }, battery = -10,
               coach = "Playful, and it asks her to say no again. Every no costs her something she's trying to save." },
      choice { "*You reply:* \"Can't make it, sorry.\" *You'll stay in. In case she wants you.*", to = "staying_in",
               pitfalls = { "avoid" }, swallowed = 10,
               coach = "It feels loyal. It also means your Saturday is spent waiting for a door to open." },
    },

    node "knock_two" {
      need = "space",
      say.beatriz "I'm sure. Please go. Have a nice time. I mean that.",
      choice { "Okay. I will. Text if you want anything.", to = "callums",
               skills = { "respect_boundary", "give_space" }, tension = -10,
               coach = "You took the no as an answer, not an opening bid. She goes back to the puffins." },
      choice { "It won't be nice without you, though.", to = "callums",
               pitfalls = { "guilt_trip" }, battery = -10, hurt = 10,
               coach = "Sweet and true, and it sends you off with her feeling guilty. She does the puffin sky alone, and badly." },
      choice { "*You shut the door a bit harder than you need to.*", to = "callums",
               pitfalls = { "turn_against" }, tension = 10,
               coach = "Not a slam. Just enough of one. She hears it in the whole flat." },
    },

    node "staying_in" {
      need = "space",
      narrate("By eight you've watched two episodes of a baking programme with the sound low, in case. "
        .. "You have made a lasagne for two, in case."),
      narrate "Beatriz comes out for a glass of water and stops dead.",
      say.beatriz "Oh. I thought you were at Callum's.",
      narrate "She looks at the lasagne the way she looked at the man with the ears.",
      say.beatriz "You didn't have to stay in for me.",
      choice { "I know. I wanted to be near, in case. Made it weird, didn't I.", to = "sunday",
               skills = { "honest", "take_responsibility" }, swallowed = -10, tension = -10,
               coach = "You said what you did and why, without asking her to fix it. She takes a plate of lasagne back in with her." },
      choice { "Somebody had to, though.", to = "sunday",
               pitfalls = { "guilt_trip" }, tension = 10, battery = -10,
               coach = "Nobody had to; that's the point she made. Now she owes you for a lasagne she didn't ask for." },
      choice { "Lasagne's there if you want it. I'll be in here.", to = "sunday",
               skills = { "give_space", "affection" }, battery = 10,
               coach = "Food with no conversation attached. She takes it, and a fork, and goes." },
      choice { "I didn't stay in for you. I just didn't fancy it. Callum's parties are always the same people.", to = "sunday",
               pitfalls = { "avoid" }, swallowed = 10,
               coach = "It saves face. It isn't true, and you both know the lasagne says otherwise." },
    },

    node "callums" {
      need = "space",
      narrate("Callum's new flat in Dennistoun has a bay window, a bike in the hall, and a punch bowl the colour "
        .. "of a highlighter. People keep asking where Beatriz is."),
      say.callum(function(s)
        if s.swallowed >= 20 then return "Where's Beatriz? Is she alright? Are you two alright? You've got a face on." end
        return "Where's Beatriz? She alright?"
      end),
      choice { "She's fine. She's peopled out. Nine days of her sister's kids.", to = "walk_home",
               skills = { "respect_boundary" }, hurt = -10,
               coach = "You explained her need as hers, not as a problem between you. Callum nods like a man with nephews." },
      choice { "Honestly? No idea. She's been weird all week.", to = "walk_home",
               pitfalls = { "mind_read" }, swallowed = 10, hurt = 10,
               coach = "You filled the gap with a story, and it's the worried version. Saying it out loud makes it feel truer." },
      choice { "*You text Beatriz:* \"Everyone's asking where you are!! Miss you x\"", to = "walk_home",
               pitfalls = { "guilt_trip" }, battery = -10,
               coach = "Meant as love. On her side, it lights up the phone with a room full of people wanting her." },
      choice { "*You text Beatriz a photo of the punch:* \"Purple. Don't reply. x\"", to = "walk_home",
               skills = { "affection", "give_space" }, closeness = 10,
               coach = "A small hello that asks nothing back. She doesn't reply, and sends a purple heart at midnight." },
    },

    node "walk_home" {
      narrate(function(s)
        if s.hurt >= 50 then
          return "You walk home the long way, along Duke Street, composing speeches. By Partick you've won three arguments she doesn't know she's in."
        end
        return "You walk home the long way, along Duke Street. Somewhere near the Barras you realise you had a good time, "
          .. "that she would have hated it, and that both of those are fine."
      end),
      narrate "The flat is dark except for the strip of light under the bedroom door. You sleep in the living room, so as not to wake her.",
      next = "sunday",
    },

    node "one_boot" {
      need = "space",
      narrate("Saturday, half seven. Beatriz is sitting on the edge of the bed with one boot on and the other in her hand, "
        .. "looking at it like a form she has to fill in."),
      say.beatriz "I'm nearly ready. I'm just sitting for a second.",
      choice { "Take the boot off. I'll tell Callum you're not well. He'll live.", to = "callums",
               skills = { "repair", "respect_boundary" }, calm = true, battery = 10, tension = -10,
               coach = "You saw what the yes was costing and gave it back before it was spent. The boot comes off." },
      choice { "You don't have to come. I mean it this time.", to = "callums",
               skills = { "repair", "give_space" }, battery = 10,
               coach = "Plain, and the \"this time\" owns the last time. She looks up from the boot." },
      choice { "Come on. You'll feel better once you're there.", to = "saturday_dragged",
               pitfalls = { "override_no" }, battery = -10,
               coach = "Encouraging, and it's a guess about her made for her. She puts the other boot on." },
      choice { "I've told him we're both coming now, though.", to = "saturday_dragged",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "True, and it makes your text her debt. She puts the other boot on without looking at you." },
    },

    node "the_bus" {
      need = "space",
      narrate("Ten past eleven, the 2 bus along Duke Street. Beatriz has her head against the window and her eyes shut. "
        .. "She hasn't said a word since the punch bowl."),
      choice { "I shouldn't have pushed. Tomorrow's yours. All of it.", to = "sunday",
               skills = { "take_responsibility", "repair" }, calm = true, battery = 10, tension = -10,
               coach = "Late, and whole: your part, and the day after handed back. She opens her eyes, and finds your hand." },
      choice { "*You put your scarf between her head and the window, and keep quiet.*", to = "sunday",
               skills = { "affection", "give_space" }, battery = 10,
               coach = "Care that asks for nothing back, not even an answer. She falls asleep before Parkhead." },
      choice { "That was nice, wasn't it?", to = "half_a_weekend",
               pitfalls = { "avoid" },
               coach = "You'd like it to have been nice, and a question that wants a yes gets one. She says \"mm\"." },
      choice { "Sorry it went on a bit. You did really well, though.", to = "half_a_weekend",
               pitfalls = { "minimise" },
               coach = "Kind, and it makes the evening a test she passed. What it cost her doesn't come up." },
    },

    node "saturday_dragged" {
      need = "space",
      narrate("Saturday, twenty to ten, Callum's new flat in Dennistoun. Beatriz is standing by the punch bowl holding a glass of "
        .. "something purple she hasn't touched, nodding at a man who is explaining cryptocurrency to her."),
      narrate "She catches your eye across the room. It's the face she makes at the dentist.",
      choice { "*You go over.* \"Go home. I'll say you're ill. I'll follow you later.\"", to = "sunday",
               skills = { "repair", "respect_boundary" }, battery = 10, tension = -10,
               coach = "You saw the cost and stopped charging it. She squeezes your hand on the way past, hard." },
      choice { "*You mouth across the room:* \"Sorry! Twenty more minutes, I promise.\"", to = "the_bus",
               pitfalls = { "pressure" }, battery = -10,
               coach = "It's only twenty minutes. It's twenty more on top of the hour she didn't have." },
      choice { "*You look away and go and find the crisps.*", to = "the_bus",
               pitfalls = { "turn_away" }, battery = -10,
               coach = "Easier not to see it. She gets talked to about cryptocurrency for another forty minutes." },
    },

    ---------------------------------------------------------------- Sunday

    node "sunday" {
      need = "celebration",
      narrate "Sunday, four o'clock. The bedroom door opens.",
      say.beatriz(function(s)
        if s.battery >= 40 then
          return "I finished the puffins! Come and look. Well. One's missing. I think it's under the radiator with the raisin."
        end
        if s.battery <= 10 then return "I finished the puffins. Mostly. If you wanted to see." end
        return "I finished the puffins. Do you want to see? One's missing."
      end),
      choice { "You finished! Which one's got the fish?", to = "the_question",
               skills = { "active_constructive", "turn_toward" }, closeness = 10,
               coach = "She came out with something to show you, and you met it with real interest. That was the bid." },
      choice { "Oh, nice. *You keep scrolling.*", to = "puffins_muted",
               pitfalls = { "muted_response", "turn_away" }, closeness = -10,
               coach = "Friendly, and your eyes stayed on the phone. She came out of the room, and the room didn't notice." },
      choice { "Oh, now you want company?", to = "puffins_muted",
               pitfalls = { "sarcasm", "turn_against" }, tension = 20, closeness = -10,
               coach = "The weekend's disappointment, cashed in at the first chance. It's exactly what she was afraid a weekend like this would cost." },
      choice { "Want me to give you some space? You're still having your weekend.", to = "puffins_muted",
               pitfalls = { "turn_away" }, closeness = -10,
               coach = "The same offer that was right on Friday. It's Sunday now: she came out to find you, and the offer of space sends her back in." },
    },

    node "puffins_muted" {
      need = "reassurance",
      say.beatriz "Oh. Okay. Yeah, no. It's just a jigsaw.",
      narrate "She stands in the doorway a second longer than she needs to, holding a puffin she was going to show you.",
      choice { "No, wait. Sorry. Yes. Show me the puffins.", to = "the_question",
               skills = { "repair", "turn_toward" }, calm = true, closeness = 10, tension = -10,
               coach = "You caught the missed moment before it closed. She turns round in the doorway." },
      choice { "*You get up and follow her in.*", to = "the_question",
               skills = { "turn_toward" }, closeness = 10,
               coach = "No words, and the right ones: you're coming. She holds the door for you." },
      choice { "I thought you wanted to be left alone. That's what you said.", to = "the_question",
               pitfalls = { "defensive" }, tension = 10,
               coach = "It's what she said on Friday. Now she has to explain that Sunday is different, which was the thing she came out to say." },
      choice { "*You stay where you are.*", to = "like_flatmates",
               pitfalls = { "turn_away" }, closeness = -10,
               coach = "Maybe it was a small thing. She goes back in, and the door closes quietly, and stays closed." },
    },

    node "the_question" {
      need = "honesty",
      narrate "The puffins are laid out on the tray on the bed: nine hundred and ninety-nine of them, and a puffin-shaped hole.",
      say.beatriz "Be honest with me. Was this weekend okay? For you, I mean. You can say.",
      say.beatriz(function(s)
        if s.swallowed >= 20 then return "You've been saying \"fine\" since Friday. I know what your fine sounds like." end
        return ""
      end),
      choice { "Honestly? I missed you. But I'm glad you got it.", to = "her_fear",
               skills = { "honest", "i_statement" }, swallowed = -20, closeness = 10,
               coach = "True, kind, and in the right order. She didn't have to guess which half was real." },
      choice { "It was great! Honestly. Nice to have a quiet one.", to = "her_fear",
               when = function(s) return s.swallowed < 20 end,
               pitfalls = { "avoid" }, swallowed = 10,
               coach = "Mostly true, and easy. The bit that wasn't goes back in the cupboard, where there's still room." },
      choice { "It was great! Honestly. Nice to have a quiet one.", to = "fine_on_the_surface",
               when = function(s) return s.swallowed >= 20 end,
               pitfalls = { "avoid" }, swallowed = 10,
               coach = "She asked twice. The third \"fine\" of the weekend closes the subject, and she lets it." },
      choice { "I'm sorry, I just felt like you'd rather be anywhere than with me.", to = "hurt_said",
               pitfalls = { "fake_i_statement", "mind_read" }, tension = 20, hurt = 10,
               coach = "There's a real hurt in there, in a sentence about her. She hears the accusation before the hurt." },
      choice { "Lonely, a bit. I think I took the door personally.", to = "her_fear",
               skills = { "be_vulnerable", "honest" }, calm = true, swallowed = -20, closeness = 20,
               coach = "That cost something to say, and it isn't a charge. She sits down on the bed next to the puffins." },
    },

    node "hurt_said" {
      need = "reassurance",
      say.beatriz "That's... not fair. That isn't what it was.",
      narrate "She puts the lid on the puffin box, very carefully.",
      say.beatriz "I told you on Friday it wasn't you. I need you to believe me about that, or I can't ever ask for this.",
      choice { "You're right. That was the hurt talking. What I mean is: I missed you.", to = "her_fear",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -20, swallowed = -10,
               coach = "You took the accusation back and kept the true part. She takes the lid off the box again." },
      choice { "Well, it felt like it. You've been behind that door since Friday. What was I meant to think?", to = "the_door_between",
               pitfalls = { "defensive", "escalate" }, tension = 20,
               coach = "It did feel like it. But she asked you to believe her, and you answered with the feeling instead." },
      choice { "That's not it. One more go?", to = "her_fear",
               skills = { "pause" }, hurt = -20, tension = -10,
               coach = "Not the perfect sentence; a stop before the wrong one. She waits, which is its own answer." },
    },

    node "her_fear" {
      need = "heard",
      say.beatriz(function(s)
        if s.closeness >= 60 then return "Can I tell you the stupid bit?" end
        return "Can I say something? It's a bit stupid."
      end),
      say.beatriz("Joana calls me the hermit. Since we were kids. Dad used to say I'd end up running a lighthouse, "
        .. "and everyone laughed, including me."),
      say.beatriz("And every time I need a weekend like this, a bit of me thinks: this is the one where you decide I'm hard work. "
        .. "That you'd be better off with someone who likes parties."),
      choice { "Can I visit the lighthouse?", to = "the_deal",
               skills = { "affection" }, closeness = 10,
               coach = "Five words, and an answer to the exact fear she said. She laughs, and then doesn't, and holds your hand." },
      choice { "So asking for it costs you twice: once for needing it, and again for worrying what I'll think.", to = "the_deal",
               skills = { "reflect" }, closeness = 10, tension = -10,
               coach = "You named the thing under the thing. She nods for a long time." },
      choice { "That's mad. You're not hard work. Don't be daft.", to = "the_deal",
               pitfalls = { "minimise" }, closeness = -10,
               coach = "Loyal, and it sweeps the fear away before she's finished showing it to you." },
      choice { "To be fair, I did wonder. On Friday, a bit, when the door shut. I sat there and wondered.", to = "the_deal",
               pitfalls = { "hijack" }, tension = 10,
               coach = "Honest, and she'd only just put the fear down. Now it's about your Friday, and she's reassuring you again." },
    },

    node "the_deal" {
      need = "honesty",
      say.beatriz(function(s)
        if s.tension >= 40 then return "Okay. So what do you need, then? When I do this. Tell me, and I'll try." end
        return "What do you need, though? When I go into a puffin weekend. Tell me and I'll try."
      end),
      choice { "A heads-up before it's the whole weekend. And Sunday nights back.", to = "sunday_ours",
               skills = { "clear_request", "name_need" }, swallowed = -20, closeness = 10,
               coach = "Specific, doable, and about next time rather than this one. She says yes and means it." },
      choice { "Nothing! Honestly. I'm fine.", to = "fine_on_the_surface",
               pitfalls = { "avoid" }, swallowed = 10,
               coach = "She asked, and meant it. \"Nothing\" gives her nothing to do, and keeps the door shut on your side instead." },
      choice { "I want to be honest: for you to need them a bit less. Not whole weekends at a time.", to = "like_flatmates",
               pitfalls = { "demand" }, tension = 20, closeness = -10,
               coach = "An honest wish, and it asks her to be a different person. She hears it as the verdict she was afraid of." },
      choice { "To know I'm still on the mainland. A text that says \"still here\" would do it.", to = "sunday_ours",
               skills = { "name_need", "be_vulnerable" }, swallowed = -20, closeness = 10,
               coach = "A small, true need, said without a bill attached. It's easy for her to give, and she wants to." },
    },

    ---------------------------------------------------------------- endings

    ending "sunday_ours" {
      title = "Sunday, ours",
      summary = "Beatriz asked for a weekend to herself; you gave it without making it cost her, said what you needed, and the two of you agreed on something to try.",
      narrate "Sunday night: pasta, the telly, phones in the drawer. The drawer is where the phones go now. It has a label on it now, in a green felt-tip Tiago left behind: PHONES (NO SHARKS).",
      narrate(function(s)
        if s.battery >= 40 then
          return "Beatriz falls asleep on your shoulder at half nine, properly, the way people sleep when they've been allowed to. "
            .. "The missing puffin turns up on Tuesday, under the radiator, next to the raisin."
        end
        return "She's still a bit quiet, a phone on twelve per cent, but she's quiet next to you. At some point she says "
          .. "\"still here\" into your shoulder, for practice."
      end),
    },

    ending "fine_on_the_surface" {
      title = "Fine, on the surface",
      summary = "Beatriz got her weekend and came back to herself; you said you were fine, and the disappointment went quiet instead of away.",
      reflect = "When you tell someone you're fine, who is it protecting, and for how long?",
      narrate "Sunday night is nice. It is. She does a voice for each of the puffins and you laugh in the right places.",
      narrate(function(s)
        if s.swallowed >= 30 then
          return "On Wednesday you snap at her about the recycling, at a volume the recycling has not earned. "
            .. "Neither of you knows quite where it came from. One of you does."
        end
        return "On Wednesday she asks if you want to do something at the weekend, and you say \"whatever you fancy\", "
          .. "and you both hear it, and neither of you says so."
      end),
    },

    ending "half_a_weekend" {
      title = "An hour at Callum's",
      summary = "Beatriz came to the party because you pushed, left drained, and spent Sunday still empty; neither of you got the weekend you needed.",
      reflect = "When someone says yes to make a conversation end, what has the yes actually cost?",
      narrate "At home she goes straight to bed and says \"mm\" to goodnight.",
      narrate("On Sunday she does the puffins with the door shut and doesn't finish them. On Monday she's short with a man "
        .. "about a repeat prescription and cries in the staff toilet, and she doesn't tell you until Thursday."),
    },

    ending "the_door_between" {
      title = "The door between",
      summary = "Beatriz asked for time alone, and somewhere in the weekend it turned into an argument that ended with a closed door between you.",
      reflect = "When a request for space feels like rejection, what would help you wait before answering it?",
      narrate "That night she sleeps in the bedroom, and you sleep in the living room, on cushions that still smell of felt-tip.",
      narrate(function(s)
        if s.closeness >= 40 then
          return "The next night there's a single jigsaw puffin on your pillow. No note. You decide it counts as one."
        end
        return "The next day you pass each other in the hall twice, very politely, like flatmates who've had a row about milk."
      end),
    },

    ending "like_flatmates" {
      title = "Like flatmates",
      summary = "Beatriz had her weekend and you had yours, and when she came back out, the two of you didn't quite find each other.",
      reflect = "After time apart, what helps you and the people you love find your way back to each other?",
      narrate "The puffins go back in their box on Sunday night, one short. Neither of you looks for the missing one.",
      narrate("On Monday morning you make two coffees and leave hers by the kettle, and she says thanks on her way out, "
        .. "and it's perfectly friendly, and it's perfectly friendly all week."),
    },
  },
}
