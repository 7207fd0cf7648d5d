-- Opening Up About an Insecurity
-- Two playable roles. Nadia and Jonah are walking home from his oldest friend's thirtieth. Nadia
-- spent the night feeling like the most boring person at the table, and has to decide whether to
-- say so: straight, or as a hint, or as a test. Jonah has to notice, and then receive it without
-- shrinking it, fixing it, or making it about himself.
--
-- Nadia's side: she does payroll for a company that makes car park pay machines. She has one
-- brilliant story (a man in Swindon posted his wedding ring into a pay station) and never found a
-- gap to tell it. Under "I felt boring" is an older, bigger fear: that one day Jonah will look round
-- that table and wonder why he's with her. Saying it out loud feels like handing him the idea.
-- Jonah's side: he loves these people, has known them twelve years, and had a lovely night. He is
-- a fixer by temperament. Hearing that his friends made her feel small is hard for him too: it can
-- sound like an attack on them, or on him for not noticing.
-- Neither is the villain. Both have real decisions: hers about vulnerability, his about receiving it.
-- Context matters: "I feel like that with your family" takes the floor in the middle of her story,
-- and is a gift back once she has been properly heard.
--
-- Shape: the walk home (the first try), home (the kettle and the photo, for the paths where she
-- doesn't say it on the walk), and quarter to one in bed (for the paths where it got smoothed
-- over: the feeling comes back in the dark, and so does the chance). A row that goes quiet gets
-- one more chance too, on the rest of the walk. Nothing ends on the first slip.
-- State is shared: tension (lower is better), closeness, said (how much of the truth Nadia has put
-- into words), heard (how well Jonah has taken it in; it decides how Christmas goes), and sting
-- (how prickly the conversation has made either of them; at 50, the hardest lines are out of reach).
-- home marks that they've got home, so the walk's second chances are only offered once.

return scenario {
  id = "insecurity",
  title = "Opening Up About an Insecurity",
  blurb = "Walking home from his best friend's thirtieth, Nadia has something to say. Play her, play Jonah, or play both.",
  minutes = 8,
  setting = "City Road, Cardiff. Twenty past eleven on a Saturday in October, walking home "
    .. "from Hattie's thirtieth at a Lebanese place with paper tablecloths.",
  notes = {
    "a partner saying out loud that she feels boring and left out next to his old friends",
    "fear of not being enough for a partner",
    "an argument that can become heated",
  },
  reflect = "When someone tells you something they're insecure about, what do they need from you first? "
    .. "And when it's yours to say, what helps you say it straight instead of as a hint or a test?",
  cast = { nadia = "Nadia", jonah = "Jonah" },
  roles = { "nadia", "jonah" },
  state = {
    tension = { 20, better = "lower", min = 0, max = 70 },
    closeness = { 50, min = 30, max = 70 },
    said = { 0, min = 0, max = 30 },
    heard = { 0, min = 0, max = 30 },
    sting = { 20, better = "lower", min = 0, max = 60 },
    home = { 0, min = 0, max = 1 },
  },
  flooding = { var = "tension", at = 70, to = "needs_a_minute" },
  self_flooding = {
    var = "sting", at = 50,
    hint = "Everything has gone hot and prickly. Breathe first; this one needs a steadier voice.",
  },
  start = "walk_home",
  nodes = {

    ---------------------------------------------------------------- the walk home

    node "walk_home" {
      turn = "jonah", need = "heard",
      narrate("City Road, twenty past eleven. Hattie's thirtieth ran to three hours, four courses and one more "
        .. "telling of the Great Canoe Incident of 2014, which Ollie now does with sound effects."),
      narrate("Jonah walks on the balls of his feet, still half at the table. Nadia has her hands deep in her coat "
        .. "pockets and hasn't said much since the bill."),
      say.jonah "God, I love them. I forget how much I love them.",
      narrate "Nadia makes a noise that could be agreement.",
      choice { "You were quiet tonight. You alright?", to = "nadia_opens",
               skills = { "turn_toward" }, closeness = 10,
               coach = "He noticed the quiet and asked about her, not the canoe. Nadia has a door, if she wants one." },
      choice { "And the paddle noise! Did you see what happened to Ollie's face? I nearly choked.", to = "nadia_opens",
               pitfalls = { "distracted" }, closeness = -10,
               coach = "He's happy, and it's catching. It also talks straight over the noise she made, which wasn't agreement." },
      choice { "I'm sorry you felt left out. You could've joined in more, though. They'd love you.", to = "stung",
               pitfalls = { "criticism" }, tension = 10, sting = 10,
               coach = "Meant as encouragement. It tells her the quiet was her fault, just as she was working out how to mention it." },
      choice { "*He slows down and finds her hand.*", to = "nadia_opens",
               skills = { "affection", "be_present" }, closeness = 20,
               coach = "No question yet, just company at her speed. It's easier to say something hard to someone who has slowed down." },
    },

    node "nadia_opens" {
      turn = "nadia", need = "honesty",
      narrate(function(s)
        if s.closeness >= 70 then return "His hand is warm in her pocket. It's easier, somehow, to say things to the pavement." end
        if s.closeness >= 60 then return "He's actually asking. He's even stopped walking on his toes." end
        if s.closeness <= 40 then return "He's still laughing about the paddle noise. She waits for him to finish, and he doesn't quite." end
        return "There's a gap in the conversation. A good-sized one. She could put something in it."
      end),
      narrate "The ring story is still folded up in her head, like a napkin she meant to use.",
      choice { "Just tired.", to = "just_tired",
               pitfalls = { "avoid" },
               coach = "True, as far as it goes. It's also the answer that closes the door he just opened." },
      choice { "Okay, what is it with your friends? Do they actually like me, or just put up with me?", to = "the_test",
               pitfalls = { "mind_read" }, tension = 10,
               coach = "A real fear, asked as a question he has to pass. He can get the question right and still miss the fear." },
      choice { "Honestly? Hattie asked what I do, and she was on the canoe again before I'd even finished.", to = "the_observation",
               skills = { "honest" }, said = 10,
               coach = "What happened, not what it means. It gives him something solid to answer." },
      choice { "I felt boring tonight. Like a pot plant someone brought along.", to = "the_truth",
               skills = { "be_vulnerable", "honest" }, calm = true, said = 20,
               coach = "The true thing, said plainly, with a joke holding one corner of it. Now he knows what he's dealing with." },
    },

    node "stung" {
      turn = "nadia", need = "honesty",
      narrate "Something crosses Nadia's face and is folded away again, like a receipt.",
      narrate "She'd been about to say something. Now she has to work out whether it's still safe to.",
      choice { "Right. So it's my fault nobody talked to me.", to = "row_jonah",
               pitfalls = { "defensive" }, tension = 20, sting = 10,
               coach = "Fair to bristle: it did sound like blame. Now the two of them are arguing about whose fault it was, not what it was." },
      choice { "Maybe.", to = "home_door",
               when = function(s) return s.home == 0 end,
               pitfalls = { "avoid" },
               coach = "One word, to stop the conversation hurting. It stops the conversation, for the rest of City Road." },
      choice { "Maybe.", to = "just_tired_end",
               when = function(s) return s.home == 1 end,
               pitfalls = { "avoid" },
               coach = "One word, to stop the conversation hurting. It stops the conversation." },
      choice { "Ouch. I did try. I just felt boring next to them.", to = "the_truth",
               skills = { "gentle_startup", "be_vulnerable" }, said = 20, sting = -10,
               coach = "She said it stung, without a counter-attack, and then said the real thing. He gets both." },
      choice { "I just feel like you didn't even notice I was there.", to = "row_jonah",
               pitfalls = { "criticism" }, tension = 20,
               coach = "There's a real hurt in it. Asked like this, it's a charge he has to answer first." },
    },

    node "just_tired" {
      turn = "jonah", need = "heard",
      narrate "\"Just tired\" hangs in the air somewhere between the kebab shop and the bus stop.",
      choice { "Fair. Big night. *He's back on the canoe before the next lamppost.*", to = "home_door",
               pitfalls = { "turn_away" }, closeness = -10,
               coach = "He took her at her word, which is easy to do and sometimes right. Tonight the word was a door, and it stayed shut." },
      choice { "Tired-tired, or tired of something?", to = "nadia_second",
               skills = { "open_question", "curious" },
               coach = "A light touch and a real question. She can say more, or not, and either is allowed." },
      choice { "Come on. You've had a face on since the starters. What is it?", to = "nadia_second",
               pitfalls = { "pressure" }, tension = 10, sting = 10,
               coach = "He's right that something's up. Demanding it means she now has to say it on his schedule." },
      choice { "Okay. *He doesn't push. He keeps hold of her hand.*", to = "home_door",
               skills = { "patience", "affection" }, closeness = 10,
               coach = "He let \"just tired\" stand and stayed close. It leaves the door ajar for later." },
    },

    node "nadia_second" {
      turn = "nadia", need = "honesty",
      narrate(function(s)
        if s.tension >= 40 then
          return "Nadia looks at the ground. It's been asked twice now, and it's getting harder to pretend it hasn't."
        end
        return "Nadia looks at the ground for a bit. He waits. He's not bad at waiting, when he remembers to."
      end),
      narrate(function(s)
        if s.home == 1 then return "Upstairs, the neighbours' washing machine starts its spin." end
        return "On the corner, the chip shop is pulling its shutter down, one loud foot at a time."
      end),
      choice { "Nothing. Leave it, it's okay.", to = "home_door",
               when = function(s) return s.home == 0 end,
               pitfalls = { "avoid" },
               coach = "Safer, for now. The thing she didn't say walks the rest of the way home with them." },
      choice { "Nothing. Leave it, it's okay.", to = "just_tired_end",
               when = function(s) return s.home == 1 end,
               pitfalls = { "avoid" },
               coach = "Safer tonight. The thing she didn't say goes to bed with them anyway." },
      choice { "Do they even like me, your lot? Honestly? Or am I just the one you brought?", to = "the_test",
               pitfalls = { "mind_read" }, tension = 10,
               coach = "The fear, turned into a question with a right answer. He'll give the right answer, and it won't reach." },
      choice { "I felt boring. All night. Like everyone had a canoe story and I had payroll.", to = "the_truth",
               skills = { "be_vulnerable", "honest" }, said = 20,
               coach = "The real thing, in her own words, with a small joke for courage. He can't miss it now." },
      choice { "Honestly, Hattie asked what I do and was on the canoe again mid-sentence. It stung.", to = "the_observation",
               skills = { "honest", "i_statement" }, said = 10,
               coach = "What happened and how it felt, in that order. It's a start he can actually work with." },
    },

    node "the_test" {
      turn = "jonah", need = "reassurance",
      narrate "It's asked lightly. It isn't light. She's watching his face, not listening for the words.",
      choice { "Of course they like you! Why wouldn't they?", to = "reassured_not",
               pitfalls = { "minimise" },
               coach = "Warm and quick, and the fear under the question doesn't get looked at. She hears \"daft\" as loudly as \"of course\"." },
      choice { "They do. Hattie asked at the bar if you were okay. Why?", to = "after_test",
               skills = { "honest", "open_question" }, closeness = 10,
               coach = "A true answer, and then a question back. Now she has room to say what the test was really asking." },
      choice { "Well, you barely said a word to them all night.", to = "stung",
               pitfalls = { "criticism" }, tension = 10, sting = 10,
               coach = "It's what he saw, and it's not untrue. It answers her worry by handing her the blame." },
      choice { "Is this about Hattie turning away? That's her. She does it to everyone, don't take it personally.", to = "reassured_not",
               pitfalls = { "minimise" },
               coach = "He saw more than she thought, which is something. He used it to explain the hurt away." },
    },

    node "after_test" {
      turn = "nadia", need = "honesty",
      narrate "He asked back. He actually wants to know. That's almost worse.",
      choice { "Forget I asked. It's nothing.", to = "home_door",
               when = function(s) return s.home == 0 end,
               pitfalls = { "avoid" },
               coach = "He opened the door properly and she closed it. It will still be there when they get in." },
      choice { "Forget I asked. It's nothing.", to = "just_tired_end",
               when = function(s) return s.home == 1 end,
               pitfalls = { "avoid" },
               coach = "He opened the door properly and she closed it. It will still be there next time." },
      choice { "Okay. Truth? I felt boring. Like the plus-one nobody needed to ask about.", to = "the_truth",
               skills = { "be_vulnerable", "honest" }, said = 20,
               coach = "She stopped testing and said it. It's harder, and it's the only version he can really answer." },
      choice { "You should know what happened. You were there. You were sat right next to me.", to = "row_jonah",
               pitfalls = { "mind_read" }, tension = 20,
               coach = "She wants to be seen without having to point. It makes him guess, and guessing wrong is now an offence." },
    },

    node "the_observation" {
      turn = "jonah", need = "heard",
      narrate "Jonah winces. He saw it, or half saw it, over the hummus.",
      narrate "It's a small thing. It's the sort of small thing that can happen eleven times in one evening.",
      choice { "Oh, that's Hattie. She did it to her own mum at her fiftieth.", to = "reassured_not",
               pitfalls = { "minimise" },
               coach = "True, and meant to help: it's not you, it's her. It also means the sting doesn't count." },
      choice { "Sorry, that would've stung. What were you going to say?", to = "the_story",
               skills = { "validate", "open_question" }, heard = 10,
               coach = "He agreed it hurt, then handed her the sentence she never got to finish." },
      choice { "Right. I'll have a word with her tomorrow.", to = "fixed",
               pitfalls = { "fix_too_soon" },
               coach = "Loyal and practical. She wanted him to see it, and now there's a plan involving Hattie that she didn't ask for." },
    },

    node "the_story" {
      turn = "nadia", need = "honesty",
      say.nadia("I was going to do the ring. The man in Swindon who posted his wedding ring into a pay station, and we had to "
        .. "send an engineer with a screwdriver the size of a leg."),
      say.nadia "I had it ready from the starters. There was never a gap.",
      choice { "And I felt like the most boring person there. I always do, with them.", to = "the_truth",
               skills = { "be_vulnerable" }, said = 20,
               coach = "From the story to the feeling under it. It's the step most people skip." },
      choice { "Anyway. Doesn't matter.", to = "home_door",
               when = function(s) return s.home == 0 end,
               pitfalls = { "avoid" },
               coach = "She gave him the story and kept the feeling. The walk goes on, nicely, missing a piece." },
      choice { "Anyway. Doesn't matter.", to = "just_tired_end",
               when = function(s) return s.home == 1 end,
               pitfalls = { "avoid" },
               coach = "She gave him the story and kept the feeling. The evening goes on, nicely, missing a piece." },
      choice { "I feel like your friends only like people who were at Durham with them. There, I said it.", to = "row_jonah",
               pitfalls = { "fake_i_statement", "criticism", "mind_read" }, tension = 20, sting = 10,
               coach = "A hurt turned into a verdict on them. He has to defend twelve years of friends before he can hear her." },
    },

    node "the_truth" {
      turn = "jonah", need = "heard",
      narrate(function(s)
        if s.said >= 30 then return "There. It's out. It was smaller in her head, and it's bigger out loud." end
        return "It's out before she can take it back."
      end),
      narrate(function(s)
        if s.home == 1 then return "Jonah puts his phone face down on the counter, slowly, like it might go off." end
        return "Jonah stops walking. They're outside the launderette, in its warm, soapy breath, and he doesn't know what to do with his hands."
      end),
      choice { "You're not boring! You're the least boring person I know.", to = "reassured_not",
               pitfalls = { "minimise" },
               coach = "Loving and instant. It argues with the feeling instead of meeting it, so the feeling stays where it was." },
      choice { "*He stops walking.* \"Boring how?\"", to = "nadia_deeper",
               skills = { "validate", "open_question" }, heard = 20, closeness = 10,
               coach = "He let it be as bad as it was and asked for more. She doesn't have to defend the feeling to keep it." },
      choice { "So you don't like my friends?", to = "row_nadia",
               pitfalls = { "defensive", "mind_read" }, tension = 20, sting = 10,
               coach = "It landed on something he cares about, and he flinched. Now her feeling is on trial as an attack on them." },
      choice { "Right: next time, do the ring story. Straight in, before Ollie starts.", to = "fixed",
               pitfalls = { "fix_too_soon" },
               coach = "A good plan, from someone who wants her to shine. She hadn't finished saying how it felt." },
    },

    node "reassured_not" {
      turn = "nadia", need = "honesty",
      narrate "It's kind. It's fast. It lands somewhere near her, not quite on her.",
      narrate "And he looks relieved, which is the worst bit: problem handled, back to the canoe.",
      choice { "Yeah. Okay.", to = "home_door",
               pitfalls = { "avoid" },
               coach = "She takes the reassurance so he can stop giving it. It was the feeling that needed company, not an answer." },
      choice { "Right. So that's fine, then.", to = "jonah_second",
               pitfalls = { "sarcasm" }, tension = 10,
               coach = "The miss hurt, and it came out sideways. He can tell he's got it wrong, not how." },
      choice { "I don't need talking out of it. I just need you to know it's there.", to = "jonah_second",
               skills = { "name_need", "clear_request" }, said = 10,
               coach = "She told him what would help, plainly. It's a kindness to him too: now he knows what to do." },
      choice { "Thanks. It's not whether I am, though. It's how it feels, every time.", to = "jonah_second",
               skills = { "honest" }, said = 10,
               coach = "She took the kindness and corrected the aim. He gets a second go." },
    },

    node "fixed" {
      turn = "nadia", need = "honesty",
      narrate "He's already solving it. He's good at solving things. It's one of the things she loves about him, usually.",
      narrate "He's even got his phone out, as if there might be an app for it.",
      choice { "I don't want a plan. I want you to know how it felt.", to = "jonah_second",
               skills = { "name_need" }, said = 10,
               coach = "Short and clear, and not a complaint: a direction. He can follow it." },
      choice { "Great. Problem solved, then. I'll just do the ring story. Easy.", to = "jonah_second",
               pitfalls = { "sarcasm" }, tension = 10,
               coach = "The plan missed, and so does this. Now two things need mending." },
      choice { "Yeah. Okay. I'll try it.", to = "lights_out",
               pitfalls = { "avoid" },
               coach = "Easier than explaining what she wanted instead. He goes home thinking he helped." },
    },

    node "jonah_second" {
      turn = "jonah", need = "heard",
      narrate(function(s)
        if s.tension >= 40 then
          return "There's an edge in the air now. Jonah can tell he's got something wrong without being sure what."
        end
        return "Jonah looks at her properly, maybe for the first time since the restaurant."
      end),
      narrate(function(s)
        if s.home == 1 then return "The kettle clicks off. Nobody goes to it." end
        return "A bus goes by, lit up and empty, and for a second they can see themselves in its windows."
      end),
      choice { "I didn't really hear that, did I. Sorry. What was it like?", to = "nadia_deeper",
               skills = { "repair", "open_question" }, calm = true, heard = 20, tension = -10,
               coach = "He named his own miss without a \"but\" and asked again. She can feel the difference straight away." },
      choice { "Okay, sorry. I was trying to help. That's all that was.", to = "row_nadia",
               pitfalls = { "defensive" }, tension = 10, sting = 10,
               coach = "He was, and it stings to be told it didn't help. Now she has to look after his feelings about hers." },
      choice { "*He nods, doesn't say anything, and waits.*", to = "nadia_deeper",
               skills = { "be_present", "patience" }, heard = 10,
               coach = "No answer, no fix, just room. Sometimes that's the whole skill." },
      choice { "You're overthinking it, honestly. They think you're great. Didn't Hattie say so at the bar?", to = "lights_out",
               pitfalls = { "minimise" },
               coach = "Meant to set her mind at rest. It tells her the feeling is the mistake." },
    },

    node "row_nadia" {
      turn = "nadia", need = "reassurance",
      narrate(function(s)
        if s.tension >= 50 then return "Jonah's jaw has gone tight. He's defending something now, and he's no longer sure what." end
        return "Jonah has gone a bit stiff, the way he does when someone criticises a film he likes."
      end),
      choice { "I'm not asking you to do anything. I just felt small, honestly.", to = "jonah_second",
               skills = { "i_statement", "gentle_startup" }, calm = true, tension = -10,
               coach = "She didn't take the bait about his friends. She put the feeling back in the middle, where it started." },
      choice { "Maybe find some who ask people questions.", to = "row_jonah",
               pitfalls = { "contempt" }, tension = 20, sting = 10,
               coach = "It's a good line, and it's aimed to hurt. It does." },
      choice { "Sorry. Forget it. Pretend I didn't start.", to = "cold_walk",
               pitfalls = { "stonewall" }, closeness = -10,
               coach = "She closed it down before it got worse. It doesn't get better either." },
      choice { "*She takes a breath.* \"It's not about them. It's about me, next to them. That's all.\"", to = "jonah_second",
               skills = { "repair", "be_vulnerable" }, tension = -10, sting = -10,
               coach = "She pulled it back from his friends to what it really was. It lowers his guard, and hers." },
    },

    node "row_jonah" {
      turn = "jonah", need = "heard",
      narrate "It comes out sharper than she meant it to. Jonah's eyebrows go up.",
      narrate "Twelve years of friends line up behind him, invisible, all of them listening.",
      choice { "Hang on. I didn't do anything wrong tonight. I was just having a nice time with my own friends.", to = "row_nadia",
               pitfalls = { "defensive" }, tension = 20, sting = 10,
               coach = "He's defending his night, and it was a good one for him. Her bad one gets lost in the defence." },
      choice { "Some of that's true. Sounds like it was a bad night.", to = "nadia_second",
               skills = { "take_responsibility", "validate" }, calm = true, tension = -20,
               coach = "He took the part that was fair and let the rest be hers. The sharpness has nowhere to go." },
      choice { "Wow. Okay. I'm not doing this now.", to = "cold_walk",
               pitfalls = { "stonewall" }, closeness = -10,
               coach = "Stopping a row can be wise. Stopping it like this leaves her alone with the thing she hadn't said yet." },
      choice { "*He counts to three in his head.* \"Go on, then. From the start.\"", to = "nadia_second",
               skills = { "self_soothe", "open_question" }, tension = -10, sting = -10,
               coach = "He caught his own temper and got curious instead. It's visible, and it helps that it's visible." },
    },

    ---------------------------------------------------------------- under the first thing

    node "nadia_deeper" {
      turn = "nadia", need = "honesty",
      narrate(function(s)
        if s.heard >= 30 then return "He's listening with his whole face. It makes the next bit both easier and much harder." end
        return "He's listening. Properly, now."
      end),
      narrate "There's a bigger thing under the first thing. It has been there since about the second date.",
      choice { "The real bit is, I worry one day you'll look round that table and wonder why you're with the payroll one.", to = "jonah_fear",
               skills = { "be_vulnerable" }, calm = true, said = 10,
               coach = "The fear under the feeling, said out loud, where it can be answered. That's the bravest line in the walk." },
      choice { "Anyway. I'm being daft. It's fine.", to = "lights_out",
               pitfalls = { "avoid" },
               coach = "She got halfway and took the rest home with her. It's lighter than it was; it isn't gone." },
      choice { "I just need you to pull me in sometimes. Ask me things, in front of them.", to = "jonah_answers",
               skills = { "clear_request", "name_need" },
               coach = "Specific and doable: a thing he can actually do at the next party. He looks relieved to be given it." },
      choice { "I feel like you should've noticed, that's all. Without me having to spell it out at the table.", to = "row_jonah",
               pitfalls = { "fake_i_statement", "criticism" }, tension = 20,
               coach = "She wanted to be seen without asking. It's a fair wish, and as a charge it undoes the last five minutes." },
    },

    node "jonah_fear" {
      turn = "jonah", need = "reassurance",
      narrate "It's very quiet. Somewhere a fox says something awful.",
      choice { "Nads. I'd pick the payroll one every time. The payroll one knows about the ring.", to = "the_request",
               skills = { "affection" }, closeness = 10,
               coach = "A straight answer to the exact fear she said, with a bit of her own joke in it. She laughs, and then she doesn't, and holds on." },
      choice { "I'm sorry. I feel like that with your family too, you know. All the doctors.", to = "hijacked",
               pitfalls = { "hijack" }, tension = 10,
               coach = "He meant \"you're not alone\". It arrives as his turn, in the middle of hers." },
      choice { "You don't really think that, though.", to = "reassured_not",
               pitfalls = { "minimise", "mind_read" },
               coach = "He told her what she thinks. She'd just told him what she thinks." },
      choice { "I'm sorry. That's a lot to carry round a dinner. Thanks for saying it.", to = "the_request",
               skills = { "validate", "appreciate" }, heard = 10, closeness = 10,
               coach = "He let it be heavy and thanked her for handing it over. Next time it'll be easier to hand over." },
    },

    node "hijacked" {
      turn = "nadia", need = "honesty",
      narrate "Oh. Now there are two insecurities out in the open, and one of them is brand new.",
      choice { "Can we stay on mine first? Then I'll hear about the doctors.", to = "jonah_second",
               skills = { "clear_request", "name_need" }, tension = -10,
               coach = "She asked for the floor back, and promised him his turn. Nobody has to lose." },
      choice { "Great. So we're both boring.", to = "lights_out",
               pitfalls = { "sarcasm" },
               coach = "Funny, and it ends the conversation. Both of them laugh, and neither of them gets heard." },
      choice { "Oh. Sorry. Yours are worse, I bet. *She lets hers go.*", to = "lights_out",
               pitfalls = { "avoid" },
               coach = "Generous, and it's the second time tonight she's given up the floor." },
    },

    node "the_request" {
      turn = "nadia", need = "honesty",
      say.jonah "What would help? Hattie's doing a thing at Christmas. I want you to want to come.",
      choice { "Pull me in sometimes. Ask me things in front of them, like you do at home.", to = "jonah_answers",
               skills = { "clear_request", "name_need" },
               coach = "Specific, kind, and possible. He can say yes to it without promising to change his friends." },
      choice { "Honestly? I don't want to go at Christmas.", to = "jonah_christmas",
               skills = { "honest" },
               coach = "A real limit, said plainly. It's allowed, and he gets to respond to the truth instead of a brave face." },
      choice { "Nothing. Knowing you know is most of it.", to = "said_and_heard",
               when = function(s) return s.heard >= 20 end,
               skills = { "honest" }, closeness = 10,
               coach = "Sometimes being heard is the whole request. Tonight, it was." },
      choice { "Nothing. It's fine.", to = "lights_out",
               when = function(s) return s.heard < 20 end,
               pitfalls = { "avoid" },
               coach = "It isn't quite, yet, and he's asking. The chance to say what would help goes by." },
      choice { "You could just not invite me to the boring ones. Go on your own. I'll stay in with the telly.", to = "jonah_christmas",
               pitfalls = { "guilt_trip" }, tension = 10,
               coach = "A joke with a hook in it. He hears that the invitations themselves are the problem." },
    },

    node "jonah_answers" {
      turn = "jonah", need = "reassurance",
      choice { "Deal. And at Christmas I'm setting you up for the ring story. I'll do a drumroll.", to = "said_and_heard",
               skills = { "accept_influence" }, closeness = 10,
               coach = "A straight yes, with a plan she's in charge of. She can see him meaning it." },
      choice { "Okay, but I can't hold your hand all night at the table.", to = "row_nadia",
               pitfalls = { "criticism" }, tension = 20, sting = 10,
               coach = "A worry about his own night, said as a verdict on hers. She asked for a question, not a minder." },
      choice { "Deal. Can I tell you something back? I feel like that with your family.", to = "said_and_heard",
               skills = { "accept_influence", "be_vulnerable" }, closeness = 10, heard = 10,
               coach = "Earlier, this would have taken the floor. Now she's been heard, it's a gift back, and she takes it." },
      choice { "Sure. *He's already looking at his phone: Hattie's posted the photos.*", to = "lights_out",
               pitfalls = { "distracted" },
               coach = "He agreed, sort of, on the way to somewhere else. The yes doesn't quite arrive." },
    },

    node "jonah_christmas" {
      turn = "jonah", need = "heard",
      choice { "You don't have to, honestly. I'll miss you there, but that's fine.", to = "her_call",
               skills = { "respect_boundary", "i_statement" }, closeness = 10,
               coach = "Her no stays a no, and his feeling is said as his. No price attached." },
      choice { "I want you to come. It's Christmas. I'll miss you, and everyone'll ask where you are.", to = "row_nadia",
               pitfalls = { "override_no", "guilt_trip" }, tension = 20, sting = 10,
               coach = "He wants her there, and it's sweet that he does. It lands as a room full of people she's now letting down." },
      choice { "What if I stick with you the whole time, and we leave at ten?", to = "said_and_heard",
               skills = { "offer_not_impose" }, closeness = 10,
               coach = "An offer she can take or leave. She takes it, which she wouldn't have if he'd pushed." },
      choice { "Fine. I'll go on my own, then.", to = "hattie_argument",
               pitfalls = { "guilt_trip" }, closeness = -10,
               coach = "He's disappointed, and it's allowed. Said like this, it makes her no cost her something." },
    },

    ---------------------------------------------------------------- home

    node "home_door" {
      turn = "jonah", need = "heard",
      narrate("Home. The flat is cold and the hall light has gone again. Nadia sits on the arm of the sofa with her coat "
        .. "still on and her keys still in her hand, as if she might need to go back out."),
      narrate(function(s)
        if s.tension >= 40 then return "The last ten minutes of the walk were quiet in the wrong way." end
        return "The last ten minutes of the walk were quiet. Not a bad quiet. Not a good one either."
      end),
      choice { "*He puts the heating on, then the kettle, then gets the good biscuits down.*", to = "home_kettle",
               skills = { "turn_toward", "affection" }, closeness = 10, home = 1,
               coach = "Nothing asked, a lot offered. She takes her coat off, which is its own kind of answer." },
      choice { "Tea and telly, or tea and talk? Both fine.", to = "home_kettle",
               skills = { "offer_not_impose", "open_question" }, closeness = 10, tension = -10, home = 1,
               coach = "Two doors, and either one is fine. She doesn't pick yet. She does sit down properly." },
      choice { "*He gets his phone out while the kettle boils.* \"Oh, Hattie's posted the photos already. You have to see Ollie in this one, he's mid-paddle.\"", to = "home_kettle",
               pitfalls = { "distracted" }, closeness = -10, home = 1,
               coach = "He's still at the party, and wants her there with him. She's still in the coat." },
      choice { "Okay, what happened? You've been quiet since the starters. Tell me properly.", to = "home_kettle",
               pitfalls = { "pressure" }, tension = 10, sting = 10, home = 1,
               coach = "He's right that there's something. Asked like a deadline, it makes telling him feel like losing." },
    },

    node "home_kettle" {
      turn = "nadia", need = "honesty",
      narrate(function(s)
        if s.closeness >= 60 then
          return "The tea's made. Jonah sits down next to her. His phone buzzes on the arm of the sofa: Hattie has posted the photos, and he tilts it so she can see too."
        end
        return "Jonah's leaning on the counter, scrolling through the photos Hattie has already posted, laughing."
      end),
      say.jonah "Ha. Look at this one. Ollie mid-paddle.",
      narrate("There's one of the whole table. Nadia is at the far end, half out of shot, holding the bread basket "
        .. "as if someone asked her to mind it."),
      choice { function(s)
                 if s.said >= 20 then return "Look where I am in that one. That's what I was trying to say, earlier." end
                 return "Look where I am in that one. That's about how tonight felt."
               end, to = "the_truth",
               skills = { "honest", "be_vulnerable" }, said = 20,
               coach = "She let the photo say the first half. It's easier to point than to explain, and it's still the truth." },
      choice { "*She takes her tea to bed.*", to = "lights_out",
               pitfalls = { "avoid" },
               coach = "The photo said it for her, and nobody read it out. Tomorrow it'll be in the group chat." },
      choice { "Lovely. Ollie's a legend. Honestly, I could listen to the canoe thing all night. Oh, wait. I did.", to = "row_jonah",
               pitfalls = { "sarcasm" }, tension = 20,
               coach = "Three hours of canoe came out in one line. He hears the edge, and doesn't know where it came from." },
      choice { function(s)
                 if s.said >= 20 then return "Can you just listen, not fix? I meant it, about feeling boring." end
                 return "Can you just listen, not fix? I felt boring tonight."
               end, to = "the_truth",
               skills = { "clear_request", "be_vulnerable" }, calm = true, said = 20,
               coach = "She told him how to hear it before she said it. It's a big help to someone who fixes things." },
    },

    node "needs_a_minute" {
      turn = "nadia", need = "space",
      narrate "It's got too hot to be any use. Jonah has his hands on his head, the way he does when a spreadsheet won't balance.",
      say.jonah "I need to stop. I'm about to say something stupid about Hattie, and I don't want to. Tomorrow, properly. Please.",
      choice { "Okay. Tomorrow. I'm still on your side.", to = "a_pause",
               skills = { "respect_boundary", "give_space" }, tension = -30,
               coach = "He asked for a stop and got it, with a reason to come back. That's what makes tomorrow possible." },
      choice { "Sorry. Can we finish this now? It's about me, for once.", to = "cold_walk",
               pitfalls = { "pressure" }, closeness = -10,
               coach = "It may feel true. He asked for a pause and heard a no, and goes quiet anyway, only colder." },
      choice { "I got snippy too. Tomorrow.", to = "a_pause",
               skills = { "self_soothe", "take_responsibility" }, calm = true, tension = -40,
               coach = "She owned her half and agreed to the stop, in five words." },
      choice { "Fine. Off you go, then. Run away.", to = "cold_walk",
               pitfalls = { "contempt" }, closeness = -10,
               coach = "A good exit line. It makes the pause into a defeat, which is harder to come back from." },
    },

    node "cold_walk" {
      turn = "jonah", need = "reassurance",
      narrate(function(s)
        if s.home == 1 then
          return "The kitchen goes very quiet. Jonah rinses a mug that is already clean. Nadia reads the back of the teabag box."
        end
        return "They walk the rest of City Road a foot apart. Past the launderette, past the bus stop, where a man in a Wales shirt is singing \"Delilah\" to nobody."
      end),
      narrate "It's the kind of quiet that sets, if you leave it.",
      choice { "*He stops.* \"I don't want to go to bed on this. I got defensive. Sorry.\"", to = "cold_thaw",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -20, sting = -10,
               coach = "No \"but\", and no speech. He went first, which is the hard part." },
      choice { "*He bumps her shoulder with his, gently, and leaves it there.*", to = "cold_thaw",
               skills = { "affection", "repair" }, tension = -10,
               coach = "Not an apology, exactly. A bid that says the row isn't the whole of them, and she can answer it without words." },
      choice { "*He finds something that needs doing on his phone, and keeps finding it.*", to = "home_door",
               when = function(s) return s.home == 0 end,
               pitfalls = { "stonewall" }, closeness = -10,
               coach = "It keeps the peace, technically. The quiet sets, all the way home." },
      choice { "*He finds something that needs doing on his phone, and keeps finding it.*", to = "half_one",
               when = function(s) return s.home == 1 end,
               pitfalls = { "stonewall" }, closeness = -10,
               coach = "It keeps the peace, technically. The quiet sets." },
      choice { "You know what? I think you'd decided not to enjoy tonight before we even got there. That's what this is.", to = "home_door",
               when = function(s) return s.home == 0 end,
               pitfalls = { "mind_read", "escalate" }, closeness = -10, sting = 10,
               coach = "A theory that's been forming since the starters. Said now, it's a verdict on her, and they walk the rest of the way in it." },
      choice { "You know what? I think you'd decided not to enjoy tonight before we even got there. That's what this is.", to = "half_one",
               when = function(s) return s.home == 1 end,
               pitfalls = { "mind_read", "escalate" }, closeness = -10, sting = 10,
               coach = "A theory that's been forming since the starters. Said now, it's a verdict on her, and it starts the second round." },
    },

    node "cold_thaw" {
      turn = "nadia", need = "reassurance",
      narrate(function(s)
        if s.tension >= 40 then return "Nadia doesn't look at him. She doesn't move away, either." end
        return "Nadia lets out a breath she's been holding since the kebab shop."
      end),
      choice { "Me too. I got sharp. Tomorrow, properly? I do want to tell you.", to = "a_pause",
               skills = { "take_responsibility", "clear_request" }, tension = -20,
               coach = "She owned her half and asked for a time, so stopping tonight doesn't mean never." },
      choice { "*She leans into him, just slightly. It isn't an answer. It isn't nothing.*", to = "a_pause",
               skills = { "affection" }, tension = -10,
               coach = "She answered the bid with a bid. The row stops there, and the rest can wait for daylight." },
      choice { "Fine.", to = "half_one",
               pitfalls = { "stonewall" }, closeness = -10,
               coach = "One word, to stop it hurting. He reached, and found a wall." },
      choice { "Oh, so now you want to talk about it. Now that it suits you. Great timing, Jonah, honestly.", to = "half_one",
               pitfalls = { "sarcasm", "contempt" }, closeness = -10, sting = 10,
               coach = "The hurt had to go somewhere, and it's a fair point about the timing. It turns his reach into the next thing to argue about." },
    },

    node "half_one" {
      turn = "jonah", need = "reassurance",
      narrate("Half one. The kettle has been filled with enormous care and nobody has drunk the tea. They're in bed "
        .. "with their backs to each other and a cold strip of sheet down the middle."),
      narrate "Nadia's breathing isn't the asleep kind. Neither is his.",
      choice { "I'm sorry about earlier. I got defensive. Let's start again tomorrow.", to = "a_pause",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -30, closeness = 10,
               coach = "Said to the back of her head, which is allowed. She reaches behind her for his hand." },
      choice { "*He finds her foot with his, under the duvet, and leaves it there.*", to = "a_pause",
               skills = { "affection", "repair" }, tension = -20,
               coach = "Not words, and not nothing. Her foot stays where it is, which is an answer." },
      choice { "Night.", to = "hattie_argument",
               pitfalls = { "stonewall" },
               coach = "The polite word, to the wall. It closes the day the way the kettle did." },
      choice { "Hattie would be gutted if she knew you felt like that, you know.", to = "hattie_argument",
               pitfalls = { "guilt_trip" }, closeness = -10,
               coach = "He's loyal to an old friend, which is decent. It makes Nadia's feeling a thing she has done to Hattie." },
    },

    ---------------------------------------------------------------- quarter to one

    node "lights_out" {
      turn = "jonah", need = "heard",
      narrate "Home, tea, teeth, bed. Quarter to one now. The heating ticks. Jonah is nearly asleep when he realises Nadia isn't.",
      narrate(function(s)
        if s.said >= 20 then
          return "She's lying very still, on her back, which is what she does instead of sighing. What she said earlier is in the room with them: smaller than it was, not gone."
        end
        return "She's lying very still, on her back, which is what she does instead of sighing."
      end),
      choice { function(s)
                 if s.heard >= 20 then return "*He finds her hand under the duvet.* \"There was more, wasn't there. Earlier.\"" end
                 return "*He finds her hand under the duvet.* \"I didn't get that right earlier, did I.\""
               end, to = "in_the_dark",
               skills = { "repair", "turn_toward" }, calm = true, heard = 10, tension = -10,
               coach = "He went back for it himself, hours later, without being asked. That's the bit she'll remember." },
      choice { "You awake, love?", to = "in_the_dark",
               skills = { "turn_toward" }, tension = -10,
               coach = "Three words, and a door left open in the dark. It's easier to say things to a ceiling." },
      choice { "*He checks the photos have all uploaded, kisses her forehead, and is asleep in a minute.*", to = "awake_alone",
               when = function(s) return s.heard < 20 end,
               pitfalls = { "turn_away" },
               coach = "A kind, tired goodnight. He didn't notice the stillness, and she didn't point to it." },
      choice { "*He checks the photos have all uploaded, kisses her forehead, and is asleep in a minute.*", to = "half_said",
               when = function(s) return s.heard >= 20 end,
               pitfalls = { "turn_away" },
               coach = "A kind, tired goodnight after a good walk. He didn't notice the stillness, and she didn't point to it." },
      choice { "Nads, it's one o'clock. You're overthinking it. They loved you. Can we go to sleep?", to = "awake_alone",
               when = function(s) return s.heard < 20 end,
               pitfalls = { "minimise" },
               coach = "He noticed, which matters. Then he talked her out of it again, more tired this time, and she lets him." },
      choice { "Nads, it's one o'clock. You're overthinking it. They loved you. Can we go to sleep?", to = "half_said",
               when = function(s) return s.heard >= 20 end,
               pitfalls = { "minimise" },
               coach = "He noticed, which matters, and on the walk he listened. Now he's tired, and talks her out of the rest, and she lets him." },
    },

    node "awake_alone" {
      turn = "nadia", need = "honesty",
      narrate("He's asleep in a minute, one arm flung over her like a seatbelt. Nadia lies looking at the ceiling, where "
        .. "the streetlight makes a stripe that moves when a car goes by."),
      choice { "*She nudges him awake.* \"Sorry. I need to say the real bit, or I won't sleep.\"", to = "in_the_dark",
               skills = { "gentle_startup", "be_vulnerable" }, calm = true, said = 10,
               coach = "Waking someone up to say a hard thing takes nerve. She did it gently, and told him why." },
      choice { "*She puts her hand over his, on her side, and holds it there.*", to = "smoothed_over",
               skills = { "affection" }, closeness = 10,
               coach = "Kind, and for tonight it's enough to fall asleep on. The thing she wanted to say goes to sleep with her." },
      choice { "*She counts the ticks of the heating until she doesn't.*", to = "smoothed_over",
               pitfalls = { "avoid" },
               coach = "It's late and he's asleep; letting it go is easy to understand. It'll keep. That's the trouble with it." },
      choice { "*She lifts his arm off her and turns to the wall.*", to = "smoothed_over",
               pitfalls = { "turn_against" }, sting = 10,
               coach = "He didn't see it, and it stung. He wakes up a bit, confused, and she says \"nothing\"." },
    },

    node "in_the_dark" {
      turn = "nadia", need = "honesty",
      narrate "In the dark it's easier. Nobody has to do anything with their face.",
      choice { function(s)
                 if s.said >= 20 then return "I didn't want talking out of it. I just wanted you to know it's there." end
                 return "I felt boring tonight. Next to them. I didn't want talking out of it. I just wanted to say it."
               end, to = "half_said",
               skills = { "name_need", "honest" }, said = 10, heard = 10,
               coach = "She said what she needed, plainly, the second time of asking. He says \"Okay,\" and this time it means he's got it." },
      choice { "The real bit is, I worry one day you'll look round that table and wonder why you're with me.", to = "dark_answer",
               skills = { "be_vulnerable" }, calm = true, said = 10,
               coach = "The fear under the feeling, said out loud where it can be answered. Saying it twice is braver than saying it once." },
      choice { "*She says \"Just tired,\" and turns over to face the wall.*", to = "smoothed_over",
               when = function(s) return s.heard < 20 end,
               pitfalls = { "avoid" },
               coach = "He asked in the dark, and she closed it in the dark. It'll keep. That's the trouble with it." },
      choice { "*She says \"Just tired,\" and turns over to face the wall.*", to = "half_said",
               when = function(s) return s.heard >= 20 end,
               pitfalls = { "avoid" },
               coach = "He asked in the dark, and she kept the rest for another night. It'll keep. That's the trouble with it." },
      choice { "You had three hours to notice me at that table.", to = "smoothed_over",
               pitfalls = { "criticism" }, sting = 10,
               coach = "Tired, and true about the three hours. It makes the second chance the thing he's done wrong." },
    },

    node "dark_answer" {
      turn = "jonah", need = "reassurance",
      narrate "It's very quiet. Next door's cat lands on the bins with a noise like a dropped tray.",
      choice { "*He pulls her in.* \"I'd pick the payroll one. Every table. Every time.\"", to = "said_in_the_dark",
               skills = { "affection" }, closeness = 10, heard = 10,
               coach = "A straight answer to the exact fear, with her own word in it. She laughs into his shoulder, and then she doesn't, and holds on." },
      choice { "That's a horrible thing to lie awake with. I'm glad you told me.", to = "said_in_the_dark",
               skills = { "validate", "appreciate" }, heard = 10,
               coach = "He let it be as heavy as it is and thanked her for handing it over. Next time it'll be lighter to hand over." },
      choice { "Don't be daft. Why would I ever think that? Honestly, Nads, you worry about the weirdest things.", to = "smoothed_over",
               pitfalls = { "minimise" },
               coach = "Meant as comfort: the fear is ridiculous to him. To her, it just got called weird, and it goes back where it was." },
    },

    ---------------------------------------------------------------- endings

    ending "said_and_heard" {
      title = "Said out loud",
      summary = "Nadia told Jonah she feels boring next to his friends; he listened without fixing it, and they agreed on something small to try.",
      narrate("Later, over a second cup of tea, Nadia tells him the ring story anyway, all of it, with the screwdriver, "
        .. "and he laughs so hard he has to put the mugs down."),
      narrate(function(s)
        if s.heard >= 20 then
          return "At Hattie's Christmas thing, somewhere between the mulled wine and the canoe, Jonah says, \"Nads, tell them about the ring.\" "
            .. "She does. Ollie laughs so hard he has to sit on the stairs. Hattie asks a follow-up question."
        end
        return "At Christmas he forgets for the first hour. Then he remembers, catches her eye across the room, "
          .. "and comes and stands next to her for the rest of the night."
      end),
    },

    ending "her_call" {
      title = "Her call",
      summary = "Nadia told Jonah she feels out of place with his friends and would rather skip Christmas with them, and he took her at her word.",
      reflect = "When someone you love says no to something that matters to you, what helps you let the no be a no?",
      narrate("Jonah goes to Hattie's Christmas thing on his own. Nadia has a bath, and a film, and the good crisps, "
        .. "and doesn't feel guilty, which takes until about the second crisp."),
      narrate(function(s)
        if s.heard >= 20 then
          return "He's home by eleven with a slab of Hattie's Christmas cake wrapped in a napkin, and a message from Hattie: "
            .. "\"Is Nadia okay? I feel like I never get to talk to her properly. Coffee, just us?\""
        end
        return "He's home by eleven with a slab of cake wrapped in a napkin. \"Everyone said hi,\" he says, and she decides to believe him."
      end),
    },

    ending "said_in_the_dark" {
      title = "Quarter to one",
      summary = "Nadia didn't get the whole of it said earlier; at quarter to one she tried again, and Jonah heard it, all the way down.",
      reflect = "When a first try at saying something goes sideways, what makes a second try possible, for you or for them?",
      narrate("They talk until nearly two, mostly in whispers: Hattie and the canoe, his mum and the doctors, the man in Swindon "
        .. "and the ring. At some point it gets funny, which neither of them saw coming."),
      narrate(function(s)
        if s.heard >= 30 then
          return "At Hattie's Christmas thing, Jonah catches a gap before Ollie does and says, \"Nads, tell them about the ring.\" She does. Hattie asks a follow-up question."
        end
        return "At Christmas he stands next to her for most of the night, which isn't everything. It's not nothing."
      end),
    },

    ending "half_said" {
      title = "Half of it",
      summary = "Nadia said she felt boring next to Jonah's friends and he listened; the bigger worry under it stayed unsaid, for now.",
      reflect = "When you've said the first half of something hard and it went well, what stops you saying the second half?",
      narrate "They fall asleep kind with each other. Jonah goes first, one arm flung over her like a seatbelt.",
      narrate "Nadia lies awake a while with the other half of it. It's lighter than it was. It's still there.",
    },

    ending "smoothed_over" {
      title = "Smoothed over",
      summary = "Nadia tried to say she felt out of place with Jonah's friends; it got reassured or solved quickly, and the feeling went back where it was.",
      reflect = "When someone tells you how they feel, how do you tell whether they want an answer or company?",
      narrate "\"Love you,\" he says, nearly asleep, and means it. \"Love you,\" she says, and means it too.",
      narrate(function(s)
        if s.said >= 20 then
          return "In December the invitation to Hattie's Christmas thing arrives. Nadia puts it on the fridge and feels her stomach drop, "
            .. "exactly the way it did before she said anything."
        end
        return "In December the invitation to Hattie's Christmas thing arrives. Nadia puts it on the fridge, and starts "
          .. "rehearsing the ring story in the shower, just in case there's a gap."
      end),
    },

    ending "just_tired_end" {
      title = "Just tired",
      summary = "Nadia kept the real thing to herself, and the evening ended pleasantly, with it still unsaid.",
      reflect = "What makes it feel safer to hint, or say nothing, than to say the true thing?",
      narrate("The rest of the evening is pleasant. They talk about other things: the bins, Ollie's new beard, whether the "
        .. "bakery on the corner has closed for good."),
      narrate "She's asleep before he's finished brushing his teeth, or good at pretending.",
      narrate("In the group chat the next morning, Hattie posts: \"Thank you all for coming!! Nadia, so lovely to see you!!\" "
        .. "Nadia looks at it for a long time, and sends a heart."),
    },

    ending "hattie_argument" {
      title = "An argument about Hattie",
      summary = "Nadia's insecurity about Jonah's friends turned into an argument about the friends, and they went to bed without getting back to the first thing.",
      reflect = "When something someone tells you feels like an attack, what helps you hear the feeling under it?",
      narrate "They don't shout. They do the other thing: the polite one, where the kettle gets filled with enormous care.",
      narrate(function(s)
        if s.closeness >= 50 then
          return "In the morning Nadia puts a cup of tea on his side of the bed, and he says thank you like he means more than the tea. It isn't the conversation. It's a start on it."
        end
        return "In the morning there's a cup of tea on her side of the bed. Neither of them mentions Hattie, or the canoe, or any of it."
      end),
    },

    ending "a_pause" {
      title = "Tomorrow, on the walk",
      summary = "The talk about Nadia's insecurity got too heated, and they agreed to stop and pick it up the next day.",
      reflect = "When a hard conversation has to stop halfway, what makes it easier to come back to?",
      narrate "The rest of the evening is quiet. It isn't a cold quiet. It's a tired one, which is different.",
      narrate("On Sunday, on the way for croissants, Jonah says, \"Okay. Tell me about last night. I'm just going to listen.\" "
        .. "And, to both their surprise, he does."),
    },
  },
}
