-- Afraid to Say It
-- Sunday lunch at Mum's. You have been signed off work with stress for three weeks, and you
-- haven't told her. Every Sunday on the phone you say "busy". Today you are standing next to her
-- at the sink with a tea towel, and your train home is at ten past five.
--
-- Mum's side: she retired in July after thirty-one years as the secretary at St Anne's, and she
-- misses being needed. She loves people with food and plans. She calls you "my sensible one" and
-- means it as the highest praise she has; she has no idea it has become a job. She worries about
-- your brother Kieran all the time and has never had to worry about you, which she thinks is a
-- good thing. Her fear: that something is wrong with one of her children and she didn't notice,
-- and that when she finds out she'll say the wrong thing. She had a bad year after Kieran was
-- born that nobody ever named, and she has never talked about it.
--
-- Your side: saying it makes it real. You are afraid she will panic, fix, tell Auntie Jean, or
-- be quietly disappointed. Being the one who's fine is an old habit, and a comfortable one.
--
-- State: trust and worry are Mum's; said is how much of the true thing Mum actually knows (a
-- joke or a "fine" keeps it low, and that comes back in the car and at the end); dread is yours.
-- Every dodge raises dread a little, and while it is high the vulnerable lines are locked: hiding
-- makes it harder to say, which is the point. A breath always brings it down.
-- afternoons counts the times the afternoon has come round: the clock moves on towards the
-- train, Mum sits down to listen knowing you've been quiet all afternoon, and the cake (and the
-- biscuits after it) happens once. When nothing else is open, the afternoon runs out and you
-- get your coat (a fallback).
-- Every change is a multiple of 10 and the ranges are clamped, to keep `heartlines check` quick.

-- By twenty to five (the third time the afternoon comes round) it's too late for a dig about
-- Deirdre; the back step is a breather you can take once.
local function before_the_train(s) return s.afternoons < 3 end

return scenario {
  id = "afraid-to-say-it",
  title = "Afraid to Say It",
  blurb = "Sunday lunch at your mum's. You've been signed off work for three weeks, and she still thinks you're busy.",
  minutes = 10,
  setting = "Your mum's kitchen in Kettering, twenty past three on a Sunday in March. The roast is eaten, "
    .. "the radio is on, and your train back to London is at ten past five.",
  notes = {
    "an adult child signed off work with stress, and not yet telling their parent",
    "family expectations: being 'the sensible one'",
    "a parent recalling a hard time after having a baby, briefly and without detail",
    "a conversation that can become tense, and leaving on a bad note",
  },
  reflect = "When something is hard to say to someone you love, what are you protecting them from, "
    .. "and what are you protecting yourself from?",
  cast = { mum = "Mum" },
  state = {
    trust = { 50, min = 20, max = 80 },
    worry = { 30, better = "lower", max = 90 },
    said = { 0, max = 40 },
    dread = { 40, better = "lower", max = 80 },
    afternoons = { visits = "the_afternoon", max = 3 },
  },
  flooding = { var = "worry", at = 80, to = "mum_needs_a_minute" },
  self_flooding = {
    var = "dread", at = 70,
    hint = "Your throat has gone tight and the words are stuck somewhere behind it. Breathe first.",
  },
  start = "washing_up",
  nodes = {

    ---------------------------------------------------------------- act one: the sink

    node "washing_up" {
      need = "honesty",
      narrate("Mum washes; you dry. It has been this way since you were tall enough to reach the draining board. "
        .. "The dishwasher has been broken since 2019. Dad is \"going to look at it\"."),
      say.mum "So go on. How's work? Still mad?",
      say.mum "You sound shattered on the phone. Every Sunday: busy, busy, busy. Like a little bee.",
      narrate("You haven't been to work for three weeks. There is a fit note from the GP in your coat pocket, "
        .. "folded into eighths. You've been carrying it about like it might go off."),
      choice { "Put it this way: I've watched every series of Bake Off. Since Tuesday.", to = "the_joke",
               pitfalls = { "avoid" },
               coach = "Funny, true, and built so Mum can take it either way. She takes the easy way, because you offered it." },
      choice { "Mad. You know. Same as ever.", to = "same_as_ever",
               pitfalls = { "avoid" }, dread = 10,
               coach = "The answer you give every Sunday, and it still works. It also makes the next true sentence a little heavier." },
      choice { "I'm not at work, Mum. I've been signed off. Three weeks now. I didn't know how to ring and say it.", to = "it_is_said",
               skills = { "be_vulnerable", "honest" }, calm = true, said = 20, dread = -20, worry = 10,
               coach = "You said it plainly, mid-plate, before you could talk yourself out of it. Mum turns the tap off." },
      choice { "Mum, did you ever have a job you couldn't face going in to?", to = "the_test",
               coach = "A real question, and also a toe in the water. Mum answers the question you asked, not the one underneath it." },
    },

    node "same_as_ever" {
      need = "honesty",
      say.mum "You work too hard. You always did. You revised for your GCSEs in the bath.",
      say.mum("Kieran's on nights now, did I say? At the big warehouse by the ring road. I don't sleep when he's on, "
        .. "I just lie there listening for the phone."),
      say.mum "But you'd tell me. You're my sensible one. I've never once had to worry about you.",
      narrate "She says it the way other people say \"I love you\". It lands somewhere under your ribs.",
      choice { "Ha. Yeah. Sensible.", to = "the_afternoon",
               pitfalls = { "avoid" }, dread = 10,
               coach = "Agreeing is what the sensible one does. Mum goes back to the roasting tin, reassured about the wrong thing." },
      choice { "Must be nice, having one you never have to think about, mustn't it?", to = "stung",
               pitfalls = { "sarcasm" }, trust = -20,
               coach = "The hurt is real and old. It came out with an edge on it, and the edge is what Mum hears." },
      choice { "About that. I'm not sure I'm very sensible at the moment.", to = "not_that_sensible",
               skills = { "repair", "be_vulnerable" }, calm = true, said = 10, dread = -10,
               coach = "You went back through the door you'd just closed. Only halfway, and that's still through it." },
      choice { "*You put the plate down and let a breath go, all the way out.*", to = "working_up_to_it",
               skills = { "self_soothe" }, dread = -20,
               coach = "Nothing said yet. Your shoulders came down, though, and Mum noticed the plate." },
    },

    node "the_joke" {
      need = "honesty",
      say.mum "Every series? Even the one with the baked Alaska? Where the man put it in the bin?",
      say.mum "Well, good for you. You never take a holiday. Have you got leave to use up?",
      narrate "She has taken the door you left open for a window. It would be very easy to climb out of it.",
      choice { "Something like that. Use it or lose it.", to = "the_afternoon",
               pitfalls = { "avoid" }, dread = 10,
               coach = "Technically not a lie. Mum is pleased you're resting, and the thing you came to say goes back in your pocket." },
      choice { "I'm off sick. It wasn't a joke.", to = "it_is_said",
               skills = { "repair", "honest" }, calm = true, said = 20, dread = -20, worry = 10,
               coach = "You caught your own joke and turned it round. Mum stops with a plate halfway out of the water." },
      choice { "*You laugh and ask how next door's extension is coming on.*", to = "the_afternoon",
               pitfalls = { "turn_away" }, dread = 10,
               coach = "Mum asked about you and you handed her a different topic. She takes it, because it's a good topic." },
    },

    node "the_test" {
      need = "honesty",
      say.mum("Couldn't face? The Co-op on Rockingham Road, 1979. Mr Pruitt. He made us count the loose teabags "
        .. "at the end of every day. Individually."),
      say.mum "I cried in the stockroom every Saturday for a year.",
      say.mum "But you just go in, don't you. You get on with it. Why, is someone giving you grief?",
      choice { "No, no. Just wondering.", to = "the_afternoon",
               pitfalls = { "avoid" }, dread = 10,
               coach = "The water was fine, and you got out anyway. Mum goes back to the gravy boat." },
      choice { "Nobody's giving me grief. I've just not been coping, lately.", to = "not_that_sensible",
               skills = { "be_vulnerable" }, calm = true, said = 10, dread = -10,
               coach = "You borrowed her words and turned them round. Not the whole thing, but Mum knows it's a thing." },
      choice { "That's the family motto, isn't it. Just get on with it.", to = "stung",
               pitfalls = { "sarcasm" }, trust = -20,
               coach = "There's a real point in there about how your family does hard things. Said like that, it sounds like a verdict on her." },
      choice { "Why did you stay? All those Saturdays?", to = "mr_pruitt",
               skills = { "curious", "open_question" }, trust = 10,
               coach = "You got interested in her story instead of hiding behind it. It makes the kitchen a safer place to be honest in." },
    },

    node "mr_pruitt" {
      need = "honesty",
      say.mum "Leave? It was 1979. You didn't leave, you got engaged.",
      say.mum "I married your dad partly to get out of counting teabags. Don't you dare tell him.",
      say.mum "Why are you asking, love? You've gone the colour of that tea towel.",
      narrate "The tea towel says LLANDUDNO and has a picture of a tram on it. It used to be red.",
      choice { "No reason! Just being nosy about before Dad.", to = "the_afternoon",
               pitfalls = { "avoid" }, dread = 10,
               coach = "She asked straight out and got a cheerful no. She lets it go, and keeps half an eye on you all afternoon." },
      choice { "I've not been in. Three weeks.", to = "it_is_said",
               skills = { "be_vulnerable", "honest" }, calm = true, said = 20, dread = -20, worry = 10,
               coach = "She held the door open and you walked through it. Short, and all of it." },
      choice { "Hang on. I need to finish this tin first.", to = "working_up_to_it",
               skills = { "honest", "pause" }, dread = -10,
               coach = "Not yet, and not no: you told her there's something and asked for a minute to get there." },
    },

    node "not_that_sensible" {
      need = "honesty",
      say.mum "What do you mean? Have you bought a motorbike?",
      say.mum "It's not a man, is it? It's not that one with the van?",
      choice { "Ha. No. Ignore me.", to = "the_afternoon",
               pitfalls = { "avoid" }, dread = 10, trust = -10,
               coach = "You took it back, which feels safer. Now Mum is worried and has nothing to hold on to." },
      choice { "Why do you always jump straight to the worst possible thing, Mum?", to = "stung",
               pitfalls = { "always_never" }, trust = -10,
               coach = "Fair, about the van. But \"always\" turns a joke into a charge, and Mum has to defend herself instead of listening." },
      choice { "No van. I've been signed off work, Mum. Three weeks. It's stress. I'm okay. I'm not okay. Both.", to = "it_is_said",
               skills = { "honest", "be_vulnerable" }, calm = true, said = 10, dread = -20, worry = 10,
               coach = "You finished the sentence you'd started. The van, at least, is off the table." },
    },

    node "stung" {
      need = "reassurance",
      say.mum(function(s)
        if s.trust <= 30 then return "What's that supposed to mean? No, go on. What's that supposed to mean?" end
        return "Well. I don't know what that's supposed to mean."
      end),
      say.mum "We did our best, me and your dad. There wasn't all this talking, then. You just got on.",
      narrate "She starts wiping down a worktop that is already clean, harder than it needs.",
      choice { "Sorry, but I'm allowed to say what it was like.", to = "the_afternoon",
               pitfalls = { "defensive" }, trust = -10, dread = 10,
               coach = "True, probably. It defends the comment rather than what was under it, and the worktop gets another going-over." },
      choice { "Sorry. That was a dig. Truth is, I'm not getting on at all.", to = "it_is_said",
               skills = { "take_responsibility", "be_vulnerable" }, calm = true, trust = 10, said = 20, dread = -10, worry = 10,
               coach = "You owned the dig and then said the thing the dig was standing in for. Mum puts the cloth down." },
      choice { "*You reach past her and turn the radio up a notch.*", to = "the_afternoon",
               pitfalls = { "stonewall" }, trust = -10, dread = 10,
               coach = "Lionel Richie does the talking for a while. Neither of you is listening to him." },
      choice { "*You put the tea towel down.* \"Hang on. Not yet.\"", to = "working_up_to_it",
               skills = { "pause", "repair" }, dread = -20, trust = 10,
               coach = "A pause before the next sharp thing got out. Mum waits, tea towel in hand." },
    },

    node "working_up_to_it" {
      need = "honesty",
      narrate("You fold the tea towel in half, and in half again, until it's a tram-sized square. "
        .. "The radio moves on to the travel news. The A14 is, as ever, a disgrace."),
      say.mum(function(s)
        if s.trust <= 30 then return "You're frightening me a bit now, love." end
        return "You've gone quiet. You always went quiet before you told me something. Like with the guinea pig."
      end),
      say.mum(function(s)
        if s.trust <= 30 then return "" end
        return "The heron. You were nine. You went quiet for a whole afternoon over that heron."
      end),
      choice { "Can we sit down? It's not bad news. Well. It's my news.", to = "at_the_table",
               skills = { "gentle_startup", "clear_request" },
               coach = "A chair first, then the words. Mum sits, which means she's going to listen." },
      choice { "It's nothing. Just tired.", to = "the_afternoon",
               pitfalls = { "avoid" }, dread = 10, trust = -10,
               coach = "Tired is true. It's also the smallest true thing available, and Mum can tell." },
      choice { "It's not a heron, Mum. Honestly. I've been signed off work. Stress.", to = "it_is_said",
               skills = { "honest", "be_vulnerable" }, calm = true, said = 20, dread = -20, worry = 10,
               coach = "You let her make it easier, and then you did the hard part yourself." },
    },

    node "at_the_table" {
      need = "honesty",
      narrate "Mum sits. She holds an empty mug in both hands, as if it's warm.",
      say.mum(function(s)
        if s.afternoons >= 1 then return "I'm sat. Take your time, love. You've had a face on you since lunch." end
        return "Go on, then. I'm sat."
      end),
      choice { "Actually, ignore me. It's nothing. Honestly.", to = "the_afternoon",
               pitfalls = { "avoid" }, trust = -10, dread = 10,
               coach = "You got her into a chair and then left. Now the worry has all the space it wants." },
      choice { "I've been signed off work. Three weeks. Stress.", to = "it_is_said",
               skills = { "be_vulnerable", "honest" }, calm = true, said = 20, dread = -20, worry = 10,
               coach = "The whole thing, in the order it happened. Mum puts the mug down." },
      choice { "Promise me you won't tell Auntie Jean first. Or anyone. Promise.", to = "a_promise_first",
               pitfalls = { "demand" },
               coach = "A fair worry, in the shape of a condition. Mum has to agree to something she can't see yet." },
    },

    node "a_promise_first" {
      need = "honesty",
      say.mum "How can I promise when I don't know what it is? Are you in trouble? Is it money?",
      say.mum "...Fine. I promise. Jean is dead to me. Go on.",
      choice { "It's not money. I've been signed off work, with stress. Three weeks.", to = "it_is_said",
               skills = { "honest", "be_vulnerable" }, calm = true, said = 20, dread = -20, worry = 10,
               coach = "You got your promise and spent it on the truth. Jean will be fine." },
      choice { "Actually, forget it. It's stupid. It's really not worth a promise.", to = "the_afternoon",
               pitfalls = { "avoid" }, trust = -10, dread = 10,
               coach = "She promised, and then there was nothing to keep the promise about. Mum's imagination takes over." },
      choice { "*You unfold the fit note and put it on the table.*", to = "it_is_said",
               skills = { "be_vulnerable" }, said = 20, dread = -10, worry = 10,
               coach = "The paper said it for you. Sometimes that's the only way the first time, and it counts." },
    },

    node "the_afternoon" {
      need = "honesty",
      narrate(function(s)
        if s.afternoons >= 3 then
          return "Twenty to five. The radio has done the news three times. Your train is at ten past, and Mum has started saying \"if you're getting the ten past\"."
        end
        if s.afternoons == 2 then
          return "Four o'clock. The radio has done the news twice. Dad's marrow is on the windowsill, being admired by nobody."
        end
        return "The afternoon goes on. Deirdre next door is having an extension with bifold doors, and has told the whole "
          .. "street what bifold means. Dad comes in from the allotment with a marrow and goes out again."
      end),
      say.mum(function(s)
        if s.trust <= 30 then return "You've been ever so quiet today. You'd tell me if something was up, wouldn't you?" end
        return "I said to Deirdre, if you want bifolds, have bifolds. Life's too short. Don't you think?"
      end),
      narrate "The fit note is still in your coat, on the hook by the back door.",
      choice { "*You nod along. You say \"bifold\" in all the right places. You have more cake.*", to = "the_biscuits",
               once = true, pitfalls = { "avoid" }, dread = 10,
               coach = "Easy company and an easy afternoon. The thing you came with stays on the hook by the back door." },
      choice { "Mum, can I tell you something? It's not about bifolds.", to = "at_the_table",
               skills = { "gentle_startup", "repair" }, calm = true, dread = -10,
               coach = "You came back to it on your own, after letting it go once. Mum sits down before you've asked her to." },
      choice { "*You go and stand on the back step for a minute, and breathe.*", to = "working_up_to_it",
               once = true, skills = { "self_soothe" }, dread = -30,
               coach = "You gave your nerves somewhere to go. When you come back in, Mum is watching you over the kettle." },
      choice { "Deirdre's bifolds. Gripping stuff, Mum.", to = "stung",
               when = before_the_train, pitfalls = { "sarcasm" }, trust = -10,
               coach = "The pressure has to come out somewhere, and it came out at Mum. She hears that she's boring." },
      choice { "*You look at the clock, and go and get your coat off the hook.*", to = "the_car",
               fallback = true, pitfalls = { "avoid" },
               coach = "The afternoon ran out before the words came. That happens, and it isn't the last chance: there's the car." },
    },

    ---------------------------------------------------------------- act two: it's said

    node "it_is_said" {
      need = "honesty",
      narrate "For a moment Mum doesn't move at all. The radio goes on playing a love song to nobody.",
      say.mum(function(s)
        if s.trust <= 40 then
          return "Three weeks? And I've been on the phone to you every Sunday, going on about Deirdre's bifolds?"
        end
        return "Signed off. Three weeks."
      end),
      say.mum "Since when? Is it your back? Is it that manager, the one with the lanyard? Are you eating?",
      choice { "It's just stress. Half of London's got it.", to = "mum_fixes",
               pitfalls = { "avoid" }, said = -10, worry = -10,
               coach = "Shrinking it makes Mum's face relax, which was the point. It also takes back half of what you just said." },
      choice { "Since the eleventh. I didn't know how to say it. I still don't.", to = "mum_fixes",
               skills = { "honest", "be_vulnerable" }, said = 10, trust = 10,
               coach = "The answer to \"why didn't you say\" turned out to be part of the thing itself. Mum hears both." },
      choice { "This is why I didn't tell you. You're doing the face.", to = "the_face",
               pitfalls = { "criticism" }, worry = 20, trust = -10, dread = 10,
               coach = "You were braced for the face, and there it was. Now she's defending her face instead of hearing you." },
      choice { "One question at a time? The back's fine. I am eating.", to = "mum_fixes",
               skills = { "clear_request", "honest" }, worry = -10, said = 10,
               coach = "A small ask and a small joke, and the first real answer. The questions slow down to walking pace." },
    },

    node "the_face" {
      need = "reassurance",
      say.mum "What face? This is my face. It's the only one I've got.",
      say.mum "I'm your mother. I'm allowed a face when you tell me you're poorly.",
      narrate "Her hands have found the edge of the table and are holding on, as if it's the last thing keeping the kitchen up.",
      choice { "Sorry, but you always make it about how you feel.", to = "forget_it",
               pitfalls = { "always_never" }, worry = 20, trust = -10,
               coach = "You'd had a lifetime of her feelings filling the room, and that's real. \"Always\" makes it a trial." },
      choice { "Sorry. Normal face. I'm scared of it.", to = "mum_fixes",
               skills = { "repair", "be_vulnerable" }, calm = true, worry = -20, trust = 10,
               coach = "You took the blame off her face and put the fear where it lives. Her grip on the table loosens." },
      choice { "Forget it. I knew this would happen. I knew it on the train.", to = "forget_it",
               pitfalls = { "mind_read", "stonewall" }, worry = 10, trust = -10, dread = 10,
               coach = "You'd predicted it before you walked in, so that's how it went. Mum never got a go at doing better." },
    },

    node "forget_it" {
      need = "reassurance",
      say.mum "Don't you \"forget it\" me. You can't say a thing like that and then forget it.",
      say.mum "I'm trying. I don't know how to do this. Nobody told me how to do this.",
      choice { "You're right. I can't. Sorry. Let me start again.", to = "mum_fixes",
               skills = { "take_responsibility", "repair" }, calm = true, worry = -20, trust = 10,
               coach = "You owned the slammed door and opened it again. Mum lets go of the table." },
      choice { "Sorry, but I tried to tell you, and you made a face.", to = "the_hall",
               pitfalls = { "defensive" }, worry = 10,
               coach = "It's how it felt. It also hands the whole afternoon to her face, and she can't take that back." },
      choice { "*You get your phone out and start looking up times for the earlier train.*", to = "the_hall",
               pitfalls = { "stonewall" }, trust = -10,
               coach = "Leaving felt like the only way to stop it going worse. Mum watches you scroll." },
      choice { "*You sit down at the table and wait for your hands to stop shaking.*", to = "mum_fixes",
               skills = { "self_soothe", "patience" }, dread = -20, worry = -10,
               coach = "You stayed in the room and let your body catch up. Mum pulls out the chair opposite." },
    },

    node "mum_fixes" {
      need = "reassurance",
      say.mum(function(s)
        if s.trust >= 60 then return "Right. Okay. Thank you for telling me. Right." end
        return "Right. Right."
      end),
      say.mum("Have you got a good doctor? Magnesium. Pat from church swears by magnesium, she was in a terrible way "
        .. "with her nerves after the hip."),
      say.mum("You could come home for a bit. Your old room's got the exercise bike in it, but your dad can move the bike. "
        .. "I'll do you a lasagne for the freezer. Two lasagnes."),
      narrate "She's already opening the cupboard where the foil lives.",
      choice { "Mum. Stop. I don't need a plan.", to = "only_trying_to_help",
               pitfalls = { "demand" }, worry = 10, trust = -10,
               coach = "Honest, and sharp with tiredness. Mum hears that the one thing she knows how to do is wrong." },
      choice { "Yes to lasagne. No to the bike. I just needed you to know.", to = "she_sits_down",
               skills = { "clear_request", "name_need" }, worry = -10, trust = 10,
               coach = "You took the help you wanted, turned down the help you didn't, and said the real thing. No one was wrong." },
      choice { "*You let her go on. You say yes to the magnesium, and the bike, and both lasagnes.*", to = "the_magnesium",
               pitfalls = { "avoid" }, said = -10, worry = -10,
               coach = "It's easier than explaining, and it makes her happy. It also lets a plan stand in for a conversation." },
      choice { "You're frightened. Me too. I've been frightened for about a month.", to = "she_sits_down",
               skills = { "validate", "be_vulnerable" }, calm = true, said = 10, worry = -10, trust = 10,
               coach = "You named what was under the foil, and admitted the same thing. Mum closes the cupboard." },
    },

    node "only_trying_to_help" {
      need = "reassurance",
      say.mum "I'm only trying to help. What am I meant to do, stand here and dry up?",
      say.mum "It's the only thing I know how to do about it.",
      choice { "*You shrug and pick the tea towel back up.*", to = "the_magnesium",
               pitfalls = { "stonewall" }, trust = -10,
               coach = "You let it drop to stop it hurting. Mum takes that as permission to carry on with the plan." },
      choice { "I know. Sorry. You can help. Just not with a bike.", to = "she_sits_down",
               skills = { "repair", "appreciate" }, calm = true, worry = -20, trust = 10,
               coach = "Short, a bit funny, and you took the sting out. Mum laughs, wetly, and sits down." },
      choice { "It's not helping, Mum.", to = "the_hall",
               pitfalls = { "criticism" }, worry = 20, trust = -10,
               coach = "True in the moment. She was offering what she had, and heard that it's worth nothing." },
    },

    node "the_magnesium" {
      need = "honesty",
      narrate("Ten minutes later there is a freezer bag of lasagne, a pot of magnesium tablets, and a list on the back of "
        .. "a gas bill. It says ROUTINE at the top, underlined twice."),
      say.mum "There. You were always better with a routine.",
      say.mum(function(s)
        if s.said >= 20 then return "Is that... is that the sort of thing? Is that what you need?" end
        return "Sorted. You'll be right as rain."
      end),
      choice { "It's lovely, Mum. Thank you.", to = "two_lasagnes",
               pitfalls = { "avoid" },
               coach = "Kind, and she needs to hear it. It also closes the subject on the list instead of on you." },
      choice { "It's lovely. I want to tell you what it's actually like, though.", to = "she_sits_down",
               skills = { "repair", "honest" }, calm = true, said = 10, trust = 10,
               coach = "You thanked the list and kept going. Mum puts the gas bill down to listen." },
      choice { "ROUTINE. Underlined. Right.", to = "only_trying_to_help",
               pitfalls = { "sarcasm" }, worry = 10, trust = -10,
               coach = "Very dry. Mum can hear the laugh in it, and who it's at." },
    },

    node "she_sits_down" {
      need = "heard",
      narrate "Mum sits down at the table, in Dad's chair, which she never does.",
      say.mum "After Kieran, I didn't get dressed for a month.",
      say.mum("Your dad did the school run in his work boots. You told your teacher I had a cold. Nobody called it anything. "
        .. "Your nan said I was run down. Like a battery."),
      say.mum(function(s)
        if s.trust >= 60 then return "I've never told you that. I don't know why I'm telling you now. Yes, I do." end
        return "Anyway. That was then."
      end),
      choice { "I never knew. What helped?", to = "what_helped",
               skills = { "open_question", "curious" }, trust = 10,
               coach = "You'd just been the one telling. Then you turned round and listened, and she kept going." },
      choice { "Mum, this isn't about you, though.", to = "not_about_you",
               pitfalls = { "turn_against" }, worry = 20, trust = -10,
               coach = "You'd waited three weeks to be heard, and now she's talking. But she was answering you, in the only way she knew." },
      choice { "*You sit down next to her.* \"I remember the cold. You wore Dad's dressing gown.\"", to = "what_helped",
               skills = { "be_present", "remember_details" }, trust = 10, worry = -10,
               coach = "You were there too, at seven, and you let her know it. She puts her hand over yours." },
    },

    node "not_about_you" {
      need = "reassurance",
      say.mum "No. You're right. Sorry.",
      narrate "She gets up and goes back to the sink, though there's nothing left in it.",
      say.mum "I only meant you're not the only one. That's all I meant.",
      choice { "*You let her wipe the clean sink.*", to = "two_lasagnes",
               pitfalls = { "stonewall" }, trust = -10,
               coach = "Quiet, which felt kinder than arguing. Mum folds what she was going to say back up." },
      choice { "I know. That was a rotten thing to say. Tell me. I want to know.", to = "what_helped",
               skills = { "repair", "take_responsibility" }, calm = true, worry = -20, trust = 10,
               coach = "You caught it while she was still by the sink. She comes back to the table." },
      choice { "It's just, for once in my life, I'd like it to be my turn.", to = "the_hall",
               pitfalls = { "escalate" }, worry = 20,
               coach = "A real need, said as a complaint about her. Mum's back goes very straight." },
      choice { "*You breathe out, slowly, and pull her chair back out.*", to = "what_helped",
               skills = { "self_soothe", "turn_toward" }, dread = -20, worry = -10,
               coach = "No speech. The chair said sit down, I'm listening, and she does." },
    },

    node "what_helped" {
      need = "honesty",
      say.mum("Your Auntie Jean came every Tuesday. She didn't ask me anything. She peeled potatoes and put the racing on "
        .. "and went home at four. For a year."),
      say.mum "I don't think I ever said thank you.",
      say.mum "So what's your Tuesday? What do you actually need? Not what I think. I'm rubbish at what I think.",
      choice { "Nothing, honestly. Telling you was the main thing.", to = "two_lasagnes",
               pitfalls = { "avoid" }, said = -10,
               coach = "Maybe true, and modest. She asked the question you'd been waiting for, and got a kind no." },
      choice { "For you not to tell Jean. Or Kieran. Or the church WhatsApp.", to = "not_the_whatsapp",
               pitfalls = { "avoid" }, worry = 10,
               coach = "A fair ask, about who not to tell. It answers a different question from the one she asked." },
      choice { "I don't know. I'll tell you when I do.", to = "wednesdays",
               skills = { "honest", "patience" },
               coach = "Honest about not knowing, and it leaves her a job: waiting for the answer. She's good at that." },
      choice { "Ring me on Wednesdays. Not about work. Just ring.", to = "wednesdays",
               skills = { "clear_request", "name_need" }, trust = 10,
               coach = "Specific, small, and something she can do from Kettering. She's already looking for a pen." },
    },

    node "not_the_whatsapp" {
      need = "honesty",
      say.mum "I wouldn't! ...I'll take it off the prayer list. It wasn't on the prayer list. It's off.",
      say.mum "And what else? There's an else. I can see it.",
      choice { "That's all. Honestly. Jean can come back off the dead list.", to = "two_lasagnes",
               pitfalls = { "avoid" }, said = -10,
               coach = "She saw the else and you told her there wasn't one. She lets you have it." },
      choice { "Wednesdays, then. Ring me. Not about work.", to = "wednesdays",
               skills = { "clear_request", "name_need" }, trust = 10,
               coach = "The else, said. She writes WEDS on the gas bill and draws a box round it." },
    },

    node "mum_needs_a_minute" {
      need = "space",
      narrate "Mum wipes her hands on her jeans, which she never does, though they're already dry.",
      say.mum "I need a minute. I'm not cross. I just need a minute, or I'll say something daft.",
      say.mum "I'm going to go and look at the hydrangeas.",
      choice { "Mum, can you not walk off? We're right in the middle of it.", to = "the_hall",
               pitfalls = { "pressure" }, trust = -10,
               coach = "You'd finally started, and you wanted to finish. She asked for a minute and heard a no." },
      choice { "*You breathe out.* \"I was sharp. Take your minute. I'll be here.\"", to = "in_the_garden",
               skills = { "take_responsibility", "give_space" }, calm = true, worry = -40, trust = 10,
               coach = "Sharp, then sorry, then out of her way, all in one breath. She squeezes your arm on the way past." },
      choice { "Okay. I'll make the tea.", to = "in_the_garden",
               skills = { "give_space", "respect_boundary" }, worry = -30,
               coach = "You let her go without a price on it. The kettle is a promise that there's an after." },
      choice { "Sorry. I'll get the earlier train, then.", to = "the_hall",
               pitfalls = { "guilt_trip" }, worry = 10,
               coach = "The sorry doesn't soften it: she asked for a minute and you offered her the whole afternoon back. She stops in the doorway." },
    },

    node "the_hall" {
      need = "reassurance",
      narrate("You get your coat. Mum follows you into the hall with the tea towel still in her hand, and stands there, "
        .. "not helping with your sleeve, which she always does."),
      say.mum "You'll let me know you got home.",
      choice { "*You stop with one arm in your coat.* \"Mum. I didn't mean it like that. Can I stay for the later one?\"", to = "she_sits_down",
               skills = { "repair", "take_responsibility" }, calm = true, trust = 10,
               coach = "You turned round in the hall, which is harder than at the table. She takes the coat back off your arm." },
      choice { "*You put the bag down and hug her, tea towel and all.*", to = "early_train",
               skills = { "affection" }, trust = 20,
               coach = "Nothing settled, and nothing taken back. She holds on a second longer than usual." },
      choice { "Yep. *You do the zip up.*", to = "early_train",
               pitfalls = { "stonewall" },
               coach = "One word, and the zip says the rest. She folds the tea towel into a very small square." },
      choice { "Sorry about today. I'll text.", to = "early_train",
               pitfalls = { "avoid" },
               coach = "An apology that closes the door on the way out. She says, \"Right,\" to the door." },
    },

    node "the_biscuits" {
      need = "honesty",
      narrate(function(s)   -- the clock has moved on with each afternoon
        local time = s.afternoons >= 3 and "Quarter to five" or s.afternoons == 2 and "Quarter past four" or "Half three"
        return time .. ". Mum goes upstairs for the good biscuits, the ones in the tin from Christmas. You're on your own "
          .. "with Dad's chair and the clock that's been five minutes fast since 1994."
      end),
      narrate "Your coat is on the hook by the back door. You know exactly which pocket.",
      choice { "*You get the fit note out and put it on the table, by the teapot, where she'll see it.*", to = "at_the_table",
               skills = { "be_vulnerable", "honest" }, calm = true, said = 10,
               coach = "You couldn't say it yet, so you let the paper start. She comes down with the tin and stops on the bottom stair." },
      choice { "*You breathe out, slowly, and look at the clock until your hands are still.*", to = "the_car",
               skills = { "self_soothe" }, dread = -20,
               coach = "Nothing said yet, and your heart is quieter than it was at lunch. The next chance will be easier to take." },
      choice { "*You check your train times. Twice.*", to = "the_car",
               pitfalls = { "avoid" },
               coach = "The train is a way out you can hold in your hand. Mum comes down with the tin and you've already got your coat in mind." },
    },

    node "the_platform" {
      need = "honesty",
      narrate("Platform two. The train is four minutes late, which is three more minutes than either of you knows what to "
        .. "do with. Mum has walked you to the yellow line, as she has since you were eleven."),
      say.mum "Ring me Sunday, then. Same as ever.",
      choice { "Mum. It's not same as ever. I've been off work. I'll ring you Wednesday and tell you properly.", to = "wednesday_call",
               skills = { "be_vulnerable", "repair" }, calm = true, said = 20,
               coach = "Three minutes, a platform, and you said it anyway. Not all of it: enough for her to wait for the rest." },
      choice { "*You hug her, longer than usual, and say nothing.*", to = "the_sensible_one",
               skills = { "affection" },
               coach = "She notices the length of it. She doesn't know what it was for." },
      choice { "Sunday. Same as ever.", to = "the_sensible_one",
               pitfalls = { "avoid" },
               coach = "Her words back to her, which is easy, and true on Sundays. The rest goes home with you." },
    },

    node "in_the_garden" {
      narrate("Through the window you watch her stand by the hydrangeas with her arms folded, not looking at them. "
        .. "The kettle boils. You make two teas. Hers goes in the Charles and Di mug, because that's hers."),
      narrate "She comes back in with a sprig of rosemary she doesn't need, and puts it in a glass.",
      next = "she_sits_down",
    },

    ---------------------------------------------------------------- act three: the car

    node "the_car" {
      need = "honesty",
      narrate("Ten to five. Mum drives you to the station the way she always has: both hands, ten to two, "
        .. "indicating to turn into her own road. A foil parcel of leftover beef sits warm on your knees."),
      say.mum(function(s)
        if s.said >= 10 then
          return "What you said earlier, at the sink. I've been thinking about it all afternoon. You'd tell me, wouldn't you?"
        end
        if s.trust <= 30 then
          return "You'd tell me, wouldn't you? If something was wrong? You've been funny all day."
        end
        return "You'd tell me, wouldn't you? If anything was up? I know I go on. But you would."
      end),
      narrate "She pulls into the drop-off bay and leaves the engine running. Four minutes.",
      choice { "Course I would.", to = "the_platform",
               pitfalls = { "avoid" },
               coach = "The easiest three words of the day. She believes you; you've never given her a reason not to." },
      choice { "I'm thirty-four, Mum. I'm fine.", to = "the_platform",
               pitfalls = { "turn_against" }, trust = -10,
               coach = "She made a clumsy, loving bid and got told off for it. She says sorry, which is the wrong way round." },
      choice { "Something's up. I'm off work. Three weeks. I've got four minutes, so.", to = "car_park",
               when = function(s) return s.said < 10 end,
               skills = { "be_vulnerable", "honest", "repair" }, calm = true, said = 30, dread = -30,
               coach = "The doorknob moment, and you used it. Late, and still in time." },
      choice { "It's not a motorbike. I'm off work. Three weeks.", to = "car_park",
               when = function(s) return s.said >= 10 end,
               skills = { "be_vulnerable", "repair" }, calm = true, said = 20, dread = -30,
               coach = "She'd been carrying your half-sentence all afternoon. You gave her the other half." },
      choice { "*You turn to the window and let one slow breath go.*", to = "car_park_breath",
               skills = { "self_soothe" }, dread = -30,
               coach = "You didn't bolt for the door. You gave yourself one breath's worth of chance." },
    },

    node "car_park_breath" {
      need = "honesty",
      narrate "The engine ticks. A man in a hi-vis jacket is trying to get a trolley to go in a straight line.",
      say.mum "Love?",
      choice { "Nothing. Just tired. Love you. Bye, Mum. Text me when you're home.", to = "the_sensible_one",
               pitfalls = { "avoid" },
               coach = "Warm, quick, and out of the door. The \"love you\" is true. So is the rest of it, still in your pocket." },
      choice { "I've been signed off work. Three weeks. I didn't know how to say it.", to = "car_park",
               skills = { "be_vulnerable", "honest" }, calm = true, said = 30, dread = -20,
               coach = "The breath did its job. Mum turns the engine off." },
      choice { "Can I ring you on Wednesday? There's a thing. It's okay. It's just a thing.", to = "wednesday_call",
               skills = { "honest", "gentle_startup" }, said = 10,
               coach = "Not all of it, and not a lie. You told her there was something, and gave it a day." },
    },

    node "car_park" {
      need = "reassurance",
      narrate "Mum turns the engine off. The radio dies halfway through the weather.",
      say.mum "Three weeks.",
      say.mum "Get the next one. There's one at ten past six. I'll buy you a tea from the machine. It's disgusting.",
      choice { "I can't, Mum. Can we not make a thing of it? I'll miss my train.", to = "four_minutes",
               pitfalls = { "avoid" },
               coach = "You'd said it, and that was as much as you had in you. Mum is left holding it in an empty car." },
      choice { "The next one. Okay.", to = "the_next_train",
               skills = { "accept_influence", "make_time" }, trust = 10,
               coach = "She offered the only thing she had in a car park, an hour, and you took it." },
      choice { "*You nod, kiss her cheek, and get out before your face goes.*", to = "four_minutes",
               pitfalls = { "stonewall" },
               coach = "Understandable; four minutes is a long time to hold a face. To Mum, it looks like you ran." },
    },

    ---------------------------------------------------------------- endings

    ending "wednesdays" {
      title = "Wednesdays",
      summary = "You told Mum you'd been signed off, she told you something of her own, and she's going to ring you every Wednesday.",
      narrate("Ten past five. The train pulls out past the backs of the houses on Rockingham Road. There's a foil "
        .. "parcel of leftover beef on your knee, because there always is."),
      narrate(function(s)
        if s.trust >= 70 then
          return "Before Wellingborough, your phone goes. Mum: \"Wednesday. Not about work. On the calendar IN PEN.\" "
            .. "A minute later: \"Thank you for telling me. Proud of you. Not the sensible kind. The other kind. x\""
        end
        return "Before Wellingborough, your phone goes. Mum: \"Wednesday. Not about work. On calendar.\" "
          .. "It's the most words she has ever texted without a bee in them."
      end),
      narrate "The fit note is still in your pocket. It feels lighter, which is silly, because it's paper.",
    },

    ending "the_next_train" {
      title = "The next train",
      summary = "You told Mum at the very last minute, in the station car park, and she turned the engine off and waited for the later train with you.",
      reflect = "What makes the last minute feel like the only safe time to say something, and what might make an earlier minute safe?",
      narrate("The tea from the machine is exactly as disgusting as promised. You sit on the cold bench on platform two, "
        .. "and Mum tells you about after Kieran, and Auntie Jean, and the potatoes."),
      narrate(function(s)
        if s.trust >= 60 then return "When the ten past six comes in she hugs you like you're nine. "
          .. "\"Wednesday,\" she says. \"I'm ringing you Wednesday. Don't argue.\"" end
        return "When the ten past six comes in she hugs you, a bit too hard. \"Ring me,\" she says. \"Or I'll ring you. "
          .. "One of us will ring.\""
      end),
    },

    ending "two_lasagnes" {
      title = "Two lasagnes",
      summary = "You told Mum you'd been signed off; she made a plan and you let her, and what it has actually been like stayed unsaid.",
      narrate "The lasagne defrosts on your knee somewhere around Luton. The list says ROUTINE, underlined twice.",
      narrate(function(s)
        if s.said >= 30 then
          return "She knows. That's something. She knows more than the headline, even. She just doesn't know what to do with it yet."
        end
        return "She knows the headline. You'll tell her the rest another time. You're fairly sure you will."
      end),
      narrate "At nine, a text: a link to an article called \"Magnesium: Nature's Chill Pill?\" and a thumbs up.",
    },

    ending "the_sensible_one" {
      title = "The sensible one",
      summary = "You didn't tell Mum you'd been signed off, and she waved you off proud of how hard you work.",
      narrate(function(s)
        if s.dread >= 60 then
          return "On the train your heart slows down somewhere past Bedford. You tell yourself it was the wrong moment. "
            .. "There were about six of them."
        end
        return "On the train you tell yourself it wasn't the right moment. You're nearly sure that's true."
      end),
      narrate("Mum texts: \"Don't let them work you too hard! Proud of you xx\". A minute later, on its own, a bee. "
        .. "You look at the bee until Luton."),
      narrate "The fit note is still folded into eighths. It has gone soft at the corners.",
    },

    ending "early_train" {
      title = "The earlier train",
      summary = "You told Mum you'd been signed off, it turned into a row, and you caught the earlier train home with it unresolved.",
      reflect = "When someone reacts badly to something you've finally said, what would you want them to do next, and what could you do?",
      narrate "You leave at four with your coat half on. Mum stands on the front step with the tea towel, and doesn't wave, and then does.",
      narrate(function(s)
        if s.trust >= 40 then
          return "At Bedford, a text: \"I'm sorry about the face. I'll practise a better one. Ring me when you're ready. Mum x\""
        end
        return "At Bedford, a text: \"Let me know you got home.\" You do. She sends a thumbs up, which she has never once "
          .. "sent before, and which you suspect Kieran had to show her how to do."
      end),
    },

    ending "four_minutes" {
      title = "Four minutes",
      summary = "You told Mum in the station car park with four minutes to go, and left before she could say much back.",
      narrate "You make the train with a minute spare. Through the window you can see the car, still in the drop-off bay, engine off.",
      narrate "It's still there when the train pulls out. At Wellingborough: \"Ringing you tomorrow. Pick up. x\"",
    },

    ending "wednesday_call" {
      title = "A call on Wednesday",
      summary = "You didn't tell Mum what was wrong, but you told her there was something, and she's waiting for your call on Wednesday.",
      narrate "Mum nods, slowly, the way she does when she has decided not to ask. \"Wednesday. I'll be in.\"",
      narrate("On the train you write it in your phone's notes, so Wednesday-you can't chicken out: "
        .. "\"Signed off. Three weeks. Not the van.\""),
    },
  },
}
