-- Five Hours Behind
-- Kofi, your partner of three years, is in Toronto on a six-month secondment with his
-- engineering firm; you are in Glasgow. Everything happens in text messages. At two you sent
-- him a photo of the bike you finally bought. It says Read 14:40. Nothing since. It is now
-- ten past eleven at night for you, ten past six for him, and your phone buzzes.
--
-- Kofi's side: his day went wrong early. A crane base failed inspection and it was his
-- checking; the schedule slips a week and everyone on site knows whose week it is. He walked
-- home in the snow to a dark flat and sat on the floor in his coat. He saw the bike at lunch,
-- meant to reply, and didn't. He wants you, and he is too tired to be good company, and he is
-- a little afraid that the distance makes every quiet day look like not caring.
-- Your side: you waited all day for one line about the bike, and felt forgotten. That's fair.
-- It is late, you have work at eight, and a text carries no tone: short looks cold, a joke
-- looks like a dig, and nothing looks like anything at all.
--
-- State: close and tension are Kofi's; heat is yours (tired and stung); sent is what you sent
-- at seven, while waiting (nothing, a "no rush", a "??" or a "fine then"). While heat is high the
-- texts that need a steady thumb are locked, including the long one you're itching to send.
-- Whether Kofi asks for a call or only for texts depends on close, and the same reply ("I'll
-- ring you now.") is the right one in one case and the wrong one in the other.

local function wants_a_voice(s) return s.close >= 70 end

return scenario {
  id = "five-hours",
  title = "Five Hours Behind",
  blurb = "Your partner is in Toronto. He hasn't replied since lunch. At 23:08 your phone buzzes.",
  minutes = 7,
  setting = "Your bed in Glasgow, ten past eleven on a Tuesday in February. Kofi is in Toronto, "
    .. "where it's ten past six. The whole conversation is in text messages.",
  notes = {
    "a long-distance relationship, all in text messages",
    "feeling forgotten by a partner, and a tense exchange that can turn sharp",
    "a bad day at work and a mistake with consequences",
  },
  reflect = "When all you have is text, how do you tell a tired message from a cold one, "
    .. "and how do you let someone know which one you're sending?",
  cast = { kofi = "Kofi" },
  state = {
    close = { 50, min = 20, max = 80 },
    tension = { 20, better = "lower", max = 80 },
    heat = { 50, better = "lower", max = 80 },
    sent = { 0, max = 30 },
  },
  self_flooding = {
    var = "heat", at = 60,
    hint = "Your thumbs are faster than your head right now. Put the phone down for a breath first.",
  },
  start = "the_evening",
  nodes = {

    node "the_evening" {
      need = "space",
      narrate("14:02, you: a photo of a green bike leaning on the close railings, and \"Got it!!! Her name is "
        .. "Margaret\". Underneath: Read 14:40."),
      narrate("19:10. Nothing since. In Toronto it's ten past two in the afternoon, and he's on a roof somewhere, "
        .. "or in a site cabin, or in a meeting you don't know about."),
      narrate("Your sister has replied to the bike with four exclamation marks and a question about the saddle. Your "
        .. "mum has replied with a thumbs-up and a photo of her own bike, from 1987."),
      choice { "*You send:* \"??\"", to = "the_buzz",
               pitfalls = { "pressure" }, sent = 20, heat = 10,
               coach = "Two characters, and they ask for an answer now. On a roof in Toronto, they read as a tap on the shoulder." },
      choice { "*You send:* \"no rush, just excited. hope the roof's behaving x\"", to = "the_buzz",
               skills = { "turn_toward", "patience" }, sent = 10,
               coach = "You let him off the hook and stayed in touch in the same line. He hearts it at 19:20." },
      choice { "*You leave the phone charging in the kitchen and watch telly.*", to = "the_buzz",
               skills = { "self_soothe" }, heat = -10,
               coach = "You gave the waiting somewhere else to go. It's a better evening than staring at Read 14:40." },
      choice { "*You type \"wow ok\", delete it, type \"cool cool cool\", delete that, and send \"fine then\".*", to = "the_buzz",
               pitfalls = { "sarcasm" }, sent = 30, tension = 10, heat = 10,
               coach = "Two words that say you're hurt without saying it. He'll read them at the worst possible moment." },
    },

    node "the_buzz" {
      need = "heard",
      narrate(function(s)
        if s.sent == 10 then return "Under the bike: your \"no rush\", with a little heart on it from him. Nothing else." end
        if s.sent == 20 then return "Under the bike: your \"??\". Read 19:12." end
        if s.sent == 30 then return "Under the bike: \"fine then\". Read 19:15." end
        return ""
      end),
      narrate "Then nothing, through tea, through two episodes of something, through brushing your teeth.",
      narrate "Twice you saw his little green dot come on, at his lunch and at his half four. Twice it went off again.",
      narrate("You've been awake for the whole of his working day. You've done a wash, answered your sister, and "
        .. "looked at the bike in the hall more times than is reasonable for a bike."),
      narrate "23:08. Your phone buzzes on the duvet.",
      say.kofi "sorry. today was a lot",
      say.kofi(function(s)
        if s.sent == 10 then return "thank you for the no rush. I needed one no rush today" end
        if s.sent == 20 then return "I saw the ??. I know" end
        if s.sent == 30 then return "and I saw fine then. I'm sorry ok" end
        return ""
      end),
      choice { "oh no, what happened?", to = "what_happened",
               skills = { "open_question", "turn_toward" }, close = 10,
               coach = "A plain question with no edge to misread. He starts typing straight away." },
      choice { "Oh, hello. And how was your day? Mine was lovely, thanks for asking.", to = "surfaced",
               pitfalls = { "sarcasm" }, tension = 20, heat = 10, close = -10,
               coach = "Nine hours of waiting had to go somewhere. In text, with no face to soften it, it arrives as a dig." },
      choice { "I feel like I only hear from you when there's nothing better going on.", to = "surfaced",
               pitfalls = { "fake_i_statement", "mind_read" }, tension = 20, heat = 10, close = -10,
               coach = "It starts with \"I feel\", and then it tells him what he thinks. He reads it in a snowy doorway." },
      choice { "No worries!! Hope you're ok xx", to = "no_worries",
               pitfalls = { "avoid" }, tension = -10,
               coach = "Cheerful, and it keeps the evening smooth. The nine hours go in a drawer." },
    },

    node "surfaced" {
      need = "heard",
      say.kofi "wow ok",
      say.kofi "I've been on a frozen roof since 7am. I'm not doing this tonight",
      narrate "Your thumb is already over the keyboard. You can feel your heart in it.",
      narrate("In your head there's a whole speech ready, with dates in it. On the screen, three words of his, "
        .. "with no full stop, which could mean anything."),
      choice { "That was snippy. Frozen roof?", to = "what_happened",
               skills = { "repair", "take_responsibility" }, calm = true, tension = -20, close = 10,
               coach = "You named your own tone before asking about his day. The reply comes fast: \"yeah. it was bad\"." },
      choice { "*You start a long message: the bike, the nine hours, how it felt, the last three weekends, and what you want.*", to = "every_time",
               pitfalls = { "escalate", "always_never" }, calm = true, tension = 20,
               coach = "Every line of it is true, and you've been saving them. Sent at once, they arrive as a case file." },
      choice { "*You put the phone face down on the duvet for a bit.*", to = "face_down",
               skills = { "self_soothe", "pause" }, heat = -20,
               coach = "You let the reply wait while your pulse came down. In text, a minute's silence is allowed." },
      choice { "Fine. Me neither. Night, then.", to = "the_silence",
               pitfalls = { "stonewall" }, tension = 10,
               coach = "Short and final. It spares you both a row, and leaves him on a dark floor with \"Night\"." },
    },

    node "face_down" {
      need = "heard",
      narrate "When you turn the phone over there's one more message, sent two minutes ago.",
      say.kofi "sorry. that came out harsh. I'm just wrecked",
      narrate "Your pulse has come down a bit. The speech in your head has lost a few of its dates.",
      choice { "ok. go on then, the roof", to = "what_happened",
               skills = { "repair", "open_question" }, tension = -10, close = 10,
               coach = "He softened first, and you met him halfway. Short, lowercase, no edge to misread." },
      choice { "ok", to = "the_silence",
               pitfalls = { "stonewall" },
               coach = "Two letters. Meant as \"fine, I'm calm now\"; read on a phone in Toronto, it is a door shutting." },
      choice { "Sorry, I shouldn't have said anything. I was being daft. Go and eat something.",
               to = "the_bike",
               pitfalls = { "avoid" }, tension = -10,
               coach = "You took the whole thing back to make it stop. The hurt you started with goes back in the drawer." },
    },

    node "no_worries" {
      need = "heard",
      say.kofi "thank you. honestly. you're the only easy thing in my life right now",
      say.kofi "inspection was a disaster",
      narrate "You look at the bike photo, further up, still unanswered. You don't mention it. You're the easy one.",
      narrate "The dots come and go. He's typing something long, and then deleting it, and then typing it again.",
      choice { "oh no. disaster how?", to = "what_happened",
               skills = { "open_question", "turn_toward" }, close = 10,
               coach = "You turned to his day. He doesn't know about the nine hours, and right now that's a choice you can live with." },
      choice { "Aw. Tell me tomorrow, you need sleep. Well, I do. Love you, night night xx", to = "the_bike",
               pitfalls = { "turn_away" },
               coach = "Loving, and it wraps things up before he's said what the disaster was." },
      choice { "\"Easy\". Right.", to = "surfaced",
               pitfalls = { "sarcasm" }, tension = 20, heat = 10,
               coach = "Being the easy one costs something, and he just said it as a compliment. Quoted back, it bites." },
    },

    node "what_happened" {
      need = "heard",
      say.kofi "crane base failed inspection. my calcs. well, my checking of someone else's calcs. a week's slip",
      say.kofi "everyone on site knows whose week it is",
      say.kofi "the site manager didn't even shout. he just said \"right\" and walked off. worse than shouting",
      say.kofi "then I walked back in the snow and the flat was dark and I sat on the floor in my coat for an hour",
      narrate("You read it twice. You can see the flat: you were there in October, with the radiator that clanks and "
        .. "the sofa he still hasn't bought."),
      choice { "An hour. In the dark, on your own.", to = "the_coat",
               skills = { "reflect" }, close = 10, tension = -10,
               coach = "You sent back the part he almost didn't tell you. It tells him which bit you heard." },
      choice { "Was it really all on you, though? Someone else did those calcs. Email your manager "
                 .. "tonight and get your side in first.", to = "advice",
               pitfalls = { "fix_too_soon" }, close = -10,
               coach = "Loyal and practical, and it's probably right for tomorrow. Tonight he's still on the floor." },
      choice { "Oh no, I'm so sorry, that sounds awful. I'm sure it's not as bad as it feels.", to = "advice",
               pitfalls = { "minimise" }, close = -10,
               coach = "Every word is kind. The last sentence tells him how big it is allowed to be." },
      choice { "i sat here waiting too tbh. all evening, wanting to hear from you", to = "the_bike",
               pitfalls = { "hijack" }, tension = 10,
               coach = "True, and it's been waiting all day. It arrives right after \"my coat\", so it reads as a reply to it." },
    },

    node "advice" {
      need = "heard",
      say.kofi "yeah",
      say.kofi "maybe",
      narrate "The typing dots come and go twice. Nothing arrives.",
      narrate "On the chair by the bed, your work lanyard. Your alarm is set for 06:50. It's 23:31.",
      choice { "Right, I jumped straight to fixing it. Go back. The coat.", to = "the_coat",
               skills = { "repair", "reflect" }, close = 10,
               coach = "You saw \"yeah\" and \"maybe\" for what they were and went back. The dots come back and stay." },
      choice { "I'm only trying to help, Kofi.", to = "the_bike",
               pitfalls = { "defensive" }, tension = 10,
               coach = "You were trying to help. Saying so asks him to reassure you, from the floor." },
      choice { "ok well it's late here. night x", to = "the_bike",
               pitfalls = { "turn_away" },
               coach = "It is late. The two short \"yeah\"s were a bid too, and this closes the laptop on them." },
    },

    node "the_coat" {
      need = "heard",
      narrate "The dots go on for a long time. What arrives is short.",
      say.kofi(function(s)
        if wants_a_voice(s) then return "can I call you? I know it's late there. I just want a voice that isn't a site manager" end
        return "I can't talk tbh, my voice will go. can we just text a bit"
      end),
      choice { "I'll ring you now.", id = "ring_when_asked", to = "the_call",
               when = wants_a_voice,
               skills = { "turn_toward", "make_time" }, close = 10,
               coach = "He asked for a voice and you offered yours before he could change his mind. It rings once." },
      choice { "I'll ring you now.", id = "ring_when_told_not_to", to = "rang_anyway",
               when = function(s) return not wants_a_voice(s) end,
               pitfalls = { "override_no" }, tension = 10,
               coach = "You wanted to hear him, which is lovely. He said he couldn't talk, and the phone rings anyway." },
      choice { "Sorry, love, it's gone eleven here. Tomorrow?", to = "the_bike",
               pitfalls = { "turn_away" },
               coach = "Your eight o'clock start is real. In text, \"tomorrow?\" is all he gets of how much you mean it." },
      choice { "*You send a photo of the cat, asleep in the new bike helmet.*", to = "the_bike",
               skills = { "affection", "turn_toward" }, close = 10,
               coach = "Something small and daft from home. He sends back \"HAHA\" in capitals, the first capitals all night." },
    },

    node "rang_anyway" {
      need = "space",
      narrate "It rings four times and stops. A message arrives instead.",
      say.kofi "please. I said I can't. I'll cry if I hear you and I've got a call with the client at half seven",
      choice { "Go on, then. Text it is.", to = "the_bike",
               skills = { "repair", "respect_boundary" }, tension = -10,
               coach = "You took his no as a no, and stayed. He sends a long message about the crane." },
      choice { "I only wanted to hear you. I miss you. Is that so bad, after today?", to = "every_time",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "It isn't bad at all. Asked now, it makes his no the thing that needs defending." },
      choice { "*You ring him back straight away.*", to = "the_silence",
               pitfalls = { "override_no" }, tension = 20,
               coach = "One more try, because one more try sometimes works. He declines it and turns his phone over." },
    },

    node "the_bike" {
      need = "honesty",
      narrate("A photo arrives: the view from his window, the expressway under snow, orange in the streetlight. "
        .. "No caption. Then the dots."),
      narrate "It's the first thing he's sent all day that isn't about himself or the crane. You look at it for a while.",
      say.kofi(function(s)
        if s.tension >= 40 then return "anyway. did I miss something today. you're being weird" end
        return "wait. the bike. I saw it at lunch and then the day ate me. did I miss something today?"
      end),
      choice { "It's the green one. I waited all day for you to say so and felt a bit forgotten. Not a "
                 .. "crime. Just how today was.", to = "the_plan",
               skills = { "i_statement", "honest" }, calm = true, close = 10, tension = -10,
               coach = "You said the hurt and kept it small and true. He can answer that; he couldn't have answered nine hours." },
      choice { "Nope! All good. Yes, the green one.", to = "goodnight_xx",
               pitfalls = { "avoid" },
               coach = "Light and easy, and it isn't quite true. He believes you, because he's tired and you're kind." },
      choice { "Why do you always vanish when work goes wrong?", to = "every_time",
               pitfalls = { "always_never", "criticism" }, tension = 20,
               coach = "He does go quiet when work goes wrong; you've seen it. \"Always\" turns one Tuesday into a verdict." },
      choice { "yes. her name is Margaret. you're allowed to say she's beautiful", to = "the_plan",
               skills = { "clear_request", "turn_toward" }, close = 10,
               coach = "You asked for the small thing you wanted, in plain words. He sends nine messages about Margaret." },
    },

    node "every_time" {
      need = "reassurance",
      say.kofi "that's not fair",
      say.kofi "I'm three thousand miles away on a roof. what do you actually want me to do",
      narrate "It sits there, with its missing question mark, looking angrier than he probably is.",
      choice { "You're right, it wasn't fair. I missed you today. That's all it was.", to = "the_plan",
               skills = { "take_responsibility", "be_vulnerable" }, calm = true, tension = -20, close = 10,
               coach = "You took back the \"always\" and said the thing under it. The next message has a kiss on the end." },
      choice { "Reply to a photo. Once. Is that so much?", to = "the_silence",
               pitfalls = { "demand" }, tension = 10,
               coach = "A fair thing to want, sent as an order. He reads it and doesn't answer for a long time." },
      choice { "*You put the phone down, breathe out, and pick it up again.* \"Sorry. Give me a sec.\"",
               to = "a_sec",
               skills = { "pause", "self_soothe" }, heat = -20,
               coach = "You stopped before the next line and told him why the dots had stopped." },
      choice { "Forget it. Go to bed.", to = "the_silence",
               pitfalls = { "stonewall" },
               coach = "It ends it, and neither of you will sleep." },
    },

    node "a_sec" {
      need = "reassurance",
      say.kofi "ok",
      say.kofi "I'm still here",
      choice { "Honestly? I've just been lonely today. It came out as a list.", to = "the_plan",
               skills = { "repair", "be_vulnerable" }, tension = -20, close = 10,
               coach = "The short version of the long message. He can hold this one." },
      choice { "I want you to say you understand why I'm upset. That's all I want.", to = "the_silence",
               pitfalls = { "demand" }, tension = 10,
               coach = "Fair to want; typed as an instruction, it asks him to go first from three thousand miles away." },
      choice { "Whatever. It's fine.", to = "goodnight_xx",
               pitfalls = { "avoid", "stonewall" },
               coach = "It lets you both stop. \"Fine\" in text is the least fine word there is, and he knows it." },
    },

    node "the_plan" {
      need = "reassurance",
      say.kofi(function(s)
        if s.close >= 60 then
          return "I hate this bit. the five hours. when you're free I'm on a roof and when I'm free you're asleep"
        end
        return "this is the part I hate. the five hours. it makes everything look worse than it is"
      end),
      narrate "Then, a minute later, on its own, as if he'd been counting on his fingers:",
      say.kofi "three more months",
      choice { "One fixed call a week? Sundays, your breakfast, my lunch. Whatever happens.",
               to = "sunday",
               skills = { "clear_request", "name_need" }, close = 10,
               coach = "One small, definite thing to hold on to, instead of hoping the timing works out. He says yes in capitals." },
      choice { "We'll manage. We always do. Don't you worry about it, honestly.", to = "goodnight_xx",
               pitfalls = { "avoid" },
               coach = "Comforting, and it keeps the hard part off the table. The five hours will still be there on Thursday." },
      choice { "Maybe reply to a photo now and then, for a start. That would help me, a bit.", to = "the_silence",
               pitfalls = { "sarcasm", "criticism" }, tension = 20,
               coach = "It's the thing that stung, and it's fair to want it. Said as a dig, it undoes the last half hour." },
      choice { "Me too. Some days it's like going out with a notification.", to = "sunday",
               skills = { "be_vulnerable", "honest" }, close = 10,
               coach = "You said the lonely part and made it funny enough to hold. He sends back a bell emoji, then \"sorry\"." },
    },

    node "the_call" {
      need = "help",
      narrate("He picks up on the first ring. For a while neither of you says much. You can hear the radiator "
        .. "in his flat clanking, five hours and three thousand miles away."),
      say.kofi "Hi. Hi. I just needed that. Talk to me about something normal. Anything. Not cranes.",
      choice { "*You tell him about Margaret: the test ride, the man in the shop, the bell that plays a tune.*",
               to = "a_voice",
               skills = { "support", "affection" }, close = 10,
               coach = "He asked for normal and you gave him a whole bike shop of it. Halfway through the bell, he laughs." },
      choice { "Never mind the bike. Are you really okay? Talk to me about the crane.", to = "the_plan",
               pitfalls = { "pressure" }, tension = 10,
               coach = "Caring, and the opposite of what he asked for. He tells you about the crane again, more tiredly." },
      choice { "*You yawn, hugely, twice.* \"Go on, I'm all ears.\"", to = "goodnight_xx",
               pitfalls = { "distracted" },
               coach = "You are shattered, and he can hear it. He says you should sleep, and means it, mostly." },
    },

    node "the_silence" {
      need = "reassurance",
      narrate(function(s)
        if s.tension >= 50 then return "23:40. His last message says Read. Yours says Read too. Nobody is typing." end
        return "23:40. Nobody is typing. You lie there with the phone on your chest."
      end),
      narrate("You scroll up past tonight, past the bike, into last month: the photo of his first Toronto "
        .. "snow, the voice note of him singing in a hotel corridor, \"miss you\" at 04:10 your time."),
      narrate "Three more months of this. You put the phone down on your chest and look at the ceiling.",
      narrate("Through the wall, the neighbours' telly goes off. The flat goes quiet. Somewhere in Toronto it's twenty "
        .. "to seven and he is, you assume, also looking at a screen."),
      narrate "The dots appear under his name. They stop. They appear again. They stop.",
      choice { "*You type:* \"sorry about tonight. I missed you, that's all it was. talk tomorrow?\"",
               to = "talk_tomorrow",
               skills = { "repair", "be_vulnerable" }, calm = true, tension = -20, close = 10,
               coach = "The dots were him trying. You went first, and small. He answers inside a minute." },
      choice { "*You turn the phone off and put it in the drawer.*", to = "read_2348",
               pitfalls = { "stonewall" },
               coach = "It stops the dots from hurting. It also means he'll be talking to a drawer." },
      choice { "*You screenshot his last message and send it to your sister:* \"unbelievable\"", to = "read_2348",
               pitfalls = { "contempt" }, tension = 10,
               coach = "You needed someone on your side tonight. Now the row has an audience, and he doesn't know it." },
      choice { "*You leave the phone on your chest and wait for the dots.*", to = "talk_tomorrow",
               skills = { "patience", "self_soothe" }, heat = -20,
               coach = "You let him finish whatever he was writing. It's \"I'm sorry. I'm a wreck. I love you.\"" },
    },

    ---------------------------------------------------------------- endings

    ending "sunday" {
      title = "Sunday, two o'clock yours",
      summary = "Kofi had a bad day and you'd felt forgotten; you heard about his, told him about yours, and booked a proper call.",
      say.kofi "Sunday. 2pm yours, 9am mine. I'll make a coffee and you can show me Margaret on video",
      narrate(function(s)
        if s.close >= 70 then
          return "You fall asleep at half twelve with the phone on the pillow. The last message says \"love you. bike woman\"."
        end
        return "You put the phone on charge at twenty to twelve. \"night. love you. sorry about today.\" \"me too.\""
      end),
      narrate "Margaret stays in the hall all week, waiting for Sunday, with her bell turned to the wall.",
    },

    ending "a_voice" {
      title = "A voice at midnight",
      summary = "Kofi had a bad day and asked to hear your voice; you rang, and talked about nothing much until late.",
      narrate("You talk until ten to one: the bike, the cat, his neighbour who shovels snow in shorts. Nobody "
        .. "mentions the crane again, or the nine hours, and somehow both are smaller."),
      say.kofi "Sunday. Proper call. I'll make a coffee and you can show me Margaret.",
      narrate "The call log says 1h 38m. You fall asleep before you've put the phone down.",
      narrate "In the morning there's a photo from 06:02 his time: a coffee, a hard hat, and \"round two\".",
    },

    ending "talk_tomorrow" {
      title = "Talk tomorrow",
      summary = "After a long quiet day, the messages with Kofi got sharp; before sleep, one of you reached back, and the other answered.",
      say.kofi "yes. tomorrow. your lunch, my breakfast. I'll be better at words by then",
      narrate("You put the phone on charge. Further up the screen the bike is still there, Read 14:40. Under it now: "
        .. "\"she's beautiful btw. Margaret\"."),
      narrate "You reply with a bell emoji. He replies with a crane. It's nearly one. You let it be nearly one.",
    },

    ending "goodnight_xx" {
      title = "night xx",
      summary = "Kofi had a bad day and you kept things easy; the evening ended kindly, and your day stayed unsaid.",
      reflect = "When you keep something small to yourself to spare someone, where does it go?",
      say.kofi "night xx love you. the bike looks great",
      narrate("You put the phone on charge. It's a nice message. You read it three times, and then you look "
        .. "at Read 14:40 again, which is still there, further up."),
      narrate "On Saturday you take Margaret out along the canal on your own, and don't send a photo.",
    },

    ending "read_2348" {
      title = "Read 23:48",
      summary = "Kofi texted after a bad day and a silent afternoon; the messages got short and sharp, and you both went to bed on them.",
      reflect = "When a message stings, what helps you answer the person rather than the words on the screen?",
      narrate "Your last message says Read 23:48. Nothing comes back.",
      narrate "You put the phone face down. You turn it over. You put it face down again.",
      narrate(function(s)
        if s.tension >= 50 then
          return "At two you're still awake. In Toronto it's nine at night and his status says online, then doesn't."
        end
        return "At ten to seven your alarm goes, and there's one message from 03:12: \"sorry. bad day. talk later?\""
      end),
    },
  },
}
