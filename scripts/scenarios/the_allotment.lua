-- The Allotment
-- Your dad, seventy-four, has had plot 23 at the Penn Road allotments in Wolverhampton for
-- thirty-one years. You drive over most months to help; today is the last of the potatoes. He
-- is slower than in spring, and walking round his left knee. Halfway down the row he tells you
-- he's handing the plot back at the end of the season.
--
-- Dad's side: in August he fell in the shed and lay on the floor for over an hour until his
-- neighbour on the next plot, Ken, came for some string. He told nobody else. He's frightened of
-- falling again, and more frightened of what telling you would start: pendants, stairlifts, a
-- bungalow by Christmas, being managed. Giving up the plot is his own decision, made before
-- anyone can make it for him. Part of him doesn't want to make it at all.
-- Your side: you love him, you live forty minutes away with a job and two kids, and you can
-- sense something is wrong before it is said. The urge to fix it fast comes from love and fear.
--
-- State: trust and tension are Dad's; told (a flag) is whether he has told you about the fall. If he
-- trusts you enough, he admits he isn't sure about giving the plot up; otherwise he holds to his
-- decision. "You don't have to decide today" is patience in the first case and a way of not
-- accepting his decision in the second.

local function unsure(s) return s.trust >= 60 end

return scenario {
  id = "the-allotment",
  title = "The Allotment",
  blurb = "Your dad has had plot 23 for thirty-one years. Today, over the potatoes, he says he's giving it up.",
  minutes = 7,
  setting = "Plot 23, Penn Road allotments, Wolverhampton. A bright, cold Saturday in October. You're "
    .. "both in wellies, lifting the last of the potatoes.",
  notes = {
    "an adult child and an ageing parent",
    "a parent's fall, kept secret, described briefly",
    "worry about independence, and giving up something loved",
  },
  reflect = "When someone you love is getting older, how do you tell caring for them from "
    .. "taking their choices away?",
  cast = { dad = "Dad" },
  state = {
    trust = { 40, max = 80 },
    tension = { 20, better = "lower", max = 80 },
    told = false,
  },
  start = "the_potatoes",
  nodes = {

    node "the_potatoes" {
      need = "heard",
      narrate("Dad forks up a root and you pick the potatoes out of the soil into the bucket, the way you did when "
        .. "you were six. He's slower than he was in April. He's been standing on his right leg all morning."),
      narrate("Two plots down, Ken is burning leaves and waving the smoke away from his face with a seed catalogue. "
        .. "The church clock does half eleven. A robin is working the turned soil behind you, as it has every October."),
      narrate "He leans on the fork and looks down the plot: the bean poles, the shed, the water butt with the dent.",
      say.dad "I'm handing it back. End of the season. I've told Ken.",
      choice { "*You lean on your spade and wait.*", to = "why_now",
               skills = { "patience", "be_present" }, trust = 10,
               coach = "You didn't fill the gap. Dad had said the hard bit; the quiet told him he could say the next bit." },
      choice { "Sorry, no, you're not. You love this place. We'll get you a raised bed, and I'll come up on Sundays "
                 .. "and do the digging.", to = "why_now",
               pitfalls = { "override_no", "fix_too_soon" }, trust = -10, tension = 10,
               coach = "Loving, fast, and full of plans. He'd made a decision and it was refused before he said why." },
      choice { "Oh. Right. Okay.", to = "why_now",
               pitfalls = { "turn_away" }, trust = -10,
               coach = "You took the news as given, which looks like respect. Thirty-one years went past in three words." },
      choice { "Handing it back? After thirty-one years.", to = "why_now",
               skills = { "reflect" }, trust = 10,
               coach = "You gave him back the size of it. He nods at the bean poles instead of at you." },
    },

    node "why_now" {
      need = "heard",
      say.dad(function(s)
        if s.tension >= 30 then return "I knew you'd be like this. It's my plot." end
        return "It's time. I'm seventy-four. It's a lot of digging for one knee."
      end),
      narrate "He shifts his weight, and winces, and pretends the wince was about the weather.",
      narrate("On the shed shelf behind him, next to the creosote, the trophy from the 2019 show: Best Marrow, "
        .. "Open Class. He polished it for a month. You know because he told you, every Sunday, on the phone."),
      choice { "How bad is the knee, Dad?", to = "august",
               skills = { "open_question", "be_present" }, trust = 10,
               coach = "You'd seen it all morning and said so, simply. He looks at you for a bit longer than usual." },
      choice { "You're not old, Dad. Look at Ken. He's eighty-one and he's still got two plots.", to = "the_flask",
               pitfalls = { "minimise" }, trust = -10,
               coach = "Meant to cheer him. It makes the knee a matter of attitude, and Ken's two plots a test he's failing." },
      choice { "Is it money?", to = "the_flask",
               pitfalls = { "mind_read" }, trust = -10,
               coach = "A practical question, built on a guess. He's insulted for a second, then relieved you guessed wrong." },
      choice { "*You pick the marrow trophy off the shed shelf.* \"2019. You were unbearable for a month.\"",
               to = "august",
               skills = { "remember_details", "affection" }, trust = 10, tension = -10,
               coach = "You brought up the best day the plot ever had. He laughs, properly, and sits down on the bucket." },
    },

    node "the_flask" {
      need = "heard",
      narrate("He gets the flask out of the shed and pours two teas, one into the lid and one into the mug with the "
        .. "chipped handle. He lowers himself onto the upturned bucket, carefully, with his left leg out straight."),
      say.dad(function(s)
        if s.tension >= 30 then return "You don't have to be so sure what it's about. You weren't here." end
        return "Thirty-one years. I put the first spuds in the week you started school."
      end),
      narrate "He rubs his knee without seeming to notice he's doing it.",
      choice { "*You sit on the edge of the wheelbarrow next to him, and wait.*", to = "august",
               skills = { "patience", "be_present" }, trust = 10, tension = -10,
               coach = "You sat down at his height and let the tea do some of the talking. He looks at the shed door." },
      choice { "I jumped to conclusions there. What's the knee doing, really?", to = "august",
               skills = { "repair", "open_question" }, trust = 10, tension = -10,
               coach = "You took back the guess and asked about the thing you'd seen. He puts the tea down." },
      choice { "Anyway, you'll have more time for the garden at home now, won't you?", to = "the_decision",
               pitfalls = { "minimise" },
               coach = "A bright side, kindly offered. It closes the subject he'd been circling back to." },
      choice { "*You check your phone. The kids' swimming finishes at four.*", to = "the_decision",
               pitfalls = { "distracted" }, trust = -10,
               coach = "Your afternoon has its own clock, and it's real. He sees you look at it, and finishes his tea." },
    },

    node "august" {
      need = "heard",
      say.dad "It's not just the knee.",
      narrate "He's sitting on the upturned bucket now. He looks at the shed door, not at you.",
      say.dad "In August, I...",
      narrate "Ken's bonfire crackles two plots down. The robin hops closer, after worms. Your dad doesn't finish.",
      choice { "*You wait.*", to = "the_fall",
               skills = { "patience" }, trust = 10, told = true,
               coach = "The hardest thing to do and the smallest. He finds the rest of the sentence on his own." },
      choice { "You fell. Didn't you. Oh, Dad. Why didn't you ring me?", to = "cut_in",
               pitfalls = { "interrupt", "mind_read" }, tension = 10,
               coach = "You guessed right, and the fear came out first. He'd got as far as \"I\", and now it's your sentence." },
      choice { "Dad, whatever it is, we'll sort it. A cleaner, one of those pendants, whatever you need.",
               to = "cut_in",
               pitfalls = { "interrupt", "fix_too_soon" }, tension = 10,
               coach = "Reassurance, offered before he'd said what it was. It sounds like the list he's been dreading." },
    },

    node "cut_in" {
      need = "heard",
      say.dad(function(s)
        if s.tension >= 40 then return "See, this is why. I was getting there. Give me a minute, will you." end
        return "I was getting there."
      end),
      choice { "Sorry. Go on. I'll shut up.", to = "the_fall",
               skills = { "repair" }, trust = 10, tension = -10, told = true,
               coach = "You caught yourself and handed the sentence back. He tells you the rest, slowly." },
      choice { "Sorry, I'm just worried about you. Is that not allowed? I'm your kid.",
               to = "the_decision",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "Worried is true and allowed. Said now, he has to look after your worry instead of telling you his." },
      choice { "*You google \"fall alarm\".*", to = "the_decision",
               pitfalls = { "fix_too_soon", "distracted" }, trust = -10,
               coach = "It feels like doing something. From the bucket it looks like the bungalow catalogue." },
    },

    node "the_fall" {
      need = "heard",
      say.dad("I went over in the shed. Caught my foot on the hose. Lay there an hour and a bit, looking at the roof. "
        .. "Ken found me when he came for some string."),
      narrate "He says it to the shed door, flatly, like he's read it off a seed packet.",
      say.dad "I didn't tell you because you'd have had me in a bungalow by Christmas. With a button round my neck.",
      choice { "An hour on the shed floor. And then you carried on, on your own, and told nobody but Ken.",
               to = "the_button",
               skills = { "reflect", "validate" }, trust = 10,
               coach = "You said back all of it, including the part he's most ashamed of, without a verdict. He lets a breath go." },
      choice { "Dad, I'd have come straight over. Why didn't you tell me? I felt sick just hearing that.", to = "the_button",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "You would have. Right now it makes his secret something he did to you." },
      choice { "A bungalow isn't the end of the world, you know. Auntie Viv loves hers.", to = "the_button",
               pitfalls = { "pressure" }, trust = -10, tension = 10,
               coach = "Practical, and probably true of Auntie Viv. It confirms the thing he was afraid you'd say." },
      choice { "Were you frightened?", to = "the_button",
               skills = { "open_question", "validate" }, trust = 10,
               coach = "Three words, about him rather than about what happens next. \"Yes,\" he says. \"Yes. I was.\"" },
    },

    node "the_button" {
      need = "honesty",
      say.dad(function(s)
        if s.tension >= 40 then return "Go on, then. Say it. You want me wearing a button round my neck." end
        return "You're going to want me to wear one of them buttons now. Aren't you."
      end),
      choice { "I'd sleep better if you had something. But it's your neck, and your call.", to = "the_decision",
               skills = { "i_statement", "respect_boundary" }, trust = 10, tension = -10,
               coach = "Your worry, said as yours, and the choice left with him. He grunts, which means he's thinking about it." },
      choice { "Yes. You're wearing one. End of discussion.", to = "the_decision",
               pitfalls = { "demand" }, tension = 10,
               coach = "Said from fear, and it sounds like being told off by your own child. He folds his arms." },
      choice { "No! God, no. Course not. Why would I?", to = "the_decision",
               pitfalls = { "avoid" },
               coach = "Kind, and not true: you were thinking about the button as he said it. He can tell." },
      choice { "What would you be alright with?", to = "the_decision",
               skills = { "open_question", "accept_influence" }, trust = 10,
               coach = "You asked what he'd accept instead of what you'd impose. \"Phone in my top pocket,\" he says. \"Maybe.\"" },
    },

    node "the_decision" {
      need = "reassurance",
      narrate("He pulls the last root up himself, and shakes the soil off it, and puts the potatoes in the bucket "
        .. "one at a time, as if he's counting them. There are eleven."),
      say.dad(function(s)
        if unsure(s) then
          return "I thought I'd decided. But I don't know. Part of me wants to keep the front half. Just the beans. Is that daft?"
        end
        return "Anyway. I've made my mind up. I've told the committee."
      end),
      choice { "You don't have to decide today.", id = "decide_later_when_unsure",
               to = "the_front_half", when = unsure,
               skills = { "patience", "respect_boundary" }, tension = -10,
               coach = "He'd told you he wasn't sure, and you gave him time to be unsure in. He looks at the beans for a long while." },
      choice { "You don't have to decide today.", id = "decide_later_when_decided",
               to = "made_my_mind_up", when = function(s) return not unsure(s) end,
               pitfalls = { "override_no" }, tension = 10,
               coach = "Gentle words. He had decided, and told you so, and they tell him the decision is still open to you." },
      choice { "It's your plot and your call. Can I help you clear the shed?", to = "the_shed",
               when = function(s) return not unsure(s) end,
               skills = { "respect_boundary", "offer_not_impose" }, trust = 10,
               coach = "You let the decision be his and offered your hands. He gets up off the bucket." },
      choice { "Keep it, and I'll come up every Sunday. Sorted. I'll make the time.", to = "every_sunday",
               pitfalls = { "fix_too_soon" },
               coach = "A big promise, from love. You haven't asked how your Sundays will feel by February, and nor has he." },
      choice { "Good. Honestly? That's one less thing for me to worry about.", to = "handed_back",
               pitfalls = { "turn_away" }, trust = -10,
               coach = "Honest about your relief. It turns his loss into a weight off your mind." },
    },

    node "made_my_mind_up" {
      need = "reassurance",
      say.dad "I have decided. That's what I'm telling you. I'm not asking.",
      narrate "He picks the fork back up, which he doesn't need to, and holds it like a walking stick.",
      choice { "Sorry. You have. I'll help you clear the shed, if you want.", to = "the_shed",
               skills = { "repair", "respect_boundary" }, tension = -10, trust = 10,
               coach = "You heard that you'd argued with a decision and let it go. He hands you the shed key." },
      choice { "You'll regret it by spring. You know you will, don't you?", to = "handed_back",
               pitfalls = { "pressure", "mind_read" }, tension = 10,
               coach = "He might. Telling him so makes his own choice one more thing he has to defend." },
      choice { "*You turn back to the potatoes and dig, without a word.*", to = "handed_back",
               pitfalls = { "stonewall" },
               coach = "Quiet felt safer than arguing. He digs the rest of the row on his own side." },
    },

    ---------------------------------------------------------------- endings

    ending "the_front_half" {
      title = "The front half",
      summary = "Your dad told you about his fall and that he wasn't sure about the plot; you listened, and he kept the beans.",
      narrate("In the end he keeps the front half, the beans and the rhubarb. The back half goes to a young couple off "
        .. "the waiting list, who ask him everything, which he pretends to mind."),
      narrate(function(s)
        if s.told then
          return "He agrees to keep his phone in his top pocket at the plot. Nobody says the word pendant. In March he "
            .. "rings you to say he slipped on the path, nothing broken, and that he's telling you, like you asked."
        end
        return "He keeps his phone in his top pocket now. He doesn't say why, and you don't ask."
      end),
    },

    ending "the_shed" {
      title = "The shed",
      summary = "Your dad decided to give up his allotment after a fall; you accepted it and helped him clear the shed.",
      narrate("You spend the afternoon on the shed: forty years of string, six trowels, a radio that only gets "
        .. "Radio 4, and a seed tin from when you were six, with your name on the lid in his capitals."),
      narrate(function(s)
        if s.trust >= 60 then
          return "He gives you the marrow trophy to take home. \"Don't put it anywhere daft,\" he says. It goes on your kitchen windowsill."
        end
        return "At four he locks the shed for the last time and gives the key to Ken. You drive him home. He sleeps in the car."
      end),
    },

    ending "every_sunday" {
      title = "Every Sunday",
      summary = "Your dad was going to give up his allotment; you promised to come every Sunday so he could keep it.",
      reflect = "When you offer more than you can keep up, who usually pays for it later?",
      narrate("You come every Sunday in October and most in November. In January it's every other one, then every "
        .. "third. The plot goes to weeds at the back."),
      narrate "Dad never complains. He stops mentioning the knee, too, which you notice in March.",
    },

    ending "handed_back" {
      title = "Handed back",
      summary = "Your dad gave up his allotment of thirty-one years, and the reason stayed between him and Ken.",
      reflect = "What might someone you love be keeping from you so as not to start a fuss?",
      narrate("In November the committee gives plot 23 to a family from the waiting list. Dad says it's fine. He says it's "
        .. "fine on the phone most weeks."),
      narrate(function(s)
        if s.told then
          return "You know about August now. You don't know what else he hasn't said."
        end
        return "At Christmas, Ken shakes your hand and says, \"Glad he's alright after August,\" and you don't know what he means."
      end),
    },
  },
}
