-- An Old Hurt
-- Eighteen months ago you lent your brother Danny four thousand pounds out of the savings you
-- and Ines were keeping for a deposit, and you didn't tell her. She found it in the banking app
-- three weeks later. There was a terrible month, a lot of talking, an agreed rule (anything over
-- two hundred pounds, you decide together), and Danny has paid back all but twelve hundred.
-- It was dealt with. Tonight you are filling in the mortgage application together, and your
-- phone lights up with his name, and your hand turns it face down before you've decided anything.
--
-- Ines's side: she forgave you, properly, and she's proud of how far the two of you have come.
-- She likes Danny; he fixed her bike and does a very good impression of her dad. What she fears
-- is being the fool twice. What she hates is that her stomach dropped over a text, and that she
-- might turn into someone who checks phones. She is tired, she teaches Year 3, and she has been
-- looking forward to finishing this form for a year.
-- Your side: you did a wrong thing for a loving reason, you have paid for it, and part of you is
-- sick of paying. Another part is still so ashamed that it would rather grovel than talk.
-- The scenario is about owning the old hurt without either defending yourself or falling into
-- endless penance, and about deciding the new thing together.
--
-- State: trust and tension are Ines's; heat is yours; penance counts how much of the evening
-- went on apologising (it comes back at the end); open counts whether you showed her things
-- before she had to ask. Every change is a multiple of 10 and the ranges are narrow.

return scenario {
  id = "old-hurt",
  title = "An Old Hurt",
  blurb = "Eighteen months after the money, your phone buzzes with your brother's name, and you turn it face down.",
  minutes = 10,
  setting = "Your rented flat in Leith, twenty past nine on a Sunday in March. The mortgage application "
    .. "is open on the laptop between you and Ines. You are on section four: Outgoings.",
  notes = {
    "an old breach of trust between partners (money lent in secret) coming back",
    "suspicion, shame and an argument that can become heated",
    "family money worries",
  },
  reflect = "When something you did long ago still hurts someone you love, what would owning it look like, "
    .. "without either defending it or paying for it forever?",
  cast = { ines = "Ines", danny = "Danny" },
  state = {
    trust = { 40, min = 20, max = 70 },
    tension = { 30, better = "lower", max = 90 },
    heat = { 30, better = "lower", max = 80 },
    penance = { 0, better = "lower", max = 30 },
    open = { 0, max = 20 },
  },
  flooding = { var = "tension", at = 80, to = "ines_needs_a_break" },
  self_flooding = {
    var = "heat", at = 70,
    hint = "Your face is hot and your answer is already loaded. Not this one, not yet: let it cool first.",
  },
  start = "the_buzz",
  nodes = {

    ---------------------------------------------------------------- act one: the phone

    node "the_buzz" {
      need = "honesty",
      narrate("The form wants to know about \"any other regular financial commitments\". Ines has typed "
        .. "\"Netflix\" and deleted it twice. There is a plate of custard creams, and a pen she keeps clicking."),
      narrate("Your phone goes off on the table, face up, between the biscuits. DANNY. Your hand turns it over "
        .. "before you've decided anything at all."),
      narrate "Ines stops clicking the pen.",
      say.ines "Who's that?",
      choice { "Just Danny.", to = "just_danny",
               pitfalls = { "avoid" }, tension = 10,
               coach = "True, and the \"just\" is doing a lot of work. Ines heard the phone turn over louder than the name." },
      choice { "Danny. And I just flipped it over like it was some secret, didn't I. It isn't one.", to = "the_flip",
               skills = { "honest", "take_responsibility" }, tension = -10, trust = 10,
               coach = "You named the name and the flip. Ines doesn't have to decide whether she saw what she saw." },
      choice { "Nobody. Section four, come on, we're nearly there.", to = "nobody",
               pitfalls = { "avoid", "turn_away" }, tension = 10,
               coach = "You wanted the evening to stay nice. The quickest way there went through something untrue." },
      choice { "Why? Who did you think it was?", to = "who_do_you_think",
               pitfalls = { "defensive" }, tension = 10, heat = 10,
               coach = "You heard an accusation in a question. Now she has to answer for a thought she hasn't said." },
    },

    node "just_danny" {
      need = "honesty",
      say.ines "Just Danny.",
      narrate("She types \"Netflix\" again. Deletes it again. She doesn't say: the Danny who still owes us "
        .. "twelve hundred pounds. She doesn't need to. It's on the screen, in a box marked Outgoings."),
      say.ines "Okay.",
      choice { "Weird answer, that. He wants a favour. Don't know what yet.", to = "the_flip",
               skills = { "repair", "honest" }, calm = true, tension = -10, open = 10,
               coach = "You went back to the two words and filled them in. The \"okay\" doesn't have to stay an okay." },
      choice { "I want to be clear: he's my brother. He's allowed to text me.", to = "who_do_you_think",
               pitfalls = { "defensive" }, tension = 10, heat = 10,
               coach = "All true, and she didn't say otherwise. You answered the thing you were afraid she was thinking." },
      choice { "*You carry on typing.* \"Is council tax monthly or ten months?\"", to = "cold_form",
               pitfalls = { "turn_away", "avoid" }, tension = 10,
               coach = "A real question, asked instead of the real one. Ines answers it in a very level voice." },
      choice { "*You turn the phone back over, face up, and push it into the middle of the table.*", to = "face_up",
               skills = { "honest" }, open = 10, tension = -10,
               coach = "No speech. You undid the flip with the same hand that did it, and she noticed." },
    },

    node "nobody" {
      need = "honesty",
      say.ines "It said Danny. I can read upside down. I teach Year 3: I can read upside down through a pencil case.",
      say.ines "So. Nobody.",
      choice { "Yeah. It was Danny. I don't know why I said nobody; it was out before I'd thought.", to = "the_flip",
               skills = { "take_responsibility", "honest" }, calm = true, tension = -10,
               coach = "Short, and no \"but\". The untrue word is gone before it has time to set." },
      choice { "Because I knew you'd make that face.", to = "who_do_you_think",
               pitfalls = { "criticism", "mind_read" }, tension = 10, heat = 10,
               coach = "There was a face, maybe. Blaming it for the fib turns your slip into her fault." },
      choice { "Rewind. That was a stupid answer.", to = "a_breath",
               skills = { "pause", "repair" }, heat = -10,
               coach = "You caught yourself in the middle of it and said so. That buys you a breath, and her too." },
      choice { "It's late and I want this form done. Can we just finish it?", to = "cold_form",
               pitfalls = { "avoid", "stonewall" }, tension = 20,
               coach = "You're tired and you want it over. Ines gets a closed door in the middle of a form about trust and money." },
    },

    node "who_do_you_think" {
      need = "reassurance",
      say.ines(function(s)
        if s.tension >= 60 then return "I don't think anything! I asked who texted you. That's all I did." end
        return "I don't think anything. I asked who texted you."
      end),
      say.ines("Actually, no. That's not true. For about a second my stomach did the thing from the summer "
        .. "before last. And I hate it. I hate that it still does that."),
      choice { "Yeah. I turned it over like I had something to hide. I don't. It's Danny.", to = "the_stomach",
               skills = { "take_responsibility", "honest" }, calm = true, tension = -20, trust = 10,
               coach = "You owned the flip and gave her the facts. Now her stomach has something to go on besides memory." },
      choice { "How long am I going to be paying for that summer? Give me a number.", to = "the_sentence",
               pitfalls = { "defensive", "escalate" }, tension = 10, heat = 20,
               coach = "It's a real question, and it's been waiting a while. Asked now, it tells her that her stomach is the problem." },
      choice { "I'm so sorry. I'm the worst. I don't know why you stayed.", to = "the_penance",
               pitfalls = { "hijack" }, penance = 10, tension = -10,
               coach = "It comes from real shame. It also means Ines now has to reassure you, about a thing you did to her." },
      choice { "Your stomach remembers. That makes sense.", to = "the_stomach",
               skills = { "validate" }, tension = -10, trust = 10,
               coach = "Five words, no defence. You let the feeling be reasonable without treating it as a verdict." },
    },

    node "cold_form" {
      need = "honesty",
      say.ines "Ten months. It's ten months.",
      narrate("You both type. The only sounds are keys, the fridge, and the pen, which has started clicking again, "
        .. "faster. The phone lies face down between you like a small black tombstone."),
      say.ines(function(s)
        if s.tension >= 60 then return "Are you going to tell me what he wants, or do I find out in three weeks?" end
        return "Are you going to tell me what he wants?"
      end),
      choice { "You're right. I'm being weird. Sorry. Here.", to = "face_up",
               skills = { "take_responsibility", "honest" }, calm = true, tension = -20, open = 10,
               coach = "Four words of ownership and a phone turned over. It cost less than the silence did." },
      choice { "Wow. Okay. Three weeks. Good one.", to = "the_sentence",
               pitfalls = { "sarcasm", "defensive" }, tension = 10, heat = 20,
               coach = "The dig stung, and you stung back. The box marked Outgoings is still empty." },
      choice { "I don't know what he wants. I haven't read it.", to = "the_flip",
               skills = { "honest" }, tension = -10,
               coach = "Plain and true. She can hear that it isn't a dodge." },
    },

    node "a_breath" {
      need = "honesty",
      narrate("You put both hands flat on the table, next to the laptop, and breathe out for longer than "
        .. "you breathe in. It's a thing from a YouTube video, and it annoyingly works."),
      say.ines "...Okay. Start again, then.",
      choice { "It's Danny. Habit. I hid it, then I lied about it.", to = "the_flip",
               skills = { "honest", "take_responsibility" }, tension = -20, trust = 10,
               coach = "You named both slips without dressing either up. She can work with a habit." },
      choice { "It's just Danny. I'd rather this wasn't a thing, okay?", to = "cold_form",
               pitfalls = { "minimise", "avoid" }, tension = 10,
               coach = "Kindly meant: you want it to be small. Asking her not to make it a thing tells her it is one." },
    },

    node "the_flip" {
      need = "honesty",
      say.ines(function(s)
        if s.open >= 10 then return "Okay. Thank you." end
        return "Okay."
      end),
      say.ines "So what does he want?",
      narrate "The phone is still face down. Both of you are looking at it.",
      choice { "*You turn it over and read it out.*", to = "face_up",
               skills = { "honest" }, open = 10, tension = -10,
               coach = "She gets it when you do, in Danny's own words. Nothing to imagine." },
      choice { "I want to finish this properly first, if that's okay. I'll find out tomorrow.", to = "cold_form",
               pitfalls = { "avoid" }, tension = 10,
               coach = "A reasonable order of jobs. From her side of the laptop, it sounds like the summer before last." },
      choice { "Do you want to read it, or would you rather I did?", to = "face_up",
               skills = { "offer_not_impose" }, open = 10, tension = -10, trust = 10,
               coach = "She gets to choose how close to be to it. Nobody has to play detective." },
      choice { "Probably money, knowing him. Honestly, it's fine, I'll deal with it.", to = "the_stomach",
               pitfalls = { "avoid", "fix_too_soon" }, tension = 20,
               coach = "You meant to spare her the worry. \"I'll deal with it\" is the exact sentence from eighteen months ago." },
    },

    node "face_up" {
      need = "reassurance",
      narrate "DANNY: u about tmrw? need a favour. bit of a situation. ring me x",
      narrate "Ines reads it twice. She puts the pen down, which is worse than the clicking.",
      say.ines(function(s)
        if s.open >= 20 then
          return "Thank you for showing me. Sorry. My stomach still did the thing. The summer-before-last thing."
        end
        return "My stomach just did the thing. The summer-before-last thing. I hate that it still does that."
      end),
      choice { "Of course it did. The last favour he asked for was four grand, and I said yes to it without you.", to = "the_stomach",
               skills = { "validate", "take_responsibility" }, tension = -10, trust = 10,
               coach = "You said the thing she was too polite to say. It makes her feeling sensible rather than suspicious." },
      choice { "It's a text, Ines. He says \"situation\" when he's lost his keys.", to = "the_stomach",
               pitfalls = { "minimise" }, tension = 10,
               coach = "Probably true about Danny. It tells her the thing in her stomach is a fuss." },
      choice { "I know. I did that to you. I'll never stop being sorry for it.", to = "the_penance",
               pitfalls = { "hijack" }, penance = 10,
               coach = "Sincere, and it makes the moment about your guilt. She has to decide how forgiving to be, again." },
      choice { "Still? We did all the talking. I thought we were past it.", to = "the_sentence",
               pitfalls = { "defensive" }, tension = 10, heat = 10,
               coach = "Disappointed that it's back, which is fair. She hears that her stomach is behind schedule." },
    },

    ---------------------------------------------------------------- act two: the old hurt

    node "the_stomach" {
      need = "heard",
      say.ines(function(s)
        if s.tension >= 50 then return "I'm not accusing you. I'm telling you what it's like in here." end
        if s.open >= 10 then return "It's stupid. It's a text. You showed me." end
        return "It's stupid. It's only a text."
      end),
      say.ines("It's the app. I was checking if the Zara refund had gone in, and the savings said £3,140 instead "
        .. "of £7,140, and I thought the bank had made a mistake. I rang them. I was so polite to them."),
      say.ines "And then I rang you, and you went quiet, and I knew. And now your phone goes quiet on the table and I'm back on hold with Santander.",
      choice { "So it's not Danny. It's being back on hold.", to = "what_it_was_like",
               skills = { "reflect" }, tension = -10, trust = 10,
               coach = "You said the shape of it back to her, short. She nods at the laptop for quite a long time." },
      choice { "I hear you. But I've paid most of it back. Nearly all of it.", to = "the_sentence",
               pitfalls = { "defensive" }, tension = 10, heat = 10,
               coach = "True, and you're proud of it, and it's the wrong currency. She was talking about the phone call, not the money." },
      choice { "I'm so sorry. I'll always be sorry for that.", to = "the_penance",
               pitfalls = { "hijack" }, penance = 10,
               coach = "It's meant as comfort. It's also the fortieth sorry, and she has to do something with each one." },
      choice { "The worst bit: was it the bank, or me going quiet?", to = "what_it_was_like",
               skills = { "open_question", "curious" }, tension = -10,
               coach = "A question that isn't a defence. You asked about her eighteen months ago, not about yours." },
    },

    node "the_sentence" {
      need = "reassurance",
      say.ines(function(s)
        if s.tension >= 70 then return "Don't. Don't make this a thing where I'm the jailer." end
        return "I'm not sentencing you. I didn't ask you to pay for anything tonight."
      end),
      say.ines "I asked who texted you. You turned your phone over. I didn't invent that.",
      choice { "No. You didn't. The phone was me. Sorry.", to = "what_it_was_like",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -20, trust = 10,
               coach = "No \"but\", no speech. You gave her back the bit that was true, and the rest of the row went with it." },
      choice { "Then why does it feel like I'm on probation every time he texts?", to = "probation",
               pitfalls = { "escalate" }, tension = 20, heat = 10,
               coach = "It's a real feeling and worth saying one day. Said in the middle of this, it's a counter-claim." },
      choice { "*You push your chair back.* \"I'm going to put the kettle on. Back in a bit.\"", to = "kettle",
               skills = { "pause" }, heat = -20, tension = -10,
               coach = "Not a walk-out: you said what you were doing and why. The kettle is a perfectly good place to calm down." },
      choice { "Fine. I'm a liar. Write it on the form.", to = "probation",
               pitfalls = { "sarcasm", "contempt" }, tension = 20, heat = 10,
               coach = "Hurt, and wanting her to feel how unfair it sounds. She feels it. That's all it does." },
    },

    node "probation" {
      need = "reassurance",
      narrate "Ines closes the laptop halfway. The form goes dim.",
      say.ines "You know what? I don't want you on probation. I've never wanted that. I'd rather not have a stomach.",
      say.ines "But you hid your phone, and then you made it about how hard it is being you.",
      choice { "You're right. I did. Can I have another go at the last five minutes?", to = "what_it_was_like",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -20, trust = 10,
               coach = "You let her be right about the part she was right about. The other part can wait for a calmer minute." },
      choice { "*You go and stand at the sink.* \"I'm too wound up to answer that well.\"", to = "kettle",
               skills = { "pause", "self_soothe" }, heat = -20,
               coach = "You felt yourself winning the argument and losing the evening, and went to the sink instead." },
      choice { "I feel like it IS hard being me, actually, and nobody ever asks about that bit.", to = "ines_needs_a_break",
               pitfalls = { "hijack", "escalate" }, tension = 30, heat = 10,
               coach = "There's something real in it. Tonight it arrives as a bid for the victim's chair." },
      choice { "*You say nothing and open the laptop again.*", to = "ines_needs_a_break",
               pitfalls = { "stonewall" }, trust = -10,
               coach = "Saying nothing felt safer than whatever came next. Ines watches you type \"none\" into the Outgoings box." },
    },

    node "the_penance" {
      need = "reassurance",
      say.ines(function(s)
        if s.penance >= 20 then return "Stop. Please stop saying sorry. You've said sorry about four hundred times since the summer before last." end
        return "Hey. No. I didn't mean... I'm not trying to make you feel terrible."
      end),
      narrate("She reaches over and rubs your arm, which is nice, and is also the wrong way round. Somehow "
        .. "she's comforting you about her stomach."),
      choice { "Okay. No more of that. Tell me what it was like, tonight.", to = "what_it_was_like",
               skills = { "repair", "open_question" }, calm = true, penance = -10, tension = -10,
               coach = "You stopped apologising and started listening. It's more useful to her, and it's harder." },
      choice { "I feel so guilty. I'm so sorry. You don't know what it's like.", to = "the_penance_again",
               pitfalls = { "hijack" }, penance = 10, tension = 10,
               coach = "It's true, and it's heavy. Now she's the one holding it, on a night that was meant to be about her." },
      choice { "I'll tell him no. Whatever it is. I'll never lend him a penny again.", to = "never_again",
               pitfalls = { "avoid" }, penance = 10,
               coach = "A big promise to make the bad feeling stop. Nobody has asked for it yet, including her." },
      choice { "*You hold her hand.* \"Thanks. Your turn, though.\"", to = "what_it_was_like",
               skills = { "affection", "repair" }, penance = -10, tension = -10,
               coach = "You took the comfort, briefly, and gave the conversation back to her. Both of those count." },
    },

    node "the_penance_again" {
      need = "honesty",
      say.ines "I do know what it's like. I'm the other half of it.",
      say.ines "I don't need you to feel guilty. I need you to not turn your phone over. That's it. That's the whole list.",
      choice { "Okay. Phone stays face up.", to = "the_favour",
               skills = { "accept_influence" }, penance = -10, tension = -10, trust = 10,
               coach = "She made it small and clear, and you took it as it was, without adding to it." },
      choice { "Sorry. I want to do more than that. I'll never lend him anything again.", to = "never_again",
               pitfalls = { "hijack" }, penance = 10,
               coach = "You're still settling an old bill. She's trying to close the account, and you keep reopening it." },
      choice { "That's easy to say. You're not the one who has to live with it.", to = "ines_needs_a_break",
               pitfalls = { "defensive", "escalate" }, tension = 30, heat = 10,
               coach = "It's true that guilt is lonely. Said to the person you hurt, it lands as a competition." },
    },

    node "kettle" {
      narrate("You fill the kettle and stand there while it talks to itself. You count the tiles above the hob: "
        .. "fourteen, one cracked. Your face cools down by about a tile a breath."),
      narrate "When you turn round, Ines has opened the biscuits and pushed the plate exactly halfway across the table.",
      next = "what_it_was_like",
    },

    node "what_it_was_like" {
      need = "heard",
      say.ines(function(s)
        if s.trust >= 60 then return "Okay. I'm going to say the real thing, then." end
        if s.tension >= 50 then return "Fine. Okay. The real thing." end
        return "Okay. The real thing, then."
      end),
      say.ines("It's not the money. We got most of the money back, and Danny made me a card. It's that for three "
        .. "weeks you were two people, and I was only married to one of them."),
      say.ines "And now I'm scared I'm going to be the kind of person who checks your phone. I don't want to be her. I've met her. She's exhausting.",
      choice { "You won't have to. If it's about us, it comes to the table.", to = "the_favour",
               skills = { "name_need", "take_responsibility" }, trust = 10, tension = -10,
               coach = "An answer to the fear, not the accusation: she won't have to go looking, because it will come to her." },
      choice { "Two people. Yeah. I hated being both of them.", to = "the_favour",
               skills = { "reflect", "be_vulnerable" }, trust = 10, tension = -10,
               coach = "You gave her line back and added the bit she didn't know. She looks at you properly for the first time tonight." },
      choice { "You're not that person. You'd never be that person. You're nothing like her.", to = "the_favour",
               pitfalls = { "minimise" }, tension = -10,
               coach = "Loyal, and it skips her fear instead of meeting it. She says \"I hope not\" in a small voice." },
      choice { "Then don't be. Just trust me.", to = "the_favour",
               pitfalls = { "demand" }, tension = 10,
               coach = "It sounds like a gift and it's an instruction. Trust isn't something she can decide to do by Tuesday." },
    },

    ---------------------------------------------------------------- act three: the favour

    node "the_favour" {
      need = "honesty",
      say.ines(function(s)
        if s.trust >= 60 then return "Okay. Thank you. That actually helps." end
        if s.tension >= 50 then return "Hm." end
        return ""
      end),
      narrate "The phone is still there between the biscuits. It's twenty to ten. The form has gone to sleep.",
      say.ines(function(s)
        if s.penance >= 20 then return "Are you going to ring him? You can, you know. I'm not your warden." end
        return "So. Are you going to ring him?"
      end),
      choice { "Yeah. Here, on speaker. If you want to hear it.", to = "danny_on_speaker",
               skills = { "offer_not_impose" }, open = 10, trust = 10,
               coach = "An invitation she can turn down. She doesn't." },
      choice { "I'd rather take it in the bedroom, if that's okay. He gets embarrassed. I'll tell you everything after.", to = "other_room",
               pitfalls = { "avoid" }, tension = 10,
               coach = "Kind to Danny, and fair enough in another year. This year, a closed door is the thing she's scared of." },
      choice { "Let's ring him tomorrow, the two of us together, once we've both had some sleep and a coffee.", to = "tomorrow",
               skills = { "patience", "offer_not_impose" }, tension = -10,
               coach = "Not a dodge: a time, and a \"together\". Danny's situation will keep until the morning." },
      choice { "If it's money, the answer's no. Done. We don't even need to discuss it.", to = "never_again",
               pitfalls = { "avoid" }, penance = 10,
               coach = "You're trying to make it safe by deciding alone, which is the old problem in a new coat." },
    },

    node "other_room" {
      need = "reassurance",
      narrate("You talk to Danny on the end of the bed for eleven minutes. Through the door you can hear Ines not "
        .. "typing. When you come back she's reading the same paragraph of the mortgage guidance for the third time."),
      say.ines "Well?",
      choice { "He needs nine hundred. For the van. Wrong room, that.", to = "the_van",
               skills = { "take_responsibility", "honest" }, open = 10, tension = -10,
               coach = "You noticed the door yourself and named it. The number comes next, before she has to ask for it." },
      choice { "It's sorted, don't worry. I told him we can't. I'll deal with him.", to = "never_again",
               pitfalls = { "avoid" }, tension = 20,
               coach = "Kept short to spare her. It's still a decision with two names on it, made by one." },
      choice { "Okay. It's nothing. Van stuff.", to = "the_van",
               pitfalls = { "minimise" }, tension = 10,
               coach = "It isn't nothing, and she knows the van costs money. The short answer sounds like a locked drawer." },
    },

    node "danny_on_speaker" {
      need = "heard",
      narrate "Danny answers on the first ring, which he never does.",
      say.danny("Oh thank God. Hi. Is Ines there? Hi Ines. Don't hate me. Brenda failed her MOT. Brake discs and a "
        .. "sill, he says the sill's like a crisp. Nine hundred quid."),
      say.danny("And I've got Petal and Stem all Mother's Day weekend, it's the biggest weekend they've got, and if I "
        .. "haven't got a van I haven't got the contract. I wasn't going to ask. I'm asking. Sorry."),
      say.danny "I know I still owe you. I know. I'd pay that first, by June, I've done a spreadsheet. It's got colours.",
      narrate "Ines looks at you. It is not a yes look, or a no look. It's a we look.",
      choice { "Dan, we'll talk about it and ring you back tonight. Both of us.", to = "the_van",
               skills = { "name_need", "support" }, trust = 10,
               coach = "Danny hears that he's been heard and that this isn't your call alone. Ines hears it too." },
      choice { "Yes, course, mate. Don't worry, I hear you, I know how much this contract means. We'll sort it.", to = "the_van",
               pitfalls = { "avoid" }, tension = 20,
               coach = "Your brother's in a hole and you reached for the rope. It's a yes with two names on it, and you said it on your own." },
      choice { "Nine hundred? Danny. Are you serious? After last time?", to = "the_van",
               pitfalls = { "contempt" }, tension = 10,
               coach = "You're trying to show Ines whose side you're on. Danny goes very quiet, and so does she." },
    },

    node "tomorrow" {
      need = "honesty",
      say.ines "Tomorrow. Okay.",
      say.ines(function(s)
        if s.trust >= 50 then return "Actually... I'd rather know tonight. Not because I don't trust you. Because I won't sleep." end
        return "Only I won't sleep. I'll just lie there, doing sums."
      end),
      choice { "Tonight, then. Speaker on. Kettle on.", to = "danny_on_speaker",
               skills = { "accept_influence" }, open = 10, tension = -10,
               coach = "She told you what she needed and you changed the plan. Nothing else had to be said." },
      choice { "I hear you. But it's nearly ten, and nothing's going to happen overnight.", to = "ten_past_seven",
               pitfalls = { "override_no" }, tension = 10,
               coach = "Logical. She told you what the night would be like, and the logic stepped over it." },
      choice { "*You text him:* \"Not tonight, tomorrow x\" *and set it down where she can see it.*", to = "ten_past_seven",
               pitfalls = { "avoid" }, open = 10,
               coach = "Transparent, and it still parks it. She can see the text and still has nothing to do with the sums." },
    },

    node "ten_past_seven" {
      narrate(function(s)
        if s.tension >= 40 then
          return "Ines lies awake doing sums. You lie awake listening to her do them. At some point you both fall asleep, facing the wall."
        end
        return "Ines lies awake for a while doing sums, then falls asleep mid-sum, with her hand on your back."
      end),
      narrate("Danny rings at ten past seven, while Ines is looking for her lanyard. You put him on speaker because your hands "
        .. "are full of toast. Brenda, his van, has failed her MOT: brake discs and a sill like a crisp. Nine hundred pounds. "
        .. "He's got the florist's contract for Mother's Day weekend. He's very sorry. He's done a spreadsheet."),
      narrate "Ines finds the lanyard. She doesn't leave.",
      next = "the_van",
    },

    node "the_van" {
      need = "honesty",
      narrate "Nine hundred pounds. Brenda, the van. A sill like a crisp. Mother's Day weekend.",
      say.ines "Okay. I'm going to say what I need, and I want you to actually hear it, not agree with it really fast.",
      say.ines "Whatever we decide, we decide it at this table. And I hear about it before Danny does.",
      choice { "Yes. Agreed. At the table, you first.", to = "back_to_the_form",
               skills = { "accept_influence" }, trust = 10, tension = -10,
               coach = "Not fast: exact. You said her two conditions back so she knows they landed." },
      choice { "You know I would anyway. I've changed, Ines. I'm not that guy any more, I'm really not.", to = "not_that_guy",
               pitfalls = { "defensive" }, tension = 10,
               coach = "You want her to see how far you've come, and you have. She asked for a yes, not a character reference." },
      choice { "Deal. And when your stomach does the thing, tell me. Like tonight.", to = "back_to_the_form",
               skills = { "clear_request", "name_need", "accept_influence" }, trust = 10,
               coach = "It's not a counter-offer; it's the other half of the same deal. She laughs, a bit: \"Like tonight. Fine.\"" },
      choice { "I want to be honest: he's my brother, and some of this has to be my call.", to = "my_call",
               pitfalls = { "override_no" }, tension = 20, heat = 10,
               coach = "Your family, your loyalty, a real point. Said right now, it's the exact sentence she was afraid of." },
    },

    node "not_that_guy" {
      need = "reassurance",
      say.ines "I know you're not. I'm not asking who you are. I'm asking for a yes.",
      choice { "Yes. At the table. You first.", to = "back_to_the_form",
               skills = { "accept_influence", "repair" }, calm = true, tension = -10, trust = 10,
               coach = "You dropped the speech and gave her the thing she asked for, in her own words." },
      choice { "Right. Because a yes from me isn't worth much, apparently.", to = "my_call",
               pitfalls = { "sarcasm", "defensive" }, tension = 20, heat = 10,
               coach = "It stung to be asked. Turning it into a verdict on your word makes the asking harder next time." },
      choice { "*You nod.* \"Yeah. I wanted credit. Yes.\"", to = "back_to_the_form",
               skills = { "honest", "accept_influence" }, tension = -10, trust = 10,
               coach = "Funny and true: you wanted credit. Saying so took the sting out of it for both of you." },
    },

    node "my_call" {
      need = "reassurance",
      say.ines(function(s)
        if s.tension >= 60 then return "Your call. Right. That's what it was last time. Your call." end
        return "That's... that's what it was last time. Your call."
      end),
      narrate "She isn't shouting. She's gone very still, which is worse.",
      choice { "He's my brother and you're my person. I want us to decide. Together.", to = "back_to_the_form",
               skills = { "repair", "accept_influence" }, calm = true, tension = -20, trust = 10,
               coach = "You kept the true part, he's your brother, and dropped the part that shut her out." },
      choice { "But it's nine hundred quid, Ines. It's not a house.", to = "ines_needs_a_break",
               pitfalls = { "minimise", "escalate" }, tension = 30,
               coach = "It's less than last time, that's true. The size of the number was never what this was about." },
      choice { "*You stop talking and sit back down.*", to = "kettle_two",
               skills = { "self_soothe", "pause" }, heat = -20, tension = -10,
               coach = "You felt the next sentence coming and let it go past. The table is still there when you come back to it." },
    },

    node "kettle_two" {
      narrate("You sit with your hands round a mug you don't remember making. Ines is looking at the form. "
        .. "After a minute she slides the biscuit plate back across to your side."),
      say.ines "Try that again?",
      next = "the_van_again",
    },

    node "the_van_again" {
      need = "reassurance",
      choice { "Together, and you hear it first. Honestly, that's a relief.", to = "back_to_the_form",
               skills = { "accept_influence", "repair" }, tension = -10, trust = 10,
               coach = "The second go was shorter and kinder than the first. You even found a reason to want it." },
      choice { "Same as before. It's my brother. I'm sorry, but it is.", to = "the_blank_box",
               pitfalls = { "override_no" }, tension = 10,
               coach = "You were calmer and held the same line. She doesn't argue; she reopens the laptop." },
    },

    node "never_again" {
      need = "honesty",
      say.ines(function(s)
        if s.penance >= 20 then return "I didn't ask you for never. Why does everything have to be never, or I'll deal with it?" end
        return "Wait. You've decided? Just like that?"
      end),
      say.ines "That's still you deciding on your own. It's just the other answer.",
      choice { "...Yeah. It is. Okay. Let's decide it together. Properly.", to = "the_van",
               skills = { "take_responsibility", "accept_influence" }, calm = true, tension = -10, penance = -10,
               coach = "She pointed at something subtle and you saw it straight away. That's a kind of trust too." },
      choice { "I'm trying to make it easy for you! Nothing I do is right.", to = "ines_needs_a_break",
               pitfalls = { "defensive", "hijack" }, tension = 30, heat = 10,
               coach = "You were trying. Making your effort the subject means she has to argue with your feelings as well as hers." },
      choice { "I want this to be over. Please. I'll do whatever you say.", to = "on_probation",
               pitfalls = { "avoid" }, penance = 10, tension = -10,
               coach = "Surrender feels like safety. It puts her in charge of you, which is a job, and not one she applied for." },
      choice { "Okay. Ask me what I actually think, then.", to = "the_van",
               skills = { "honest", "repair" }, tension = -10,
               coach = "A bit grumpy, and a real offer. You're going to say your view out loud, at the table, which is the point." },
    },

    node "ines_needs_a_break" {
      need = "space",
      narrate "Ines closes the laptop all the way. She lines the pen up beside it, exactly parallel.",
      say.ines "I've got nothing left for this tonight. The form can wait till tomorrow. So can Danny.",
      say.ines "I'm going to bed before I say something I can't take back.",
      choice { "Okay. We'll stop. I'm sorry it got like this.", to = "a_pause",
               skills = { "give_space", "respect_boundary" }, tension = -30, trust = 10,
               coach = "She asked to stop and you let her, with no price on it. The form will still be there." },
      choice { "*You let your shoulders drop.* \"I got loud. That's on me. Tomorrow, yeah?\"", to = "a_pause",
               skills = { "self_soothe", "take_responsibility" }, calm = true, tension = -40, trust = 10,
               coach = "You calmed down, owned your part, and said yes to the pause, in one breath." },
      choice { "I hear you. I do. But I want it finished tonight, together, or it'll fester.", to = "the_doorway",
               pitfalls = { "pressure" }, calm = true, tension = 10, trust = -10,
               coach = "You want it finished, which is understandable, and you said so gently. She wanted to stop for the night and got a gentle no." },
      choice { "Fine. Go to bed. I'll do the form myself.", to = "the_doorway",
               pitfalls = { "turn_against", "stonewall" }, trust = -10,
               coach = "Agreeing to stop and slamming the door in the same sentence. She hears the door." },
    },

    node "on_probation" {
      need = "honesty",
      say.ines "Whatever I say? Really?",
      narrate "She looks at you the way she looks at a child who's apologised to the hamster to get out of trouble.",
      choice { "No. Not whatever you say. Sorry. I want us to decide.", to = "the_van",
               skills = { "honest", "repair" }, calm = true, penance = -10, tension = -10,
               coach = "You took back the surrender and offered a partner instead. She'd much rather have one of those." },
      choice { "Yes. Really. You decide, whatever it is. I think I've lost the right to.", to = "back_to_the_form",
               pitfalls = { "avoid", "hijack" }, penance = 10,
               coach = "It feels like the humble thing. It hands her a warden's job, and nobody asked if she wanted it." },
      choice { "Ugh. Listen to me, like a hostage. Let me get a drink.", to = "kettle_two",
               skills = { "pause", "honest" }, heat = -10,
               coach = "You heard how it sounded and said so. That's a reset, with a joke in it." },
    },

    node "back_to_the_form" {
      need = "honesty",
      narrate "Ines opens the laptop. The form wakes up, with its cursor blinking in the Outgoings box.",
      say.ines(function(s)
        if s.trust >= 60 then return "Right. Danny. Brenda. What do we actually think?" end
        return "Okay. So. What do we think? About the van."
      end),
      say.ines "Because I've got thoughts. I just want to hear yours first.",
      choice { "Yes to the van, if the twelve hundred comes first. You?", to = "section_five",
               skills = { "honest", "open_question" }, trust = 10,
               coach = "Your view, out loud, at the table, and then hers. That was the whole agreement, in practice." },
      choice { "I want you to decide. I trust you more than me on this.", to = "the_warden",
               pitfalls = { "avoid" }, penance = 10,
               coach = "Meant generously. She asked for your view and got handed the decision, and the blame if it goes wrong." },
      choice { "I think we lend it, obviously. He's got a spreadsheet. It's got colours, Ines.", to = "section_five",
               pitfalls = { "mind_read" }, tension = 10,
               coach = "You said your view, which is good, and then called it obvious, which ends the discussion before she's had hers." },
      choice { "Can we look at what we'd have left after the deposit first? Then decide.", to = "section_five",
               skills = { "support", "clear_request" }, trust = 10,
               coach = "A practical next step she can say yes or no to. It makes the decision about the two of you, not about Danny." },
    },

    node "the_doorway" {
      need = "reassurance",
      narrate("Ten minutes. The form is still on section four, and the Outgoings box is still empty. Ines comes back "
        .. "for her phone charger and stops in the doorway with the cable wound round her hand."),
      say.ines "For the record, I don't want it to be like this.",
      choice { "Me neither. Sorry. I turned my phone over, then made it all about me. Tomorrow?", to = "a_pause",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -20, trust = 10,
               coach = "Both slips, named in one go, and a time to come back. She unwinds the cable a little." },
      choice { "*You get up and take the other end of the cable.*", to = "a_pause",
               skills = { "affection", "repair" }, tension = -10,
               coach = "No speech. For a second you're both holding the same charger, which is a daft kind of bridge, and a bridge." },
      choice { "I'm sorry you feel that way. I'll finish the form.", to = "the_blank_box",
               pitfalls = { "defensive", "avoid" }, trust = -10,
               coach = "It has \"sorry\" in it, and none of the sorry is yours. She goes to bed with the charger." },
      choice { "Night.", to = "the_blank_box",
               pitfalls = { "stonewall" },
               coach = "One word, said to the screen. She waits a second longer than she needs to, then goes." },
    },

    ---------------------------------------------------------------- endings

    ending "section_five" {
      title = "Section five",
      summary = "A text from your brother brought back an old breach of trust, and you and Ines talked it through and decided about the money together.",
      narrate(function(s)
        if s.tension >= 40 then
          return "It takes another half an hour, and one more custard cream each than is strictly wise. You decide: seven hundred, not nine, and the twelve hundred first."
        end
        return "It takes twenty minutes. You decide: seven hundred, not nine, and the twelve hundred first. Ines rings Danny and tells him herself, which he finds terrifying and then hilarious."
      end),
      narrate(function(s)
        if s.open >= 20 then
          return "Later, brushing her teeth, she says through the foam: \"You showed me before I asked. That's the bit I'll remember.\""
        end
        return "Later, brushing her teeth, she says through the foam: \"Thank you for doing that at the table.\""
      end),
      narrate "In the Outgoings box, Ines types \"Netflix\" and, this time, leaves it.",
    },

    ending "a_pause" {
      title = "A pause",
      summary = "A text from your brother brought back an old breach of trust, the talk became too heated to go on, and you both put it down until the morning.",
      reflect = "When an old hurt flares up and the talk has to stop, what helps you both pick it up again?",
      narrate "You stop. The laptop stays shut. You both brush your teeth in a very polite way.",
      narrate(function(s)
        if s.trust >= 50 then
          return "At ten past three she finds your hand under the duvet, and holds it, and says nothing. In the morning there's a note on the kettle: \"Danny after school. Together. x\""
        end
        return "In the morning there's a note on the kettle: \"After school.\" Just that. It's something. It isn't much yet."
      end),
    },

    ending "the_warden" {
      title = "On probation",
      summary = "A text from your brother brought back an old breach of trust; you apologised and handed Ines the decision, and she took it, tiredly.",
      reflect = "When you've hurt someone, how can you tell the difference between owning it and handing them the job of punishing you?",
      narrate("Danny gets rung, and Brenda the van's nine hundred pounds gets explained, and then you look at Ines, and Ines "
        .. "decides. She decides well: seven hundred, not nine, and the twelve hundred first. You agree with everything, "
        .. "immediately, and say sorry twice more on the way to bed."),
      narrate(function(s)
        if s.penance >= 30 then
          return "She lies awake for a while. She didn't want a warden's job. She seems to have one anyway, and the uniform doesn't fit."
        end
        return "She kisses you goodnight and says, \"You don't have to keep doing that.\" You say sorry. She laughs, but not all the way."
      end),
    },

    ending "the_blank_box" {
      title = "Outgoings: none",
      summary = "A text from your brother brought back an old breach of trust, and the form got finished but the conversation didn't.",
      narrate("The form gets finished. In the Outgoings box, someone types \"none\", which is untrue in at least "
        .. "three ways. You both click Submit, and neither of you says anything nice about it."),
      narrate(function(s)
        if s.trust <= 30 then
          return "On Wednesday Ines asks, very lightly, whether Danny got sorted. You say yes. She doesn't ask how, and you can see her decide not to."
        end
        return "On Wednesday Ines asks whether Danny got sorted. You tell her you said no to him, on the phone, from work. She says \"okay\". It's the same okay as Sunday."
      end),
    },
  },
}
