-- The Heron
-- Nothing is wrong. Ruth has been your flatmate for two years; the flat is over a chip shop
-- on the Leeds and Liverpool canal. It is Saturday morning and you are answering a work email
-- you don't have to answer until Monday. Ruth is at the window and has seen a heron.
--
-- Ruth's side: she is not upset and not asking for anything big. She wants someone to see the
-- heron with her. Under that, a small private thing: her grandad took her to watch herons when
-- she was little, and she has just noticed she has turned into him. She will share it if the
-- first bid lands; she won't mind much if it doesn't, which is exactly why it is easy to miss.
-- Your side: the email is real, and you like to get things off your plate. Nobody would call
-- you unkind for finishing it. The skill is small and easy to skip: get up and look.
--
-- State: warmth is Ruth's (how much the morning has felt shared); saw is whether you saw the
-- heron at all; flown, whether he flew off while you weren't looking; grandad, whether she has
-- told you about her grandad yet (these three are flags). Every change to warmth is a multiple
-- of 10 and the range is clamped.

local function shared(s) return s.warmth >= 60 end

return scenario {
  id = "the-heron",
  title = "The Heron",
  blurb = "Saturday, half ten. Ruth is at the window saying \"come here, quick\". You're mid-email.",
  minutes = 6,
  setting = "Your flat over the chip shop on the canal in Kirkstall, Leeds. Half ten on a Saturday "
    .. "in October. You are at the table with your laptop, answering your manager.",
  notes = {
    "a calm, everyday morning between flatmates; nothing goes badly wrong",
    "a brief, happy mention of a grandparent",
  },
  reflect = "Which small \"come and look at this\" moments do the people around you offer, and "
    .. "what usually decides whether you get up?",
  cast = { ruth = "Ruth" },
  state = {
    warmth = { 40, max = 80 },
    saw = false,
    grandad = false,
    flown = false,
  },
  start = "the_window",
  nodes = {

    node "the_window" {
      need = "celebration",
      narrate("Your manager has sent a Saturday email with \"no rush!!\" in the subject line. You are on your third "
        .. "draft of a reply that says, in effect, \"fine\"."),
      narrate "Ruth is at the window in her dressing gown with a cold piece of toast. She goes completely still.",
      say.ruth "Oh. Oh. Come here. Quick, quick, come and look.",
      narrate "Below the window a narrowboat chugs past with a dog on the roof. Ruth doesn't look at the dog.",
      choice { "*You get up and go to the window.* \"Where?\"", to = "the_heron",
               skills = { "turn_toward" }, warmth = 10, saw = true,
               coach = "You didn't know what it was and got up anyway. Ruth points without taking her eyes off the lock." },
      choice { "Mm. One sec. *You keep writing.*", to = "one_sec",
               pitfalls = { "distracted" }, warmth = -10,
               coach = "One second is honest; you meant it. Ruth keeps her finger on the glass, pointing at the lock for nobody." },
      choice { "If it's the swans fighting again, I've seen the swans.", to = "not_swans",
               pitfalls = { "turn_away" }, warmth = -10,
               coach = "A fair guess on this canal, and a joke. It answers the bid before you know what it was." },
      choice { "I really want to, I do, but I've promised myself I'll send this before ten. "
                 .. "Tell me all about it after?", to = "one_sec",
               pitfalls = { "turn_away" }, warmth = -10,
               coach = "Considerate, clear, and it keeps your promise to yourself. Whatever is out there won't be there after." },
    },

    node "not_swans" {
      need = "celebration",
      say.ruth "It's not the swans. It's better than the swans. Never mind.",
      narrate "She turns back to the glass, a bit pointedly, and eats her toast at it.",
      choice { "Better than the swans? *You get up.* Show me.", to = "the_heron",
               skills = { "repair", "turn_toward" }, warmth = 10, saw = true,
               coach = "You heard the \"never mind\" and didn't take it at its word. She moves over to make room." },
      choice { "Okay, okay, I'm sorry, I'll look in a minute, I promise.", to = "one_sec",
               pitfalls = { "turn_away" },
               coach = "An apology and a promise, both kindly meant. Neither one gets you out of the chair." },
      choice { "*You carry on with the email.*", to = "gone",
               pitfalls = { "turn_away" }, flown = true, warmth = -10,
               coach = "She said never mind, so you took it. Some never-minds are a second chance." },
    },

    node "one_sec" {
      need = "celebration",
      say.ruth "It's going to go. It's not going to wait for your email, whatever it is.",
      narrate "She hasn't taken her eyes off the lock. The toast in her other hand is forgotten.",
      choice { "*You fold the laptop shut.*", to = "the_heron",
               skills = { "repair", "turn_toward" }, warmth = 10, saw = true,
               coach = "No speech: the lid went down and you went over. The email is exactly as unsent as it was." },
      choice { "Can you take a photo of it for me?", to = "gone",
               pitfalls = { "turn_away" }, flown = true,
               coach = "A warm way to ask for the thing without the moment. She takes one. It's mostly window." },
      choice { "Ruth. It's a bird. Some of us are working.", to = "gone",
               pitfalls = { "turn_against" }, flown = true, warmth = -20,
               coach = "You are working, a bit. The edge in it tells her the bid was a nuisance." },
      choice { "I am genuinely interested, I just need to finish this one sentence and then "
                 .. "I'm all yours.", to = "gone",
               pitfalls = { "turn_away" }, flown = true,
               coach = "All true, said warmly. The sentence takes four minutes, which is about three more than a heron gives." },
    },

    node "gone" {
      need = "heard",
      narrate "Outside, something grey and enormous unfolds off the lock gate and flaps away over the Co-op.",
      say.ruth "He's gone. He was massive. Like an umbrella with legs.",
      say.ruth "He'd been on that gate ten minutes without moving. I think he was thinking.",
      choice { "Ah, sorry, I missed him. How big? Show me with your arms.", to = "norman",
               skills = { "repair", "curious" }, warmth = 20,
               coach = "You owned the miss and asked for the rest. She does the wingspan with both arms and knocks the blind." },
      choice { "There'll be another one. It's a canal. They're always about.", to = "the_photo",
               pitfalls = { "minimise" },
               coach = "True, and meant to cheer her up. It tells her this one didn't count." },
      choice { "*You nod and send the email.*", to = "the_photo",
               pitfalls = { "turn_away" }, warmth = -10,
               coach = "The email's off your plate. Ruth's heron stays on hers." },
    },

    node "the_heron" {
      need = "celebration",
      narrate("On the lock gate stands a grey heron, hunched like a man in a long coat waiting for a bus. "
        .. "He is completely still."),
      say.ruth "He's been there ten minutes. He hasn't moved once. I think he's thinking.",
      narrate "A jogger goes past on the towpath a metre from him. He doesn't so much as blink.",
      choice { "What about, do you reckon?", to = "norman",
               skills = { "curious", "turn_toward" }, warmth = 10,
               coach = "You played along. Ruth considers the question seriously, which is the fun of it." },
      choice { "They eat ducklings, you know. Swallow them whole. I saw it on a documentary.", to = "norman",
               pitfalls = { "shoot_down" }, warmth = -10,
               coach = "An interesting fact, and he probably does. It turns her wonder into a case against him." },
      choice { "Cool. *Your phone pings.*", to = "gone",
               pitfalls = { "distracted" }, flown = true, warmth = -10,
               coach = "One glance. When you look up, the gate is empty and Ruth is watching the sky over the Co-op." },
      choice { "He looks exactly like Mr Okafor from the second floor, waiting for the lift in his big coat.", to = "norman",
               skills = { "turn_toward", "affection" }, warmth = 10,
               coach = "Silly, and shared. Ruth snorts toast, and now the heron has a second-floor flat." },
    },

    node "norman" {
      need = "heard",
      say.ruth(function(s)
        if s.flown then return "He'll come back. They do. He was definitely a Norman." end
        if s.warmth < 40 then return "Thank you, David Attenborough. He's still a Norman." end
        return "He's a Norman. Look at him. That is a Norman."
      end),
      say.ruth("My grandad used to take me up to Eccup reservoir on Sundays to see them. He called every heron "
        .. "Norman. Forty years of Normans."),
      narrate(function(s)
        if s.flown then return "Out on the lock, the gate stands empty, a bit wet where he was." end
        return "The heron, on the gate, shifts one foot, considers it, and puts it back exactly where it was."
      end),
      choice { "Norman, then.", to = "weird",
               skills = { "turn_toward", "affection" }, warmth = 10, grandad = true,
               coach = "Two words, and you took the name as it was offered. She grins at the glass." },
      choice { "Ruth. I'm sorry. Do you miss him?", to = "scarborough",
               pitfalls = { "mind_read" }, grandad = true,
               coach = "Gentle and caring, and built on a guess. \"Used to\" doesn't always mean what it sounds like." },
      choice { "Was he a bird person, your grandad, or was it only ever herons with him?", to = "weird",
               skills = { "curious", "open_question" }, warmth = 10, grandad = true,
               coach = "You asked about him, not about birds. She has to think about it, and likes thinking about it." },
      choice { "Mine only watched the racing. With a little pen.", to = "weird",
               pitfalls = { "hijack" }, grandad = true,
               coach = "A nice picture, offered as a swap. Ruth laughs, and her grandad waits his turn." },
    },

    node "scarborough" {
      need = "heard",
      say.ruth "He's not dead! He's in Scarborough. He's got a new hip and a lady friend called Pat.",
      choice { "Oh no. Sorry. Right. Tell me about Pat, immediately.", to = "weird",
               skills = { "repair", "curious" }, warmth = 10,
               coach = "You laughed at your own wrong turn and followed hers. Pat, it turns out, does line dancing." },
      choice { "Well, you said \"used to\". What was I supposed to think?", to = "weird",
               pitfalls = { "defensive" }, warmth = -10,
               coach = "A fair reading of the words. Defending it makes the mix-up the subject, instead of him." },
      choice { "*You laugh and drift back to the laptop.*", to = "the_photo",
               pitfalls = { "turn_away" }, warmth = -10,
               coach = "Friendly, and on your way back to the email. She was halfway into a story." },
    },

    node "weird" {
      need = "reassurance",
      say.ruth("He'd stand there an hour and not say a word. I thought it was the most boring thing in the world. "
        .. "And now I do it. I've been at this window since half nine."),
      narrate "She says it to the window, not to you, with a bit of a laugh in case it needs one.",
      say.ruth "Is that weird? That's a bit weird.",
      choice { "Not at all. Loads of people find birds calming. It's basically mindfulness.",
               to = "the_photo",
               pitfalls = { "minimise" },
               coach = "Reassuring, and it files her under \"loads of people\". She was telling you about him, not asking for a survey." },
      choice { "It's a bit weird. I like it.", to = "the_photo",
               skills = { "honest", "affection" }, warmth = 10,
               coach = "You agreed with her and liked her for it. She looks pleased in a way she tries to hide in the toast." },
      choice { "So you've turned into him. Stood at a window on purpose, not saying a word, for an hour.", to = "the_photo",
               skills = { "reflect" }, warmth = 10,
               coach = "You gave her own thought back to her, a bit clearer. \"Yeah,\" she says. \"Yeah, I have.\"" },
      choice { "Try the RSPB walks at Rodley. You sit in a hide with proper birders.", to = "the_photo",
               pitfalls = { "fix_too_soon" },
               coach = "A good idea for later. Right now it turns a moment into a plan she didn't ask for." },
    },

    node "the_photo" {
      need = "heard",
      narrate "Ruth sits on the arm of the sofa and scrolls back a long way through her phone, then holds it out.",
      narrate("A photo of a photo: a girl of about six in a yellow cagoule on a reservoir wall, and behind her a man "
        .. "in a flat cap, pointing at something out of the picture."),
      say.ruth(function(s)
        if not s.grandad then
          return "My grandad. He used to take me to Eccup to see herons. He called every one of them Norman."
        end
        return "That's him. Eccup, 1998. There's a Norman just out of shot, I promise."
      end),
      choice { "Look at the cagoule on you.", to = "the_walk",
               skills = { "turn_toward", "affection" }, warmth = 10,
               coach = "You looked properly and found the best bit. \"Mum made me wear it every day for a year,\" she says." },
      choice { "*You glance at it, nod, and look back at your screen.*", to = "the_walk",
               pitfalls = { "turn_away" }, warmth = -10,
               coach = "A nod is an answer of a sort. She looks at the photo a second longer on her own, then puts it away." },
      choice { "Aw. I've got one just like that, me and my nan at Flamingo Land, in a bucket hat.", to = "the_walk",
               pitfalls = { "hijack" },
               coach = "Offered as a match, warmly. Now there are two photos, and she's looking at yours." },
      choice { "Which way's the Norman? Point.", to = "the_walk",
               skills = { "curious", "turn_toward" }, warmth = 10,
               coach = "You went into the picture with her. She points off the edge of the phone, at the wallpaper." },
    },

    node "the_walk" {
      need = "reassurance",
      narrate("Ruth puts her mug in the sink and goes looking for her trainers. She finds one under the sofa and the "
        .. "other in the bathroom, which she doesn't explain."),
      say.ruth(function(s)
        if shared(s) then return "I'm going down the towpath to see which lock he's moved to. Come?" end
        return "I'm going down the towpath for a bit. You're busy, I know."
      end),
      choice { "Go on, then. Where's my other shoe?", to = "down_the_towpath",
               skills = { "turn_toward", "make_time" }, warmth = 10,
               coach = "You said yes to something small and unplanned. The email can be a Monday problem." },
      choice { "You go. I'll have the kettle on for when you're back.", id = "kettle_after_a_shared_morning",
               to = "kettle_on", when = shared,
               skills = { "honest", "turn_toward" },
               coach = "After a morning you both enjoyed, a plain no is fine, and the kettle is a yes to her coming back." },
      choice { "You go. I'll have the kettle on for when you're back.", id = "kettle_instead_of_the_morning",
               to = "a_photo", when = function(s) return not shared(s) end,
               pitfalls = { "turn_away" },
               coach = "Kind words. After a morning of not quite looking, they are one more not now." },
      choice { "Can't, sorry. Next weekend?", to = "a_photo",
               pitfalls = { "turn_away" }, warmth = -10,
               coach = "You mean it about next weekend. Herons don't keep appointments, and nor does this sort of Saturday." },
    },

    ending "down_the_towpath" {
      title = "Down the towpath",
      summary = "Ruth saw a heron and called you over; you went, and the morning turned into a walk along the canal.",
      narrate("You find him two locks down, on a shopping trolley in the water, looking like he owns it. Ruth says "
        .. "\"Norman\" under her breath, like a greeting."),
      narrate(function(s)
        if not s.saw then return "You didn't see him the first time. You see him now, for a long time, and nobody says anything." end
        return "You stand there long enough for your feet to get cold. Neither of you mentions the email."
      end),
      narrate "On the way back she rings her grandad in Scarborough and holds the phone up to the canal.",
    },

    ending "kettle_on" {
      title = "The kettle on",
      summary = "You looked at the heron with Ruth, heard about her grandad, and stayed home while she walked; the morning felt shared anyway.",
      narrate("You send the email. It takes two minutes now. You put the kettle on at eleven and it has just boiled "
        .. "when the door goes."),
      say.ruth "Two locks down. On a trolley. Like a king.",
      narrate "She tells you the whole walk with her hands round the mug, and you ask which trolley.",
    },

    ending "a_photo" {
      title = "A photo of a lock gate",
      summary = "Ruth saw a heron and asked you to look; the morning stayed yours and hers, side by side.",
      reflect = "What would it have cost to look up, and what did looking down save?",
      narrate(function(s)
        if s.warmth <= 20 then
          return "Ruth goes out. Forty minutes later she sends a photo: a lock gate with nothing on it. No message."
        end
        return "Ruth goes out. Forty minutes later she sends a blurry photo of something grey on a trolley. \"norman x\"."
      end),
      narrate("The email went at 10:52. Your manager replies \"great thanks!!\" at 10:53. You look at the photo "
        .. "for longer than the reply."),
    },
  },
}
