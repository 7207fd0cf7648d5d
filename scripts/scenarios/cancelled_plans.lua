-- Cancelled Plans
-- An hour before the dinner you booked seven weeks ago, Sam calls to cancel. Work has blown up,
-- and it is not the first time. Sam has real pressures; so do you. Nobody here is the villain.
--
-- Shape: the phone call (act one), your evening alone (act two), Sam home at eleven (act three).
-- State: trust, closeness and tension are Sam's; clarity is how clearly Sam knows what tonight
-- meant to you (a "No worries!" keeps it low, and that comes back at the end); heat is your own.
-- Every change is a multiple of 10 and the ranges are clamped, so `heartlines check` can walk
-- every state well inside its bound.

return scenario {
  id = "cancelled-plans",
  title = "Cancelled Plans",
  blurb = "An hour before the dinner you booked seven weeks ago, Sam calls. Work has blown up. Again.",
  minutes = 8,
  setting = "Your flat, ten to seven on a Friday in November. Dinner at Marisol is at eight. "
    .. "You have ironed a collar.",
  notes = {
    "a partner cancelling plans at the last minute, not for the first time",
    "disappointment and an argument that can become heated",
    "going to bed on a row",
    "work pressure and worry about job security",
  },
  reflect = "When someone you love lets you down for a real reason, what do you need them to know, "
    .. "and when do you need them to know it?",
  cast = { sam = "Sam", tomas = "Tomás" },
  state = {
    trust = { 50, min = 20, max = 80 },
    closeness = { 50, min = 20, max = 80 },
    tension = { 30, better = "lower" },
    heat = { 20, better = "lower", max = 80 },
    clarity = { 10, max = 40 },
  },
  flooding = { var = "tension", at = 80, to = "sam_needs_a_break" },
  self_flooding = {
    var = "heat", at = 70,
    hint = "Your heart is going like you ran for a bus. This one needs a steadier voice than you have. Slow down first.",
  },
  start = "the_call",
  nodes = {

    ---------------------------------------------------------------- act one: the call

    node "the_call" {
      need = "honesty",
      agreed = "The same first reaction, both of you. Was it for the same reason?",
      differed = "Two first reactions. Which one is closer to what each of you would really say?",
      narrate "Your phone buzzes on the bed, next to the shirt. Sam. Calling, not texting, which is never good.",
      say.sam "Hey. Hi. Okay. Don't hate me.",
      say.sam("The Henderson review's been moved to nine tomorrow, and they want changes, and Priya's off, "
        .. "and I... I can't do tonight. I'm so sorry. I know it's Marisol."),
      narrate("You booked Marisol seven weeks ago. Seven years since your first date, which neither of you "
        .. "counts, which is why you both know it's seven."),
      choice { "No worries! I'm here. Go save the building, and tell me what happened later.", to = "no_worries",
               pitfalls = { "avoid" }, tension = -10,
               coach = "It costs nothing now. Sam hears that tonight didn't matter much, and is in no state to check." },
      choice { "Seriously? Again?", to = "again",
               pitfalls = { "criticism" }, tension = 20, trust = -10, heat = 20,
               coach = "True, and it lands as a verdict. Sam starts defending before getting to say what happened." },
      choice { "Ugh. Gutted. What happened?", to = "what_happened",
               skills = { "honest", "open_question" }, clarity = 20, tension = -10,
               coach = "One word of truth and a real question: Sam knows where you stand and still gets to explain." },
    },

    node "no_worries" {
      need = "honesty",
      say.sam "Oh, thank God. You're the best. You're genuinely the best person. I'll make it up to you, I swear.",
      narrate("You look at the shirt on the bed. You ironed the collar. You skipped lunch, strategically, "
        .. "to leave room for the tasting menu."),
      say.sam "Right, I've got to... Dev's waving at me through the glass like he's landing a plane.",
      choice { "Go on. I'm sorry it's landed on you. Good luck.", to = "after_the_call",
               pitfalls = { "avoid" }, clarity = -10,
               coach = "Friendly and quick. Sam hangs up relieved, carrying none of what you're carrying." },
      choice { "Wait. Actually, I'm gutted. I didn't like to pile on.", to = "what_happened",
               skills = { "repair", "honest" }, calm = true, clarity = 20, trust = 10,
               coach = "You took back the \"no worries\" while Sam was still on the line. The call gets longer, not worse." },
      choice { "I want a proper make-up dinner, then. Like the gig one, yeah?", to = "the_list",
               pitfalls = { "sarcasm" }, tension = 20, heat = 10,
               coach = "The old hurt came out sideways, as a joke with an edge. Sam heard the edge." },
    },

    node "again" {
      need = "heard",
      say.sam "Yes. Again. I know. I can count too.",
      narrate "Somewhere behind Sam, a door bangs and someone shouts a name that isn't Sam's.",
      say.sam "I'm on the fire stairs, I've got about four minutes, and I already feel like the worst person alive, so.",
      choice { "Sorry. That came out sharp, and it's not even what I meant. Start again: what happened?", to = "what_happened",
               skills = { "repair" }, calm = true, tension = -10, heat = -10,
               coach = "You heard your own tone and went back for it. Sam's voice drops half an octave." },
      choice { "Hang on. Third time since March, Sam. The gig. My birthday. Now this.", to = "the_list",
               pitfalls = { "always_never", "escalate" }, tension = 20, heat = 20, trust = -10,
               coach = "Every item is true. Read out as a list, it turns a bad evening into a trial." },
      choice { "Okay. Sorry. Just go.", to = "the_line_goes_quiet",
               pitfalls = { "stonewall" }, tension = 10, closeness = -10, heat = 10,
               coach = "A few words to end it before it got worse. On the phone, Sam only gets the gap." },
    },

    node "what_happened" {
      need = "heard",
      say.sam(function(s)
        if s.clarity >= 30 then return "Yeah. Me too. Thank you for not pretending." end
        if s.tension >= 35 then return "Okay. Sorry. Okay." end
        return ""
      end),
      say.sam("So. The Hendersons came in at four to see the model, and Mrs Henderson looked at the main "
        .. "staircase for a long time, and then she said it looks \"apologetic\"."),
      say.sam("An apologetic staircase. So it's moving to the other side of the atrium. Which moves the lifts. "
        .. "Which moves basically everything. By nine."),
      say.sam("Priya's kid has chickenpox, so it's me. I'm calling from the fire stairs. These stairs are fine, "
        .. "by the way. Very confident stairs."),
      choice { "Can't you tell them nine's impossible and push it to Monday?", to = "fix_it",
               pitfalls = { "fix_too_soon" }, tension = 10,
               coach = "A sensible idea, offered before Sam had finished being in it. Now Sam has to argue with the idea." },
      choice { "So someone's feelings about stairs are eating your whole night.", to = "sam_softens",
               skills = { "reflect" }, tension = -10, trust = 10, closeness = 10,
               coach = "You said back the absurd, exhausting shape of it. Sam laughs, a bit, for the first time." },
      choice { "I swapped a shift for this, Sam. I owe Jo a Sunday now.", to = "guilt",
               pitfalls = { "guilt_trip" }, tension = 10, heat = 10,
               coach = "Your evening cost you something real. Said right now, it arrives as a bill." },
    },

    node "fix_it" {
      need = "heard",
      say.sam("It's not my client, though. It's Priya's. If I push it, it's Priya pushing it, "
        .. "from a sofa covered in calamine lotion."),
      say.sam "And the Hendersons are basically who pays for the Christmas party. It's not... it's not that simple.",
      choice { "I hear you. I just feel like you always say yes to them.", to = "the_list",
               pitfalls = { "always_never", "fake_i_statement" }, tension = 20, heat = 20,
               coach = "There may be something in it. Wrapped in \"I feel\", it's still a verdict with \"always\" in it, and Sam is the defence." },
      choice { "Fair. I'll leave you to it, then.", to = "the_line_goes_quiet",
               pitfalls = { "turn_away" }, tension = 10, closeness = -10,
               coach = "You stepped back to avoid a row. Sam hears a door close a little." },
      choice { "Okay, scrap the advice. Honestly, you're keeping everyone going tonight.", to = "sam_softens",
               skills = { "accept_influence", "validate" }, tension = -10, closeness = 10,
               coach = "You dropped the fix when it didn't fit. Sam stops explaining and starts breathing." },
    },

    node "guilt" {
      need = "heard",
      say.sam "I know you did. I know.",
      narrate "A pause, with a lift pinging somewhere in it.",
      say.sam "You think I don't know? I've felt sick about ringing you since half five.",
      choice { "I'm sorry, but if it really mattered to you, you'd have found a way.", to = "the_list",
               pitfalls = { "mind_read" }, tension = 20, heat = 10,
               coach = "The sorry is a run-up. You decided what tonight meant to Sam. Now Sam has to prove a feeling, which nobody can." },
      choice { "That wasn't fair. You're on the fire stairs. Just tell me the rest.", to = "sam_softens",
               skills = { "take_responsibility" }, calm = true, tension = -20, trust = 10,
               coach = "You owned it without a \"but\", and the next sentence was Sam's, not yours." },
      choice { "*You say nothing. The lift pings again.*", to = "the_line_goes_quiet",
               pitfalls = { "stonewall" }, tension = 10, closeness = -10,
               coach = "Saying nothing was easier than the next thing. Sam can't see your face, only the gap." },
    },

    node "the_list" {
      discuss = { "Sam is on the fire stairs with four minutes. What is Sam hearing right now, and what do you most need Sam to know?", minutes = 3 },
      need = "reassurance",
      say.sam(function(s)
        if s.tension >= 65 then
          return "Oh, we're doing the list? Okay. The gig was a flood. An actual flood. In the basement. With water."
        end
        return "The gig was a flood, though. A literal flood, in the basement."
      end),
      say.sam "And I came to your birthday.",
      narrate "At twenty to eleven, you don't say. You don't have to. It sits on the line between you.",
      say.sam "I'm trying, okay? I'm standing in a stairwell, trying.",
      choice { "You're right. I'm keeping score, and that's not fair. Sorry.", to = "sam_softens",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -20, trust = 10,
               coach = "You caught yourself mid-list and said so. Sam can hear the difference straight away." },
      choice { "And Easter. Don't forget Easter.", to = "the_line_goes_quiet",
               pitfalls = { "escalate" }, tension = 20, heat = 10, trust = -10,
               coach = "The list got longer, not truer. Sam stopped listening somewhere around the word Easter." },
      choice { "Hang on. Let me breathe.", to = "a_breath",
               skills = { "pause" }, heat = -20, tension = -10,
               coach = "You caught yourself halfway to winning the row and losing the night. On the other end, Sam waits." },
    },

    node "a_breath" {
      need = "reassurance",
      narrate("You press the phone against your shoulder and breathe out, slowly, all the way. The radiator ticks. "
        .. "On the other end, Sam has gone quiet too."),
      say.sam "...Are you still there?",
      choice { "Still here. Sorry. Go do your stairs.", to = "after_the_call",
               pitfalls = { "avoid" }, closeness = -10,
               coach = "You calmed down, then stopped there. Sam hangs up not knowing which version of you is waiting at home." },
      choice { "I'm here. I feel like I'm always the one who has to be fine about it.", to = "the_line_goes_quiet",
               pitfalls = { "always_never" }, tension = 10, heat = 10,
               coach = "There's a real need in there. \"Always\" wrapped it in an accusation, and Sam answered the accusation." },
      choice { "Still here. Honestly, I'm disappointed, and I've been making it your crime.", to = "sam_softens",
               skills = { "take_responsibility", "honest" }, calm = true, clarity = 20, tension = -10, trust = 10,
               coach = "Disappointed, not furious, and you said whose the anger was. Sam can work with that." },
    },

    node "the_line_goes_quiet" {
      need = "reassurance",
      say.sam(function(s)
        if s.tension >= 60 then return "I can't do this on the fire stairs. I have to go." end
        return "Okay. I have to go. I'm sorry. I really am."
      end),
      narrate "The call ends. The phone is warm in your hand. The shirt on the bed looks overdressed.",
      choice { "*You text:* \"Sorry to keep you. Hope the stairs are worth it.\"", to = "after_the_call",
               pitfalls = { "sarcasm" }, tension = 10, trust = -10,
               coach = "Polite on the surface, sharp underneath. It will be read at least four times tonight." },
      choice { "*You text:* \"Sorry. That came out short. I'm just gutted. Go. x\"", to = "after_the_call",
               skills = { "repair", "honest" }, calm = true, tension = -20, clarity = 20, trust = 10,
               coach = "A few words, sent while it still mattered. Sam reads it between drawings and goes back lighter." },
      choice { "*You sit on the edge of the bed until your breathing slows down.*", to = "after_the_call",
               skills = { "self_soothe" }, heat = -20,
               coach = "No message yet, and that's fine. Whatever you send later, you'll send it from here, not from there." },
      choice { "*You put the phone face down and clean the hob. Hard.*", to = "after_the_call",
               pitfalls = { "stonewall" }, heat = 10, closeness = -10,
               coach = "The hob has never been cleaner. Sam, meanwhile, keeps checking for a message that doesn't come." },
    },

    node "sam_softens" {
      need = "honesty",
      narrate "Sam breathes out, long, into the phone.",
      say.sam "Yeah. God. Sorry.",
      say.sam "Can I ask... are you really annoyed? You can say. I'd honestly rather you said.",
      choice { "Me? Annoyed? I'm wearing a shirt with a collar, Sam.", to = "collar",
               pitfalls = { "sarcasm" }, closeness = 10,
               coach = "It's funny, and Sam laughs. Under the joke, Sam still has to guess how much you mind." },
      choice { "Sad, mostly. I'd been looking forward to you all week.", to = "saying_it",
               skills = { "honest", "i_statement" }, clarity = 20, closeness = 10, tension = -10,
               coach = "Not \"annoyed\", not \"fine\": sad, and why. Sam didn't have to decode anything." },
      choice { "No! I'm here, it's fine. These things happen. Go be brilliant.", to = "fine_honestly",
               pitfalls = { "avoid" }, clarity = -10, tension = -10,
               coach = "Kind, and not quite true. Sam asked for the real answer and got permission to stop worrying instead." },
      choice { "Not annoyed. Scared I'll start expecting it.", to = "saying_it",
               skills = { "be_vulnerable" }, calm = true, clarity = 30, tension = 10, closeness = 10,
               coach = "That one cost something to say. It lands heavily, and it lands." },
    },

    node "collar" {
      need = "honesty",
      say.sam "Not the blue one. Oh no. Not the blue one with the actual collar.",
      narrate "It is the blue one.",
      say.sam "Okay, but seriously, though. Are you?",
      choice { "Nah. Go. Save the stairs. I'll be here.", to = "fine_honestly",
               pitfalls = { "avoid" }, clarity = -10,
               coach = "Sam held the door open twice. It's easy to wave off the second time, and it stays with you." },
      choice { "A bit. Mostly I miss you. I'd got used to the idea of tonight.", to = "saying_it",
               skills = { "honest", "affection" }, clarity = 20, closeness = 10,
               coach = "You kept the warmth and added the truth. Sam got both." },
      choice { "You tell me. You're the one who keeps cancelling.", to = "the_line_goes_quiet",
               pitfalls = { "criticism" }, tension = 20, heat = 10,
               coach = "The joke was the soft way in; this was the hard way. Sam goes from laughing to silent in one breath." },
    },

    node "fine_honestly" {
      say.sam "Okay. If you're sure. You're sure?",
      say.you "I'm sure.",
      say.sam "I'll be back by eleven. Twelve. Eleven. Love you. Sorry. Bye.",
      narrate "You are not sure. You put the phone down next to the shirt.",
      next = "after_the_call",
    },

    node "saying_it" {
      need = "heard",
      say.sam(function(s)
        if s.clarity >= 40 then return "Yeah. It's a pattern. I hate that it's a pattern." end
        return "Yeah. Me too. I've been looking forward to it since October."
      end),
      say.sam("It's the associate thing. They decide in January, and Dev keeps saying \"we notice who steps up\", "
        .. "in that voice, like it's from a fortune cookie."),
      say.sam("So every time something blows up, I step up. And then I look round and it's your birthday "
        .. "and I'm in a taxi eating a cereal bar."),
      choice { "I've got stuff going on too, you know. I moved a whole shift.", to = "sam_has_to_go",
               pitfalls = { "hijack" }, tension = 10, closeness = -10,
               coach = "Also true. But Sam had just opened up, and the conversation swung back to you before it landed." },
      choice { "What would happen if you didn't step up? Just once?", to = "what_if_no",
               skills = { "open_question", "curious" }, closeness = 10,
               coach = "A real question about Sam's world, not a solution in disguise. Sam has to think before answering." },
      choice { "Then tell Dev no. Tonight. Tell him you've got plans.", to = "tell_dev",
               pitfalls = { "demand" }, tension = 20,
               coach = "You want to be chosen, and that's fair. Down the phone it's one more person telling Sam what to do tonight." },
      choice { "That's a horrible thing to have hanging over everything.", to = "sam_has_to_go",
               skills = { "validate" }, closeness = 10, trust = 10, tension = -10,
               coach = "No advice, only agreement that it's heavy. Sam goes quiet in the good way." },
    },

    node "what_if_no" {
      need = "heard",
      say.sam "Honestly? Probably nothing. Priya says no all the time, and she's going to get it too.",
      say.sam "I think I just don't believe that. About me.",
      say.sam "God, that's bleak. Sorry. You asked a nice question and I gave you a bleak answer.",
      choice { "I hear you. So say no next time. Stop volunteering for everything.", to = "sam_has_to_go",
               pitfalls = { "fix_too_soon" }, tension = 10, closeness = -10,
               coach = "Logical, and quick. Sam had said something tender and got a to-do item back." },
      choice { "Thanks for telling me. At least it's only till January.", to = "sam_has_to_go",
               pitfalls = { "minimise" }, closeness = -10,
               coach = "The thanks is real, and then \"at least\" shrinks what Sam just admitted. Sam quietly folds it away." },
      choice { "Bleak's allowed. Honestly. Thanks for saying it.", to = "sam_has_to_go",
               skills = { "validate", "appreciate" }, trust = 10, closeness = 10,
               coach = "You let the bleak thing be true and thanked Sam for it. Sam won't forget that you did." },
    },

    node "tell_dev" {
      need = "heard",
      say.sam "It's not Dev, it's... you don't...",
      narrate "A long breath, and the fire door bangs somewhere below.",
      say.sam "Can we not solve my whole career on the fire stairs? Please?",
      choice { "Sorry. I'm listening. It's just, it's one email, Sam.", to = "sam_has_to_go",
               pitfalls = { "override_no", "pressure" }, tension = 20, trust = -10,
               coach = "Sam asked you to stop and you made the case again. The case was reasonable; the moment wasn't." },
      choice { "Fair. I'll stop solving it. I'm listening.", to = "sam_has_to_go",
               skills = { "accept_influence", "respect_boundary" }, tension = -10, trust = 10,
               coach = "Sam said what didn't help and you changed course without sulking. Sam lets out a breath that's nearly a laugh." },
      choice { "Sorry. Scrap that.", to = "sam_has_to_go",
               pitfalls = { "turn_away" }, closeness = -10,
               coach = "You backed off, with the door slammed a little. Now Sam has to smooth that too." },
    },

    node "sam_has_to_go" {
      need = "reassurance",
      narrate "Someone calls Sam's name up the stairwell. Twice.",
      say.sam(function(s)
        if s.closeness >= 60 then return "I have to go. Thank you. I mean it. I'm so sorry about Marisol." end
        if s.tension >= 55 then return "I have to go. I'll be late. Don't wait up." end
        return "I have to go. I'm sorry. I'm really sorry about Marisol."
      end),
      choice { "Sure. I'll ring Marisol, then. Again. They'll know my voice by now.", to = "after_the_call",
               pitfalls = { "guilt_trip" }, tension = 10, closeness = -10,
               coach = "The job is real and you're the one doing it. Said like that, Sam carries the cancellation up the stairs too." },
      choice { "Go. Wake me when you're in. I'm saving you the good cheese.", to = "after_the_call",
               skills = { "affection", "make_time" }, closeness = 10, tension = -10,
               coach = "A small promise of later. Sam has something to come home to besides an apology." },
      choice { "*You say \"Go,\" and hang up first.*", to = "after_the_call",
               pitfalls = { "turn_away" }, closeness = -10, heat = 10,
               coach = "It felt like dignity. To Sam, it sounded like a door." },
    },

    ---------------------------------------------------------------- act two: the evening

    node "after_the_call" {
      need = "space",
      narrate(function(s)
        if s.heat >= 50 then return "Quarter past seven. Your heart is still going like you ran for a bus." end
        return "Quarter past seven. The flat is very quiet. The shirt on the bed is still being optimistic."
      end),
      narrate("You still have to cancel the table. And there's the whole evening, suddenly, with nothing in it. "
        .. "Sam has a building to move by nine, and needs to be left to move it."),
      choice { "*You text Sam:* \"Love you. We need to talk properly tonight. I need to.\"", to = "the_cancellation",
               pitfalls = { "pressure" }, tension = 20, heat = 10,
               coach = "True, and it will sit in Sam's pocket all evening like a stone. Sam can't do anything with it until eleven." },
      choice { "*You put your shoes on and walk. The long way.*", to = "the_cancellation",
               skills = { "self_soothe" }, heat = -30,
               coach = "Nobody got a message. Your shoulders came down about an inch, which was the point." },
      choice { "*You scroll back through your messages to count how many times.*", to = "the_count",
               pitfalls = { "escalate" }, heat = 20,
               coach = "You're looking for proof, and you'll find it. Your pulse goes up a notch with every date." },
      choice { "*You text Sam:* \"Eat something that isn't from a machine. x\"", to = "the_cancellation",
               skills = { "affection", "give_space" }, closeness = 10, tension = -10,
               coach = "Small, warm, and it asks nothing back. Sam keeps working and still feels thought of." },
    },

    node "the_count" {
      need = "space",
      narrate("Four. March: the gig. April: the flood, which, fine. Your birthday: twenty to eleven. Tonight. "
        .. "Five if you count the dentist, which you mostly don't."),
      narrate "You open a new message to Sam and start typing. It gets long quickly. It has the word \"pattern\" in it twice.",
      choice { "*You delete it and send just:* \"4.\"", to = "the_cancellation",
               pitfalls = { "sarcasm", "contempt" }, tension = 20, trust = -10,
               coach = "One character, a whole argument. Sam knows exactly what it means and can't answer it from a drawing board." },
      choice { "*You take a breath, change \"always\" to \"usually\", which feels fair, and send it.*", to = "the_cancellation",
               pitfalls = { "criticism", "escalate" }, tension = 30, heat = 10, trust = -10,
               coach = "Calmer for the breath, and still all of it at once, in the middle of a deadline. Sam reads it in the lift and has to put the phone away." },
      choice { "*You read it back. You delete all of it but one line.*", to = "the_cancellation",
               skills = { "pause", "self_soothe" }, heat = -20,
               coach = "Writing it out did some of the work of saying it, without the cost. The line you kept is the bit that matters." },
    },

    node "the_cancellation" {
      narrate "You ring Marisol. A man called Tomás answers, over the sound of other people's good evening.",
      say.you "Hi. It's the booking for two at eight. I need to cancel. Sorry. I know it's late.",
      say.tomas "Ah, the anniversary table! Oh no. We had a candle for you. Is everything okay?",
      say.you "Work. Not mine.",
      say.tomas "Ah. Listen: I'm not allowed to waive the fee. I am going to forget to charge it. Come back. I'll remember you.",
      narrate(function(s)
        if s.heat >= 50 then return "You thank him more than you mean to, then stand in the kitchen, furious at a candle." end
        return "You thank him, and it helps more than it should, being called the anniversary table by a stranger."
      end),
      next = "ten_pm",
    },

    node "ten_pm" {
      discuss = { "Sam asks: are we okay? What would a true answer be, and when is the time to give it?", minutes = 2 },
      need = "reassurance",
      narrate "Two minutes past ten. You've had toast. Three slices: it was that kind of toast. Your phone buzzes.",
      say.sam(function(s)
        if s.tension >= 55 then return "Done. Leaving in 40. Are we okay?" end
        return "STAIRS MOVED. Lifts moved. Soul moved slightly to the left. Leaving in 40. Are we okay?"
      end),
      choice { "*You send a thumbs up and go back to the programme about canal boats.*", to = "key_in_the_door",
               pitfalls = { "muted_response", "turn_away" }, closeness = -10, tension = 10,
               coach = "Sam sent news and a question. A thumbs up answers neither, and it gets reread in the taxi." },
      choice { "*You reply:* \"We'll talk when you're home.\"", to = "key_in_the_door",
               pitfalls = { "turn_away" }, tension = 10,
               coach = "Sam asked if you were okay and got an appointment. Maybe not what you meant; it's what arrived." },
      choice { "*You reply:* \"Yes. Come home. Bring the whole saga.\"", to = "key_in_the_door",
               skills = { "turn_toward", "curious" }, closeness = 10, tension = -10,
               coach = "Yes first, then real interest in Sam's terrible day. Sam laughs out loud in an empty office." },
      choice { "*You reply:* \"Yes. Though I wasn't fine earlier. Talk when you're in?\"", to = "key_in_the_door",
               when = function(s) return s.clarity < 20 end,
               skills = { "honest", "gentle_startup", "repair" }, clarity = 20, trust = 10,
               coach = "You answered the question and took back the \"fine\" in one go. Sam gets the taxi ride to think about it." },
    },

    ---------------------------------------------------------------- act three: home

    node "key_in_the_door" {
      need = "reassurance",
      narrate("Eleven minutes past eleven. Keys. Sam comes in looking wrung out, holding a plastic bag out in front "
        .. "like a white flag."),
      say.sam(function(s)
        if s.tension >= 60 then return "Hi. I got... it's a tiramisu. From the garage. It's probably awful." end
        if s.closeness >= 60 then
          return "I bring you the finest tiramisu the garage on Kingsway has to offer. It's been through a lot. So have I."
        end
        return "Hi. I got a tiramisu. From the garage. It's an apology tiramisu."
      end),
      choice { "Come here.", to = "on_the_sofa",
               when = function(s) return s.trust >= 45 end,
               skills = { "affection", "turn_toward" }, closeness = 10, tension = -10,
               coach = "Two words and a hug. The tiramisu gets squashed, and no one minds." },
      choice { "Oh, come here, then. Is that supposed to make up for Marisol?", to = "tiramisu_standoff",
               pitfalls = { "contempt" }, tension = 20, heat = 10,
               coach = "The question is fair; the curl on it isn't. The arm holding the bag comes down, slowly." },
      choice { "*You keep your eyes on the telly.* \"There's pasta in the fridge if you want it.\"", to = "two_sides",
               pitfalls = { "turn_away" }, tension = 10, closeness = -10,
               coach = "Practical, and it leaves Sam standing in the doorway holding a tiramisu." },
      choice { "You look shattered. Sit. I'll get spoons.", to = "on_the_sofa",
               skills = { "support", "turn_toward" }, closeness = 10, tension = -10,
               coach = "Sam came in braced for a conversation and got a chair and a spoon first. Sam sits down like someone who hasn't sat down since lunch." },
    },

    node "on_the_sofa" {
      need = "honesty",
      narrate "You eat it out of the plastic with two spoons. It is terrible. It is a bit wonderful.",
      say.sam(function(s)
        if s.clarity >= 20 then
          return "What you said. About tonight. I've been thinking about it."
        end
        return "Can I ask how you actually are? About tonight? I couldn't tell, earlier."
      end),
      choice { "Honestly? Not great. I never said it properly, earlier.", to = "the_real_talk",
               when = function(s) return s.clarity < 20 end,
               skills = { "honest", "repair" }, clarity = 30, trust = 10,
               coach = "You went back to earlier and said the true part. Late, and still in time." },
      choice { "It's fine. Honestly. Eat your tiramisu before it eats you.", to = "fine_apparently",
               when = function(s) return s.clarity < 20 end,
               pitfalls = { "avoid" }, tension = -10,
               coach = "Easy, kind, and the second time tonight. Sam believes you, which is the trouble." },
      choice { "I meant what I said earlier. And I'm scared of getting used to it.", to = "the_real_talk",
               when = function(s) return s.clarity >= 20 end,
               skills = { "be_vulnerable" }, calm = true, clarity = 10, closeness = 10,
               coach = "You went back to what you'd said, after the tiramisu, which is harder than saying it once. Sam puts the spoon down to listen." },
      choice { "Can we not, tonight? I'm shattered. Let's do it tomorrow, yeah?", to = "quiet_but_okay",
               when = function(s) return s.clarity >= 20 end,
               pitfalls = { "avoid" }, tension = -10,
               coach = "Fair enough at half eleven. Tomorrow has a way of turning into next month, though." },
      choice { "*You put the spoon down.* \"Hold on. Not yet.\"", to = "ten_minutes",
               when = function(s) return s.heat >= 50 end,
               skills = { "pause", "honest" }, heat = -30,
               coach = "You told Sam the state you were in instead of making Sam find out. Then you went and dealt with it." },
      choice { "Properly? Okay. Properly: you always pick work. Every time.", to = "tiramisu_standoff",
               pitfalls = { "always_never", "criticism" }, tension = 20, heat = 20,
               coach = "Sam asked for honesty and got a verdict. The spoon goes down for a different reason." },
    },

    node "tiramisu_standoff" {
      need = "reassurance",
      narrate "Sam puts the tiramisu down on the table, very carefully, like something that might still be returned.",
      say.sam(function(s)
        if s.tension >= 70 then return "Do you think I wanted to spend tonight moving a lift shaft? Honestly?" end
        return "I know I picked work. I know. Do you think I wanted to spend tonight moving a lift shaft?"
      end),
      say.sam "I picked it because if I don't, I don't get to keep picking anything.",
      choice { "*You unclench your jaw.* \"Wait. Not like this.\"", to = "ten_minutes",
               skills = { "self_soothe", "pause" }, heat = -30, tension = -10,
               coach = "You felt it coming up and went for a breath instead of the next line. The next line can wait." },
      choice { "Honestly? I feel like part of you was relieved to have an excuse.", to = "two_sides",
               pitfalls = { "mind_read", "escalate", "fake_i_statement" }, tension = 20, trust = -10, heat = 10,
               coach = "It starts with \"I feel\" and ends by telling Sam what Sam felt. Sam can't argue with that without sounding like proof." },
      choice { "You didn't. That was a cheap shot. I'm sorry.", to = "the_real_talk",
               skills = { "take_responsibility" }, calm = true, tension = -20, trust = 10,
               coach = "No \"but\", no speech. Sam's shoulders drop before you've finished." },
      choice { "Whatever. I'm going to bed.", to = "cold_standoff",
               pitfalls = { "stonewall" }, closeness = -10,
               coach = "Bed was the way out of the room. It ended the row without ending it." },
    },

    node "two_sides" {
      need = "reassurance",
      narrate("Sam at one end of the sofa, you at the other. The telly is on and neither of you could say what it's about. "
        .. "The tiramisu sits on the table between you like a hostage."),
      say.sam "Are we going to talk about it, or...?",
      choice { "There's nothing to talk about.", to = "cold_standoff",
               pitfalls = { "stonewall", "avoid" }, closeness = -10,
               coach = "Sam made a bid, a clumsy tired one, and it went unanswered. Both of you will remember the telly." },
      choice { "Sorry. Can I start again? I've been horrible since about seven and I'd like to stop.", to = "the_real_talk",
               skills = { "repair", "take_responsibility" }, calm = true, tension = -20, trust = 10, closeness = 10,
               coach = "A repair, plain and a bit funny. It's hard to stay on the far end of a sofa after that." },
      choice { "Not yet. Ask me again in ten minutes?", to = "ten_minutes",
               skills = { "pause", "honest" }, heat = -20,
               coach = "Not a no, not a yes: a time. Sam can wait for a time." },
    },

    node "ten_minutes" {
      narrate("You go and stand in the kitchen. You drink a glass of water like it's a job. You look at the blue shirt, "
        .. "still on its hanger on the door, and it looks less like an accusation than it did."),
      narrate "When you come back, Sam has saved you the corner of the tiramisu with the most cream on it.",
      next = "the_real_talk",
    },

    node "the_real_talk" {
      need = "heard",
      say.sam "I don't want to be the person who cancels. I hate that person.",
      say.sam(function(s)
        if s.trust >= 55 then
          return "I think I'm scared that if I stop saying yes, they'll notice I'm not actually that good."
        end
        return "I just don't know how to stop. It's January, and after January it'll be something else."
      end),
      choice { "Okay. Tell me honestly: have you thought about a different practice?", to = "quiet_but_okay",
               pitfalls = { "fix_too_soon" }, tension = 10, closeness = -10,
               coach = "Maybe one day. Tonight Sam needed to be heard first, and the talk turns into logistics." },
      choice { function(s)
                 if s.trust >= 55 then return "So it's not the stairs. It's being scared you're not enough." end
                 return "So every yes keeps you safe at work, and it costs us."
               end, to = "the_ask",
               skills = { "reflect" }, closeness = 10, trust = 10, tension = -10,
               coach = "You found what was under the deadline and said it back. Sam nods, for a long time." },
      choice { "I'm sorry it's been so awful. It's only one dinner, really.", to = "quiet_but_okay",
               pitfalls = { "minimise" }, clarity = -10, tension = -10,
               coach = "Kindly meant, and it undoes what you said earlier. Sam takes the way out, gratefully." },
    },

    node "the_ask" {
      need = "honesty",
      say.sam(function(s)
        if s.closeness >= 65 then return "Yeah. That's it. That's exactly it." end
        return "Yeah. Something like that."
      end),
      say.sam "So what do you need? From me. Actually. Not \"nothing\".",
      choice { "I need you to promise you'll tell Dev no next time. Whatever it is, Sam.", to = "a_promise",
               pitfalls = { "demand" }, tension = 10,
               coach = "The need is real. Asked as a promise about a future nobody can see, it's one Sam can't safely make." },
      choice { "Thursdays are ours. If one has to move, tell me before you tell them.", to = "dinner_at_eleven",
               skills = { "clear_request", "name_need" }, trust = 10, closeness = 10,
               coach = "Specific, doable, and about what happens next time rather than last time. Sam can say yes to that." },
      choice { "Nothing. I want you less tired, that's all.", to = "quiet_but_okay",
               pitfalls = { "avoid" }, clarity = -10,
               coach = "Sam asked you not to say it, and you said it kindly. The question stays open." },
      choice { "To not be the first thing that goes.", to = "dinner_at_eleven",
               skills = { "name_need", "be_vulnerable" }, calm = true, trust = 10, closeness = 20,
               coach = "Eight words, and the whole evening was in them. Sam reaches for your hand." },
    },

    node "a_promise" {
      need = "honesty",
      say.sam "I can't promise that. I'd be lying, and then we'd have this conversation again in March with a lie in it.",
      choice { "I hear you. But if you really wanted to, you'd find a way to promise.", to = "cold_standoff",
               pitfalls = { "mind_read", "override_no" }, tension = 20, trust = -10,
               coach = "Sam gave you an honest no, and it got treated as a maybe. Sam stops explaining after that." },
      choice { "Okay. Fine. Then the small one: tell me before you tell them.", to = "dinner_at_eleven",
               skills = { "accept_influence", "clear_request" }, tension = -10, trust = 10,
               coach = "You let Sam's honesty change the ask, and the new ask is one Sam can keep." },
      choice { "Then what's any of this for?", to = "cold_standoff",
               pitfalls = { "escalate" }, tension = 20, heat = 10,
               coach = "A big question at midnight, asked to hurt a little. It does." },
    },

    node "sam_needs_a_break" {
      need = "space",
      narrate "For a while, nothing.",
      say.sam("I'm in a stairwell with a drawing board and I'm about to say something I'll have to take back. "
        .. "I can't do this well from here."),
      say.sam "Let me get through tonight. Tomorrow, properly. Over breakfast. I promise.",
      choice { "No. We always stop right when it matters.", to = "the_wall",
               pitfalls = { "pressure", "always_never" }, trust = -20, closeness = -10,
               coach = "Sam asked for a pause and heard a no. Sam goes quiet anyway, only now it's a wall instead of a pause." },
      choice { "Okay. We'll stop. I'm still here.", to = "a_break",
               skills = { "give_space", "respect_boundary" }, tension = -30, trust = 10,
               coach = "You let Sam stop without making it cost anything. The door stays open for tomorrow." },
      choice { "*You breathe out.* \"I got loud. That's on me. Tomorrow, then.\"", to = "a_break",
               skills = { "self_soothe", "take_responsibility" }, calm = true, tension = -40, trust = 10,
               coach = "You calmed yourself, owned your part, and agreed to the pause. Sam says \"thank you\" so quietly you nearly miss it." },
      choice { "Okay. Sorry. So I'm the problem now.", to = "the_wall",
               pitfalls = { "defensive" }, trust = -10, closeness = -10,
               coach = "Sam asked for a break, not a verdict, and ended up defending against one." },
    },

    node "the_wall" {
      need = "space",
      narrate "Sam doesn't answer that. Then, very quietly: \"I have to go.\" And Sam has gone.",
      narrate "Five past seven. You're standing in the middle of the bedroom, holding a phone with nobody on it.",
      choice { "*You text:* \"You asked me to stop and I didn't. Tomorrow, properly. x\"", to = "a_break",
               skills = { "take_responsibility", "repair" }, calm = true, tension = -40, trust = 10,
               coach = "No defence in it, and no demand. Sam reads it in the stairwell and breathes out for the first time in an hour." },
      choice { "*You put the phone in a drawer and walk to the end of the road and back.*", to = "the_cancellation",
               skills = { "self_soothe" }, heat = -30,
               coach = "Nothing sent, nothing you'll have to take back. By the end of the road your hands have stopped shaking." },
      choice { "*You text:* \"Sorry I'm such a problem.\"", to = "after_the_call",
               pitfalls = { "sarcasm", "guilt_trip" }, tension = 10, trust = -10,
               coach = "An apology in shape only. Sam reads it between drawings and has to decide whether to answer it, which was the point." },
      choice { "*You ring back. Voicemail. You ring again.*", to = "after_the_call",
               pitfalls = { "pressure", "override_no" }, tension = 10, trust = -10, heat = 10,
               coach = "Sam said tomorrow. The phone buzzing on the drawing board says: no, now." },
    },

    ---------------------------------------------------------------- endings

    ending "dinner_at_eleven" {
      title = "Dinner at eleven",
      summary = "Sam cancelled dinner for work, and late that night the two of you talked it through and agreed on something to try.",
      narrate("It's nearly midnight. You're finishing the tiramisu with the wrong spoons, and Sam is typing something "
        .. "into both your calendars with enormous concentration."),
      say.sam "\"Thursday. Ours.\" Recurring. No end date.",
      say.sam "...And then underneath: \"Stairs may not attend.\"",
      narrate(function(s)
        if s.trust < 55 then return "It took the long way round to get here tonight. You got here." end
        return "You tell Sam about Tomás and the candle. Sam says you're going back, and this time Sam's phone is going in the cloakroom."
      end),
    },

    ending "quiet_but_okay" {
      title = "A quiet evening",
      summary = "Sam cancelled dinner for work; you were kind to each other that night, and the bigger question stayed open.",
      narrate "You finish the tiramisu, more or less. Sam falls asleep on the sofa halfway through a sentence about lift shafts.",
      narrate("It's fine. It really is mostly fine. You put the blue shirt back on its hanger, and the thing you almost said "
        .. "goes back in the wardrobe with it, for now."),
    },

    ending "fine_apparently" {
      title = "Fine, apparently",
      summary = "Sam cancelled dinner for work; you said it was fine, Sam believed you, and the disappointment stayed with you.",
      narrate("Sam eats most of the tiramisu and tells you about Mrs Henderson, and it's a genuinely funny story, "
        .. "and you laugh in the right places."),
      say.sam "You're so good about this stuff. Honestly. I don't know what I'd do.",
      narrate "On Tuesday, Dev asks if anyone can do Saturday. Sam says yes straight away. You're so good about this stuff.",
    },

    ending "cold_standoff" {
      title = "The far edges of the bed",
      summary = "Sam cancelled dinner for work, the argument about it went unfinished, and you both went to sleep without making it up.",
      narrate "Later, you lie on your side of the bed and Sam lies on the other, both pretending to be asleep, both doing it badly.",
      narrate("In the morning Sam is gone before you wake. There's a note on the kettle: \"Review at 9. Sorry. About all of it.\" "
        .. "You read it three times and still can't tell which way it's meant."),
    },

    ending "a_break" {
      title = "A pause",
      summary = "Sam cancelled dinner for work, the conversation got too heated to go on, and you both put it down until breakfast.",
      reflect = "When a row stops halfway, what makes it easier for both of you to come back to it?",
      narrate "You stop. It's strange how hard that is, and then how quiet it gets.",
      narrate(function(s)
        if s.trust >= 45 then
          return "At half one your phone lights up: \"Thank you for stopping. Tomorrow, properly. I promise. x\""
        end
        return "At half one your phone lights up: \"Tomorrow.\" Just that. It's something. It isn't much yet."
      end),
    },
  },
}
