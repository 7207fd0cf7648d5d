-- Exam Stress
-- The night before his A-level Chemistry paper, your younger brother Rafi is still at the kitchen
-- table at twenty to eleven, and he is not revising any more: he is spiralling.
--
-- Rafi's side: he is eighteen and needs an A for his place at Leeds. He has been fine all term,
-- or looked it. Tonight one past-paper question (a mechanism he has known since March) went
-- blank, and then everything else went with it. Under the chemistry is the real fear: that he is
-- the second clever one in a family that keeps the first one's results on the fridge. He does not
-- want a lecture or a plan. He wants someone to sit with the panic first; later he wants to be
-- tested on the cards, so he can hear himself get some right; last, he wants to be left alone to
-- go to bed.
-- Your side: you love him, you did these exams six years ago, and your alarm is set for ten to
-- five because the bakery opens at six. Helping fast and going to bed is very tempting.
--
-- State: panic, trust and heard are Rafi's. heard is how far he feels listened to rather than
-- managed; it barely shows until the end of the night, when it decides whether he sleeps.
-- frayed is your own. mum marks Mum's text already read on the way to a row; late marks a
-- night that has run past midnight (both only change the time and the wording later on).
-- Every change is a multiple of 10 and every range is narrow, so `heartlines check` can walk
-- every state.
--
-- Shape: the kitchen (what's wrong), the cards (the help he asks for), Mum's text and the
-- question he asks you back, then bed. Walking away is never a single step: a row goes by way
-- of the stairs and Mum's text before the door shuts, and going to bed early is followed by a
-- tap on your door.

return scenario {
  id = "exam-stress",
  title = "Exam Stress",
  blurb = "Twenty to eleven, the night before the chemistry paper. Your little brother is still at the kitchen table, and it isn't going well.",
  minutes = 7,
  setting = "The kitchen at your mum's in Heaton, Newcastle. Twenty to eleven on a Sunday night in June. "
    .. "Rafi's Chemistry Paper 2 is at nine tomorrow. Your alarm is set for ten to five.",
  notes = {
    "a younger brother panicking the night before an exam",
    "fear of failing and losing a university place",
    "being compared with an older sibling",
    "a parent working night shifts",
  },
  reflect = "When someone you love is panicking, how do you tell whether they want company, help, "
    .. "or to be left alone?",
  cast = { rafi = "Rafi", mum = "Mum" },
  state = {
    panic = { 60, better = "lower", min = 20, max = 90 },
    trust = { 40, min = 20, max = 80 },
    heard = { 10, min = 0, max = 40 },
    frayed = { 40, better = "lower", min = 0, max = 80 },
    mum = { 0, min = 0, max = 10 },
    late = { 0, min = 0, max = 10 },
  },
  flooding = { var = "panic", at = 80, to = "rafi_bolts" },
  self_flooding = {
    var = "frayed", at = 60,
    hint = "You've been up since five and your jaw is doing the thing. Get your own breath back before you try this one.",
  },
  start = "kitchen",
  nodes = {

    ---------------------------------------------------------------- the kitchen table

    node "kitchen" {
      need = "heard",
      narrate "You come down for a glass of water and the kitchen light is still on.",
      narrate("Rafi is at the table inside a ring of flashcards, like he's trying to summon something. "
        .. "Pink ones, green ones, yellow ones. Four highlighters, no lids. A mug of tea with a skin on it. "
        .. "Dolly the cat is asleep on the periodic table."),
      say.rafi "Don't. I know what time it is.",
      say.rafi "I can't do question six. I can't do any of it. I'm going to fail, and then that's Leeds gone, and then that's... everything.",
      choice { "*You sit down next to him.* \"How long have you been down here? You've got highlighter on your face.\"", to = "how_long",
               skills = { "be_present", "open_question" }, heard = 10, trust = 10, panic = -10,
               coach = "You sat first and asked second. Rafi doesn't have to defend the panic before he can describe it." },
      choice { "Right. Budge up. Show me question six.", to = "question_six",
               pitfalls = { "fix_too_soon" }, heard = -10, panic = 10,
               coach = "Kind, quick and practical. Rafi hasn't asked for help yet, and now the question is the subject instead of him." },
      choice { "You're not going to fail. You always smash it.", to = "always_fine",
               pitfalls = { "minimise" }, heard = -10,
               coach = "True, as far as it goes, and meant as comfort. Rafi hears that the panic is a silly thing to have." },
      choice { "Raf. It's nearly eleven. Bed? It'll make more sense after a sleep, won't it?", to = "go_to_bed",
               pitfalls = { "fix_too_soon" }, heard = -10, panic = 10,
               coach = "Probably right about the sleep. Said first, it sounds like the conversation is already over." },
    },

    node "how_long" {
      need = "heard",
      say.rafi(function(s)
        if s.panic >= 60 then return "Since tea. Since before tea." end
        return "Since tea. Honestly? Since before tea."
      end),
      say.rafi("I did the 2019 paper to warm up. Question six is a mechanism. And I looked at it, and it was just... "
        .. "arrows. I know the arrows. I've known the arrows since March."),
      say.rafi("And then I couldn't remember what comes before the arrows, so I started checking everything else, "
        .. "and now I can't remember anything, and if I get a B I don't get Leeds."),
      narrate "He says the last part very fast, as if it's one word he's said a lot tonight.",
      choice { "So one question fell over and took all the others down with it.", to = "spiral_heard",
               skills = { "reflect" }, heard = 10, trust = 10, panic = -10,
               coach = "You said back the shape of it. Rafi stops explaining and starts nodding." },
      choice { "Okay. Mechanisms. The nucleophile goes for the carbon that's...", to = "question_six",
               pitfalls = { "fix_too_soon" }, heard = -10, panic = 10,
               coach = "You know this, and you want to hand it over. Rafi knows it too; that wasn't what he was telling you." },
      choice { "Oh, I was exactly like this before mine. I did the whole of Paper 1 in the bath, remember?", to = "your_story",
               pitfalls = { "hijack" }, heard = -10,
               coach = "Meant as \"you're not alone\". It arrives as a story about you, on his night." },
      choice { "Five hours on one question would do anyone's head in.", to = "spiral_heard",
               skills = { "validate" }, heard = 10, panic = -10,
               coach = "No advice, no verdict: only that it makes sense. His shoulders come down a notch." },
    },

    node "always_fine" {
      need = "heard",
      say.rafi "That's literally what everyone says. \"You'll be fine.\" Mr Okafor says it. Mum says it. You don't know that.",
      say.rafi "You got an A. You don't know what it's like to look at a paper and just... not.",
      choice { "Yeah. True. I don't know that. So: tonight.", to = "how_long",
               skills = { "repair", "open_question" }, heard = 20, panic = -10,
               coach = "You dropped the reassurance when it didn't land, and asked instead. Rafi looks at you properly for the first time." },
      choice { "I didn't just get an A, Raf. I worked for it. I was up every night that May.", to = "comparison",
               pitfalls = { "defensive" }, panic = 10, frayed = 10,
               coach = "Also true. Now the two of you are arguing about your exams, and his is in ten hours." },
      choice { "Okay. Well. I'm going up. Shout if you need anything.", to = "upstairs_early",
               pitfalls = { "turn_away" }, trust = -10,
               coach = "A polite way out, and you are tired. Rafi hears that the offer was for the easy version of him." },
    },

    node "go_to_bed" {
      need = "heard",
      say.rafi "I can't sleep. I'll just lie there drawing arrows on the ceiling.",
      say.rafi "And don't do the Mum voice. She's texted me twice and she's at work.",
      choice { "Fair. That's the Mum voice. Sorry. What's going on?", to = "how_long",
               skills = { "repair", "open_question" }, heard = 20, panic = -10,
               coach = "You heard yourself, said so, and asked. It costs four seconds and it turns the whole thing round." },
      choice { "Sorry you feel like that. But it's eleven o'clock. Bed.", to = "standoff",
               pitfalls = { "override_no", "demand" }, panic = 20, frayed = 10, trust = -10,
               coach = "An apology for his feelings, then the same order. He has just told you why it won't work; now it's a no he has to defend." },
      choice { "Fine. Stay up all night. That always goes brilliantly.", to = "standoff",
               pitfalls = { "sarcasm" }, panic = 10, frayed = 10,
               coach = "Tired and a bit stung, and it shows. Rafi gets the edge and none of the care under it." },
    },

    node "question_six" {
      need = "heard",
      narrate("You pull the paper round. Question six: a bromoalkane, a hydroxide ion, and a blank space where the arrows "
        .. "should go. Rafi has drawn a small sad face in it."),
      say.rafi "I know it's SN2. I know what it is. That's not... you're not listening.",
      narrate "He pulls the paper back across the table.",
      choice { "I jumped in. What's the bit I'm not getting?", to = "spiral_heard",
               skills = { "repair", "open_question" }, calm = true, heard = 20, panic = -10,
               coach = "You went back for it without a \"but\". Rafi tells you the real thing instead of the chemistry." },
      choice { "Just hear me out, though. If you draw the lone pair first...", to = "lecture",
               pitfalls = { "interrupt", "fix_too_soon" }, panic = 10, heard = -10,
               coach = "You're sure this will help, and it might, in a different conversation. This one he's already told you isn't about the lone pair." },
      choice { "I'm literally trying to help you.", to = "comparison",
               pitfalls = { "defensive" }, panic = 10, frayed = 10,
               coach = "You are, and it stings not to be thanked. Now he has to look after your feelings as well as his." },
      choice { "*You slide the paper back.* \"Okay. Not helping. Listening.\"", to = "spiral_heard",
               skills = { "accept_influence", "be_present" }, heard = 10, panic = -10,
               coach = "He told you what wasn't helping and you believed him. That's most of the trick." },
    },

    node "lecture" {
      need = "space",
      narrate("You draw the lone pair. You draw the arrow. You say \"backside attack\" and neither of you laughs, "
        .. "which is how you know it's bad."),
      say.rafi "Stop. Please. I know it. I know it, I know it, I know it.",
      narrate "He has the heels of his hands pressed into his eyes.",
      choice { "Stopping. I'll just sit, then.", to = "spiral_heard",
               skills = { "respect_boundary", "be_present" }, panic = -10, heard = 10,
               coach = "He asked you to stop and you did, without leaving. It's the staying that he'll remember." },
      choice { "I'm only saying it because you can't do it.", to = "standoff",
               pitfalls = { "criticism" }, panic = 20, trust = -10, frayed = 10,
               coach = "It's the logic of the last five minutes, said out loud. Out loud, it's the thing he's most afraid of." },
      choice { "Okay. Sorry for trying to help.", to = "standoff",
               pitfalls = { "sarcasm", "defensive" }, panic = 10, frayed = 10,
               coach = "You're hurt that the help bounced. Now he has to apologise for panicking." },
    },

    node "your_story" {
      need = "heard",
      narrate("You tell him about the bath. It's a good story: Paper 1, the bubbles, the textbook that still "
        .. "falls open by itself at page 214."),
      say.rafi "Yeah. And then you got an A.",
      say.rafi "Can it not be about your exams? For one night?",
      choice { "Fair. It's yours. Go on: what's the worst bit?", to = "spiral_heard",
               skills = { "repair", "open_question" }, heard = 20, panic = -10,
               coach = "You handed the night back to him. He takes it, warily, and then all at once." },
      choice { "I was trying to say I get it. I was there. I know what it feels like.", to = "comparison",
               pitfalls = { "defensive" }, panic = 10, frayed = 10,
               coach = "You were, and that's worth knowing. Said now, it asks him to see your side first." },
      choice { "Sorry for existing.", to = "comparison",
               pitfalls = { "sarcasm" }, panic = 10, frayed = 10, trust = -10,
               coach = "A sibling classic. It makes him the one who hurt someone, on the night he's already hurting." },
    },

    node "spiral_heard" {
      need = "heard",
      say.rafi(function(s)
        if s.heard >= 30 then return "It's like dominoes. And honestly? It's not even question six." end
        if s.panic >= 60 then return "It's not... I don't know. It's not really the chemistry." end
        return "Okay. Honestly? It's not really the chemistry."
      end),
      narrate "He picks up a pink card and puts it down again. Dolly shifts on the periodic table, somewhere around the transition metals.",
      say.rafi "It's that everyone thinks I'm the clever one. The second clever one.",
      narrate("His eyes go, just for a second, to the fridge. Your AS results slip is still up there under a magnet "
        .. "from Seahouses, six years yellowed, because Mum never takes anything down."),
      say.rafi "What if I'm not? What if tomorrow's just the day everyone finds out?",
      choice { "Don't be daft. You're clever. You're cleverer than me.", to = "brushed_off",
               pitfalls = { "minimise" }, heard = -10,
               coach = "Warm and sincere, and it closes the subject. He said a frightening thing and got told it isn't true." },
      choice { "Who's everyone?", to = "who_everyone",
               skills = { "open_question", "curious" }, heard = 10, trust = 10,
               coach = "Two words, and a real question. He has to think about the answer, which is already better than spiralling." },
      choice { "That's a lot to carry into one exam.", to = "the_ask",
               skills = { "validate" }, heard = 10, panic = -10,
               coach = "You let the fear be as big as it is. Oddly, that makes it a little smaller." },
      choice { "So you get a B and stay here and go to Newcastle. Honestly, it's not the end of the world.", to = "brushed_off",
               pitfalls = { "fix_too_soon", "minimise" }, heard = -10, panic = 10,
               coach = "A sensible plan B, and a real one. Tonight it sounds like you've already decided he's going to miss." },
    },

    node "who_everyone" {
      need = "heard",
      say.rafi "Mum. Mr Okafor. Nana, who tells the whole of St Thomas's about everything.",
      say.rafi "You, a bit.",
      narrate "He says that one to the flashcards.",
      choice { "I do think you're clever. I don't need an A to keep thinking it.", to = "the_ask",
               skills = { "honest", "affection" }, heard = 10, trust = 10, panic = -10,
               coach = "You didn't argue with the fear; you answered the bit that was about you. He blinks a lot, suddenly." },
      choice { "Me? I've never said a word about your grades. Not once.", to = "comparison",
               pitfalls = { "defensive" }, panic = 10, frayed = 10,
               coach = "You wanted to clear your name, fast. He hears that his feeling is the thing that's wrong." },
      choice { "*You get up, take the slip off the fridge, and file it in the drawer with the takeaway menus.*", to = "the_ask",
               skills = { "turn_toward" }, heard = 10, trust = 10, panic = -10,
               coach = "No speech, one small act. Rafi laughs for the first time tonight and says Mum is going to go spare." },
      choice { "Well, we're right. So that's settled. You'll be fine.", to = "brushed_off",
               pitfalls = { "minimise" }, heard = -10,
               coach = "Affectionate, and a door closing. The thing he was scared of doesn't get looked at." },
    },

    node "comparison" {
      need = "reassurance",
      say.rafi(function(s)
        if s.panic >= 70 then return "It's always your exams! You're on the fridge. You are literally on the fridge." end
        return "It's always your exams, though. You're on the fridge. Literally."
      end),
      narrate "He points at the fridge: your old AS results slip, still up there under the magnet from Seahouses after six years.",
      say.rafi "Everyone's just waiting for me to be you. And I'm not. And tomorrow they all find out.",
      choice { "I didn't know it felt like that. That sounds exhausting.", to = "the_ask",
               skills = { "validate", "repair" }, calm = true, heard = 20, panic = -10, trust = 10,
               coach = "You let go of the argument and answered the hurt. It takes the air out of the row." },
      choice { "That's not my fault, Raf. I didn't stick it there.", to = "standoff",
               pitfalls = { "defensive" }, panic = 10, frayed = 10,
               coach = "Quite true: Mum did. But he wasn't asking who was to blame." },
      choice { "*You get up, take the slip off the fridge, and file it in the drawer with the takeaway menus.*", to = "the_ask",
               skills = { "turn_toward" }, heard = 10, panic = -10, trust = 10,
               coach = "No speech, one small act. Rafi laughs, wetly, and says Mum is going to go spare." },
      choice { "You're being ridiculous. Nobody's waiting for anything. Nobody's counting.", to = "standoff",
               pitfalls = { "criticism", "minimise" }, panic = 20, trust = -10,
               coach = "Meant as reassurance, delivered as a verdict on him. He stops explaining." },
    },

    node "brushed_off" {
      need = "heard",
      say.rafi "Yeah. Yeah, okay.",
      narrate "He nods the way people nod at the dentist. He picks up a green card and looks at it without reading it.",
      say.rafi(function(s)
        if s.trust >= 50 then return "Sorry. I'm being a baby." end
        return "Forget it. I'll just keep going."
      end),
      choice { "Hang on. I talked straight over that. Say it again? I'm listening.", to = "said_again",
               skills = { "repair", "take_responsibility" }, calm = true, heard = 20, trust = 10,
               coach = "You caught your own brush-off and went back for it. He says it again, slower, and it lands this time." },
      choice { "You're not a baby. Right, come on: let's blitz the whole 2019 paper, timed, like the real thing. Go.", to = "timetable",
               pitfalls = { "fix_too_soon" },
               coach = "Brisk and well meant. The feeling gets filed under \"sorted\", and the revision starts." },
      choice { "*You sit back down. You don't say anything for a bit.*", to = "the_ask",
               skills = { "be_present", "patience" }, heard = 10,
               coach = "Nothing clever, just not leaving. After a while he says, \"It's just a lot,\" and you say, \"Yeah.\"" },
      choice { "*You squeeze his shoulder and go up to bed.*", to = "the_tap",
               pitfalls = { "turn_away" }, trust = -10,
               coach = "Affectionate, and you're exhausted. He takes it as confirmation that he's on his own with it." },
    },

    node "said_again" {
      narrate("He says it again, slower: the fridge, the second clever one, tomorrow being the day everyone finds out. "
        .. "This time you don't say anything clever. You say, \"Yeah. That's a horrible feeling,\" and leave it there."),
      narrate "He nods for a long time. Then he breathes out, all the way, like someone's let him put a bag down.",
      next = "the_ask",
    },

    node "standoff" {
      need = "reassurance",
      say.rafi(function(s)
        if s.panic >= 70 then return "I'm not doing this. I'm not doing this with you as well." end
        return "Forget it. Doesn't matter."
      end),
      narrate "He starts stacking the flashcards into a pile, very neatly, which is worse than if he'd thrown them.",
      choice { "*You breathe out.* \"I'm getting wound up, and that's mine, not yours. Sorry.\"", to = "the_ask",
               skills = { "take_responsibility", "self_soothe" }, calm = true, panic = -20, heard = 20, frayed = -10,
               coach = "You noticed your own temperature and owned it out loud. His hands stop stacking." },
      choice { "*You run the tap for a glass of water, slowly, with your back to him.*", to = "kettle",
               skills = { "pause" }, frayed = -20,
               coach = "Not a retreat: a minute to stop being the second panicking person in the kitchen." },
      choice { "Fine. Do it on your own, then.", to = "the_stairs",
               pitfalls = { "stonewall", "turn_against" }, trust = -10,
               coach = "You're tired and it's been thrown back at you twice. He takes you at your word." },
      choice { "Go to bed, Raf. I mean it. Nothing else is going in tonight anyway, you're just winding yourself up.", to = "the_stairs",
               pitfalls = { "override_no", "demand" }, panic = 20, trust = -10,
               coach = "The order might even be right. Given like this, bed becomes the place he's been sent." },
    },

    node "kettle" {
      narrate("The kettle takes four minutes; it has since 2011. You watch it the whole time. By the time it clicks, "
        .. "your shoulders have come down from round your ears, and behind you the stacking has stopped."),
      narrate "You make two teas. You put his down next to the one with the skin on it.",
      say.rafi "...Thanks.",
      next = "the_ask",
    },

    node "upstairs_early" {
      need = "reassurance",
      narrate("You lie in bed with the landing light making a stripe under the door. Downstairs a chair scrapes. "
        .. "The fridge opens and shuts. Nobody eats anything at this time; it's just somewhere to look."),
      narrate "It's eleven minutes past eleven. Your alarm is set for ten to five.",
      choice { "*You text him:* \"You'll smash it. Night x\"", to = "the_tap",
               pitfalls = { "minimise" }, panic = -10,
               coach = "Warm, and it helps a bit. It's also the thing he told you everyone says." },
      choice { "*You get up, put a jumper on, and go back down.*", to = "back_down",
               skills = { "turn_toward", "repair" }, trust = 10,
               coach = "You changed your mind on the right side of the stairs. He'll notice you came back." },
      choice { "*You put your headphones in. He's eighteen. He'll sort it.*", to = "the_tap",
               pitfalls = { "turn_away" }, panic = 10,
               coach = "Partly true, and you have to sleep. Downstairs the chair scrapes again." },
    },

    node "back_down" {
      need = "heard",
      narrate("He's exactly where you left him. Question six again, for what the crossings-out suggest is the fifth time. "
        .. "He looks up, then quickly down, like he's been caught at something."),
      say.rafi "I'm fine. Go to bed. You've got work.",
      choice { "Couldn't sleep. *You sit down.* Tell me about question six.", to = "how_long",
               skills = { "be_present", "open_question" }, heard = 10,
               coach = "You didn't argue with \"I'm fine\"; you just sat down where he could tell you otherwise." },
      choice { "Okay. Don't stay up too late, yeah?", to = "the_tap",
               pitfalls = { "turn_away" },
               coach = "You took \"I'm fine\" at face value, which is easier at this time of night. He goes back to the sad face." },
      choice { "Mum'll actually kill me if you're still up when she gets in. Come on. Bed.", to = "go_to_bed",
               pitfalls = { "pressure" }, panic = 10,
               coach = "Mum's rule, in your mouth. He was braced for exactly this." },
    },

    node "the_tap" {
      need = "help",
      narrate(function(s)
        if s.panic >= 70 then
          return "Twenty to twelve. You're nearly asleep when there's a tap on your door, and then another, quicker."
        end
        return "Twenty to twelve. You're nearly asleep when there's a tap on your door, so quiet you could tell yourself you dreamt it."
      end),
      say.rafi "Are you awake? Sorry.",
      say.rafi "Could you just... the pink ones. Ten minutes. I need to hear myself get some right. Then I'll go to bed, I swear.",
      choice { "Go on, then. I'll read, you answer.", to = "late_cards",
               skills = { "support" }, late = 10, panic = -10, trust = 10,
               coach = "He knocked with a small, clear ask, which took nerve at twenty to twelve. You said yes to exactly that." },
      choice { "Ten minutes, then we both sleep. Deal?", to = "late_cards",
               skills = { "support", "name_need" }, late = 10, panic = -10, frayed = -10,
               coach = "Yes, with your limit said out loud. He can take the ten minutes without counting what they cost you." },
      choice { "*You keep very still here in the dark, and breathe like someone who's asleep.*", to = "the_toast",
               pitfalls = { "turn_away" }, trust = -10,
               coach = "You're wrecked, and it's easier than a no. After a bit the footsteps go back down, slower than they came up." },
      choice { "Raf, it's nearly midnight. You know them all already. Go to sleep, you'll be absolutely fine.", to = "the_toast",
               pitfalls = { "minimise", "turn_away" }, trust = -10,
               coach = "Meant as a vote of confidence. He asked for ten minutes of proof and got told he doesn't need any." },
    },

    node "the_toast" {
      need = "help",
      narrate("Ten past twelve. The footsteps went back down a while ago. Now there's a chair scraping, and the hum of "
        .. "the extractor fan, which means toast, which means he isn't going to bed."),
      choice { "*You get up, put a jumper on, and go down.* \"Ten minutes. Pink ones. Go.\"", to = "late_cards",
               skills = { "repair", "support" }, late = 10, panic = -10, trust = 10,
               coach = "You'd said no by pretending, and then you went back and said yes. He holds out the pink ones without a word." },
      choice { "*You text him:* \"Still up? I'm awake now, if you want the ten minutes.\"", to = "late_cards",
               skills = { "repair", "offer_not_impose" }, late = 10, panic = -10,
               coach = "An offer he can take without having to knock twice. The reply is one letter: \"y\"." },
      choice { "*You pull the duvet up over your ear.*", to = "light_under_the_door",
               pitfalls = { "turn_away" },
               coach = "You need the sleep; five o'clock is real. The toast gets eaten on his own." },
      choice { "*You text him:* \"Bed, Raf. Now. x\"", to = "light_under_the_door",
               pitfalls = { "pressure" },
               coach = "It's kindly meant, and it's an order from the dark. He reads it and turns the phone over." },
    },

    node "late_cards" {
      narrate("You put a jumper on and follow him down. The kitchen light, the ring of cards, and Dolly back on the "
        .. "periodic table, as if she's been keeping his place."),
      next = "flashcards",
    },

    ---------------------------------------------------------------- the help he asks for

    node "the_ask" {
      need = "help",
      say.rafi(function(s)
        if s.heard >= 30 then return "Okay. I think I actually know most of it. I just need to know that I know it." end
        if s.heard < 20 then return "I don't want to talk about it any more. Can you just test me?" end
        return "Can you test me? Just so I can hear myself get some right."
      end),
      say.rafi "Not question six. The pink ones. Organic. Just read them out and I'll say them.",
      narrate "He holds out a stack of pink cards about as thick as a sandwich. Dolly watches them go past with interest.",
      choice { "Go on, then. Give them here.", to = "flashcards",
               skills = { "support" }, panic = -10, trust = 10,
               coach = "He asked for something specific and got it, without a lesson attached." },
      choice { "Twenty minutes, then I'm done. I'm up at five. Deal?", to = "flashcards",
               skills = { "support", "name_need" }, panic = -10, frayed = -10,
               coach = "Yes, with your own limit said plainly. He knows exactly what he's getting, and doesn't have to feel guilty about it." },
      choice { "Better idea: the whole 2019 paper, timed, proper exam conditions. I'll mark it.", to = "timetable",
               pitfalls = { "fix_too_soon" }, panic = 10,
               coach = "Generous, and bigger than what he asked for. His small, doable request just turned into a two-hour test." },
      choice { "Raf, I'm up at five. Can it not be Mum, tomorrow?", to = "turned_down",
               pitfalls = { "turn_away" }, trust = -10,
               coach = "Your tiredness is real. Said as a no to a small ask, it lands bigger than you meant." },
    },

    node "turned_down" {
      need = "help",
      say.rafi "Yeah. No. Course. Sorry.",
      narrate "He squares the pink cards into a neat brick. It's the neatness that gets you.",
      choice { "Ugh, no. That was the tired talking. Ten minutes. Go on.", to = "flashcards",
               skills = { "repair", "support" }, trust = 10, panic = -10,
               coach = "You heard how it landed and came back with the smaller yes you could actually give." },
      choice { "Okay. Well, make sure you get some sleep, yeah? Don't sit down here all night.", to = "the_tap",
               pitfalls = { "turn_away" }, panic = 10,
               coach = "Caring words on the way out of the room. He hears the door more than the words." },
      choice { "*You go up.*", to = "the_tap",
               pitfalls = { "turn_away" },
               coach = "You need the sleep. The cards stay on the table, and so does he." },
    },

    node "timetable" {
      need = "help",
      narrate("You find a pen. You find the 2019 paper. You find, in the drawer with the takeaway menus, Mum's egg timer, "
        .. "which is shaped like a chicken."),
      say.rafi "The whole paper? Now? That's two hours.",
      say.rafi "I only wanted... okay. Okay. If you think.",
      choice { "No, you're right, that's mad. Pink cards. Sorry.", to = "flashcards",
               skills = { "accept_influence", "repair" }, panic = -10, trust = 10,
               coach = "You let his \"I only wanted\" change the plan. The chicken goes back in the drawer." },
      choice { "Trust me. Two hours now saves you panicking tomorrow.", to = "long_night",
               pitfalls = { "override_no" }, panic = 10, frayed = 10,
               coach = "You believe it, and you might be right. He'd told you what he wanted, and went along with what you wanted." },
      choice { "Fine. I'll write you a plan for the morning instead. Every hour, sorted.", to = "still_awake",
               pitfalls = { "fix_too_soon" }, panic = -10,
               coach = "A plan is a relief, for about an hour. The worry under it hasn't been touched." },
      choice { "What would actually help right now? Not what I'd do. What you'd want.", to = "flashcards",
               skills = { "open_question", "accept_influence" }, panic = -10,
               coach = "You asked instead of deciding. \"The pink ones,\" he says, which you could have guessed, and didn't." },
    },

    node "flashcards" {
      need = "reassurance",
      narrate("You read them out. Nucleophilic substitution. Electrophilic addition. You pronounce \"electrophilic\" three "
        .. "different ways and he corrects all three. He gets the first eleven, fast, in a flat voice that gets less flat."),
      narrate "The twelfth card is the one from question six.",
      say.rafi "...Yeah, I don't. See? That's the one. That's the one I don't know.",
      choice { "Eleven out of twelve, Raf. I counted.", to = "one_card",
               skills = { "honest" }, panic = -10, trust = 10,
               coach = "You didn't argue with the fear; you just told him the score. He checks it, and it's true." },
      choice { "Right, we need to go over all of them again, then. Properly.", to = "long_night",
               pitfalls = { "fix_too_soon", "pressure" }, panic = 10,
               coach = "One wrong card became a reason to start again. He agrees, because he thinks you know best." },
      choice { "Ugh, it's one card. Don't start.", to = "mums_text",
               pitfalls = { "minimise" }, heard = -10,
               coach = "Tired, and probably right about the card. He hears \"don't start\" louder than \"one\"." },
      choice { "Want to look at it together, or leave that one for the morning?", to = "one_card",
               skills = { "offer_not_impose" }, panic = -10,
               coach = "Help on offer, his choice. Choosing is something he can do tonight, and he does." },
    },

    node "one_card" {
      narrate("He looks at the card for a long time. Then, almost without deciding to, he turns over the Golden Dragon menu "
        .. "and draws it, arrows and all, on the back. He gets it right. It isn't even close."),
      say.rafi "Oh. Oh, it's that one. I was thinking of the other one.",
      narrate "Dolly, who has sat on a lot of chemistry, yawns.",
      next = "mums_text",
    },

    node "mums_text" {
      need = "reassurance",
      narrate(function(s)
        if s.mum >= 10 then return "Your phone goes again, face down by the fruit bowl. Mum, still on her break, because nobody answered the first one." end
        return "Your phone lights up by the fruit bowl. Mum, on her break at the RVI."
      end),
      say.mum(function(s)
        if s.mum >= 10 then return "Well?? Is he asleep?? xx" end
        return "Is he in bed?? Dont let him stay up all night. He listens to you xx"
      end),
      narrate "Rafi reads it upside down. Everyone in your family can read upside down; it's a survival skill.",
      say.rafi(function(s)
        if s.trust >= 60 then return "She thinks I'm going to mess it up." end
        return "Great. Even Mum thinks I'm going to fail."
      end),
      choice { "She asks if you're in bed every night, Raf. She asked me on my graduation. At the actual ceremony.", to = "your_turn",
               skills = { "honest" }, panic = -10,
               coach = "A fact, with a bit of a smile in it. He hears the text for what it is: Mum being Mum." },
      choice { "Well, she's not wrong, Raf. It's late, and you've been down here since before tea.", to = "your_turn",
               pitfalls = { "pressure" }, panic = 10,
               coach = "Fair on the clock. It also confirms exactly what he was afraid the text meant." },
      choice { "*You reply:* \"He's okay. We did the cards. I've got him. x\" *and show him.*", to = "your_turn",
               skills = { "support", "affection" }, trust = 10, panic = -10,
               coach = "You answered Mum and Rafi in the same message. He reads it twice." },
      choice { "*You turn the phone face down.* \"Sorry. Ignore it.\"", to = "your_turn",
               pitfalls = { "avoid" },
               coach = "It keeps the peace for now. What he made of the text goes unsaid, and upstairs with him." },
    },

    node "your_turn" {
      need = "honesty",
      narrate "Rafi turns a pink card over and over in his fingers. Then he says it to the card, not to you.",
      say.rafi "Were you scared? Before yours? You never looked scared. You just looked like you always look.",
      choice { "Terrified. I was sick in the bin outside the sports hall before Paper 1.", to = "winding_down",
               skills = { "be_vulnerable", "honest" }, heard = 10, trust = 10, panic = -10,
               coach = "Six years late, and true. He stares at you, then laughs, properly, and something in his shoulders lets go." },
      choice { "Yeah. Every time. I just never said.", to = "winding_down",
               skills = { "honest" }, heard = 10, panic = -10,
               coach = "Short, and it's the answer he needed: that the scared and the clever can be the same person." },
      choice { "Not really, no. I kept my head down and got on with it. That's all you can do, honestly.", to = "winding_down",
               pitfalls = { "avoid" }, heard = -10,
               coach = "Meant to sound steady, so he can borrow some. He hears that the clever one never got scared, which is the exact thing he's scared of." },
      choice { "Course. Everyone is. You'll be fine.", to = "winding_down",
               pitfalls = { "minimise" }, heard = -10,
               coach = "True, and quick. He asked about you, and got the line everyone has been giving him all week." },
    },

    node "long_night" {
      need = "reassurance",
      narrate("Twenty to one. You're on question nine, which is about a polymer nobody has heard of. Rafi got question "
        .. "eight wrong and has gone very quiet. Dolly has gone to bed. Dolly has the right idea."),
      say.rafi(function(s)
        if s.panic >= 70 then return "This is worse. I know less than I did at ten. How do I know less?" end
        return "Should we do ten as well? I feel like we should do ten."
      end),
      choice { "I'm calling it. This is making it worse, and that's on me. Bed, both of us.", to = "good_enough",
               when = function(s) return s.heard >= 20 end,
               skills = { "take_responsibility", "repair" }, panic = -20,
               coach = "You owned the long night out loud and stopped it. He's too tired to argue and relieved not to have to." },
      choice { "I'm calling it. This is making it worse, and that's on me. Bed, both of us.", to = "still_awake",
               when = function(s) return s.heard < 20 end,
               skills = { "take_responsibility", "repair" }, panic = -20,
               coach = "You owned the long night out loud and stopped it. He goes up grateful, with the bigger worry still unopened." },
      choice { "Go on, then. Ten. Then eleven.", to = "two_am",
               pitfalls = { "avoid" }, frayed = 10,
               coach = "You put your own limit in a drawer with the chicken timer. He'll take your yes as proof it's needed." },
      choice { "How are you not getting this? We did it an hour ago.", to = "door_shut",
               pitfalls = { "criticism" }, panic = 20, trust = -10,
               coach = "Twenty to one is talking. It's also the exact sentence he has been hearing in his own head all night." },
    },

    node "winding_down" {
      need = "space",
      narrate(function(s)
        if s.late >= 10 then return "It's twenty past twelve. The cards are back in their elastic band. Dolly has moved to the warm spot on top of the router." end
        return "It's twenty to twelve. The cards are back in their elastic band. Dolly has moved to the warm spot on top of the router."
      end),
      say.rafi(function(s)
        if s.heard >= 30 then return "I think I'm done. In a good way. I want to sit here on my own for five minutes and then go up." end
        if s.heard < 20 then return "I'll go up. I just want a minute down here on my own first." end
        return "I think I need to be on my own for a bit. Then bed."
      end),
      choice { "I'll leave you to it. Upstairs, door open.", to = "good_enough",
               when = function(s) return s.heard >= 20 end,
               skills = { "give_space", "turn_toward" }, panic = -10,
               coach = "He asked for a minute alone and got it, with a door left open. Space was the help, this time." },
      choice { "I'll leave you to it. Upstairs, door open.", to = "still_awake",
               when = function(s) return s.heard < 20 end,
               skills = { "give_space", "turn_toward" }, panic = -10,
               coach = "He asked for a minute alone and got it. The minute goes fine; the worry he never said goes up to bed with him." },
      choice { "One more go through the pink ones? Just to be sure?", to = "long_night",
               pitfalls = { "override_no" }, panic = 10,
               coach = "Caring, and it treats \"I'm done\" as a maybe. He says yes, because saying no to you is harder." },
      choice { "I'll stay till you go up. I honestly don't mind.", to = "still_awake",
               pitfalls = { "pressure" }, trust = -10,
               coach = "Kind, and it's the one thing he just asked not to have. He goes up early to get his minute upstairs instead." },
      choice { "Phone in the kitchen so you don't scroll, and set three alarms. Want me to?", to = "still_awake",
               pitfalls = { "fix_too_soon" },
               coach = "All sound advice. It turns his quiet minute into a checklist, and he goes up running it." },
    },

    ---------------------------------------------------------------- when it gets too much

    node "rafi_bolts" {
      need = "space",
      narrate "Rafi stands up so fast the chair goes over. Dolly leaves the periodic table at speed.",
      say.rafi "I can't. I need to not be in here. I'm going in the garden.",
      choice { "Okay. Go. I'll be right here.", to = "garden_later",
               skills = { "give_space", "respect_boundary" }, panic = -30, heard = 10,
               coach = "He needed out and got out, with somewhere to come back to. The back door stays on the latch." },
      choice { "*You breathe out.* \"I made that worse. Go. Tea's here when you want it.\"", to = "garden_later",
               skills = { "self_soothe", "take_responsibility" }, calm = true, panic = -40, frayed = -10, heard = 10,
               coach = "You steadied yourself, owned your part and let him go, in one breath. The back door closes quietly." },
      choice { "Raf, sit down. Running off won't help.", to = "the_stairs",
               pitfalls = { "override_no" }, trust = -10,
               coach = "You want to fix it before he goes. He goes anyway, and it's upstairs instead of the garden." },
      choice { "*You follow him to the back door.*", to = "the_stairs",
               pitfalls = { "pressure" }, trust = -10,
               coach = "You're worried, and it shows as following. He turns round and goes upstairs instead." },
    },

    node "garden_later" {
      need = "reassurance",
      narrate("Twenty minutes. You wash up the mug with the skin on it. The back door goes, and he comes in smelling of "
        .. "cut grass and Mum's honeysuckle."),
      say.rafi "Sorry. About the chair.",
      choice { "The chair's had worse. Tea's on the side.", to = "the_ask",
               skills = { "affection", "repair" }, heard = 10, trust = 10,
               coach = "You made the apology easy to make. He sits down, and picks up the pink cards himself." },
      choice { "So are you going to bed now, or...?", to = "the_tap",
               pitfalls = { "pressure" },
               coach = "It's late, and you'd like to know. He hears a queue for the kitchen and goes up to clear it." },
      choice { "Talk, cards, or neither? Your call.", to = "the_ask",
               skills = { "offer_not_impose" }, heard = 10, panic = -10,
               coach = "Three doors and no push. He picks cards, and you can see him being glad to get to pick." },
    },

    node "the_stairs" {
      need = "reassurance",
      narrate("He goes for the stairs, and stops on the fourth one: the creaky one that everyone in this family "
        .. "steps over at night."),
      narrate "He doesn't turn round. Either he's waiting to see what you'll say, or he's waiting to see if you'll say nothing.",
      choice { "Raf. That was me, not you. Come back down. I'll stop talking.", to = "back_to_the_table",
               skills = { "repair", "take_responsibility" }, calm = true, panic = -20, heard = 10, trust = 10,
               coach = "You owned it to the back of his head, which is harder than to his face. The fourth stair creaks again, the other way." },
      choice { "*You go and sit on the bottom stair, where he can see you.*", to = "back_to_the_table",
               skills = { "be_present", "patience" }, panic = -10, frayed = -10,
               coach = "No speech. You just stopped being on the other side of the room, and waited." },
      choice { "Fine. And don't be up all night, because I'm not dragging you out of bed at eight.", to = "mum_after",
               pitfalls = { "turn_against" }, trust = -10,
               coach = "Tired, and you wanted the last word to be a sensible one. It's the last word, so it's the one he takes upstairs." },
      choice { "*You stay at the table, breathe, and start putting the lids back on his highlighters.*", to = "mum_after",
               pitfalls = { "stonewall" }, trust = -10,
               coach = "Your breathing settles, and your hands find something to do instead of an answer. From the fourth stair it sounds like nothing, and he goes on up." },
    },

    node "back_to_the_table" {
      narrate("For a minute nobody moves. Then the fourth stair creaks the other way. He comes back, sits down in front "
        .. "of the cards, and pulls his sleeves down over his hands."),
      say.rafi "I'm still annoyed with you.",
      next = "the_ask",
    },

    node "mum_after" {
      need = "reassurance",
      narrate("He goes the rest of the way up. Ten to twelve. You've wiped the same bit of table three times. "
        .. "Upstairs a floorboard creaks, and then nothing, and then the floorboard again."),
      narrate "Your phone buzzes. Mum, on her break at the RVI.",
      say.mum "Is he in bed?? Dont let him stay up all night. He listens to you xx",
      choice { "*You go up and knock.* \"It's me. I was horrible down there. Sorry.\"", to = "he_comes_down",
               skills = { "repair", "take_responsibility" }, calm = true, mum = 10, late = 10, panic = -20, trust = 10,
               coach = "You said it through a shut door, with no \"but\" and nothing asked back. Then you went down and put the kettle on." },
      choice { "*You text him:* \"sorry about before. pink ones whenever you want, or not x\"", to = "he_comes_down",
               skills = { "repair", "offer_not_impose" }, mum = 10, late = 10, panic = -10, trust = 10,
               coach = "An apology he can read at his own speed, and an offer he's allowed to ignore. He doesn't ignore it." },
      choice { "*You reply to Mum:* \"In bed, all fine x\" *He isn't, and it isn't, but it's late.*", to = "four_steps",
               pitfalls = { "avoid" }, mum = 10,
               coach = "It spares Mum a worry on a night shift, which is kind. It also closes the last door you had open tonight." },
      choice { "*You screenshot Mum's text and send it up to him.* \"See? Even Mum says bed. Lights off, Raf.\"", to = "four_steps",
               pitfalls = { "pressure" }, mum = 10, trust = -10,
               coach = "Mum's rule, sent in your name, to a room with a shut door. It's the text he'll still be looking at at one." },
    },

    node "he_comes_down" {
      narrate("A few minutes later the fourth stair creaks, the right way. Rafi, hood up, in the kitchen doorway, holding the "
        .. "pink cards like a hand he's about to fold."),
      say.rafi "Mum's texted me as well. Four question marks. She'll be ringing the landline next.",
      next = "the_ask",
    },

    ---------------------------------------------------------------- endings

    ending "good_enough" {
      title = "Good enough to sit it",
      summary = "Rafi panicked the night before his chemistry exam; by the end of the night he felt less alone with it, and went to bed steadier.",
      narrate("He goes up with the pink cards in his dressing-gown pocket. You hear the stairs, the bathroom, "
        .. "the stairs again. Then, for the first time tonight, nothing."),
      narrate(function(s)
        if s.trust >= 60 then
          return "At twenty past twelve on Monday your phone buzzes in your apron at the bakery: \"there was a mechanism. "
            .. "DIFFERENT one. did it anyway. arrows went where arrows go\". A minute later: \"thanks for last night. dont make it weird\"."
        end
        return "At twenty past twelve on Monday, a text: \"it was ok i think\". From Rafi, this is a sonnet."
      end),
    },

    ending "still_awake" {
      title = "Still awake at twenty to two",
      summary = "Rafi panicked before his exam and got help with the revision, but the worry under it was never quite said, and it kept him up.",
      reflect = "When you help someone you love, how do you know whether you've helped with the thing that was actually worrying them?",
      narrate "He goes up. So do you.",
      narrate "At twenty to two your phone lights up the ceiling. Rafi: \"still awake. is it bad if ive gone over the cards again\".",
      narrate(function(s)
        if s.panic <= 40 then
          return "You type \"no. go to sleep x\", and across the landing his light goes off a few minutes later."
        end
        return "You type three replies and delete them all. Across the landing, the stripe of light under his door stays on."
      end),
    },

    ending "two_am" {
      title = "Two in the morning",
      summary = "You stayed up past two doing a past paper with Rafi; he wasn't alone with it, and you both went into Monday wrecked.",
      reflect = "When you keep helping past your own limit, who is it helping?",
      narrate("At two o'clock you're marking question eleven with Mum's red pen. He's on sixty-one out of ninety, and "
        .. "neither of you knows if that's good, because neither of you can read any more."),
      narrate("At ten to five your alarm goes. At the bakery you put salt in a batch of scones and have to start again. "
        .. "Rafi sleeps through his first alarm, and Mum drives him in, still in her scrubs."),
      narrate(function(s)
        if s.heard >= 20 then return "He texts you at lunch: \"thanks for staying up. u looked awful btw\"." end
        return "He doesn't text. You check twice, and then you check a third time in the walk-in fridge."
      end),
    },

    node "four_steps" {
      need = "reassurance",
      narrate("Half twelve. You go up to bed and stop on the landing. Through his door: four steps, turn, four steps. "
        .. "Not slammed, this door. Just shut."),
      choice { "*You knock once, softly.* \"I'm not here to say bed. I was horrible. Pink ones, if you want.\"", to = "he_comes_down",
               skills = { "repair", "take_responsibility" }, calm = true, trust = 10, panic = -10,
               coach = "An hour late and still in time. The walking stops. After a bit, the door opens a crack." },
      choice { "*You slide a pink card under his door. On the back: \"sorry. x\"*", to = "he_comes_down",
               skills = { "repair", "offer_not_impose" }, trust = 10,
               coach = "Small enough to take, easy to ignore if he needs to. The card doesn't come back. He does." },
      choice { "*You go to bed. He's eighteen.*", to = "door_shut",
               pitfalls = { "turn_away" },
               coach = "He is eighteen, and he is also walking four steps and back at half past twelve." },
      choice { "*You call through the door:* \"Lights off, Raf. I mean it.\"", to = "door_shut",
               pitfalls = { "demand" },
               coach = "The second order of the night. The light goes off. The walking doesn't stop." },
    },

    ending "door_shut" {
      title = "A shut door",
      summary = "Rafi's panic the night before his exam turned into a row, and he spent the rest of the night on his own.",
      reflect = "When a conversation with someone you love turns into a row, what would you want the first thing after it to be?",
      narrate("His door stays shut. You lie awake for a while, listening to him walk: four steps, turn, four steps. "
        .. "Some time after one, it stops."),
      narrate "At ten to five you pass his door on your way out. The light's still on under it. You nearly knock.",
      narrate(function(s)
        if s.trust >= 40 then
          return "At twenty past twelve, a text: \"it was ok. sorry about last night\". You read it on your break, twice, and reply \"me too\"."
        end
        return "At lunch you text \"how did it go?\" and get a thumbs up, which could mean anything. Tonight, maybe, you'll ask properly."
      end),
    },

    ending "light_under_the_door" {
      title = "The light under the door",
      summary = "You went to bed early, and Rafi got through the night before his exam mostly on his own.",
      reflect = "When someone says \"I'm fine, go to bed\", how do you tell whether they mean it?",
      narrate "You fall asleep to the sound of a chair scraping. At some point the fridge opens and shuts, twice.",
      narrate(function(s)
        if s.panic <= 50 then
          return "At ten to five, on your way out, his light is off. A pink card has been pushed under your door. On the back: \"thx (SN2)\"."
        end
        return "At ten to five, on your way out, his light is still on. You stand on the landing in your coat for a bit, and then you go to work."
      end),
    },
  },
}
