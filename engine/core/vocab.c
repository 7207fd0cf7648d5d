/* vocab.c: the vocabulary tables (documented for writers in docs/vocabulary.md). */
#include "vocab.h"

#include <string.h>

#include "suggest.h"

#define GOTTMAN "the Gottman Institute's research on couples"
#define NVC "Marshall Rosenberg, Nonviolent Communication"
#define ROGERS "Carl Rogers and Richard Farson, Active Listening"
#define GABLE "Shelly Gable and colleagues on responding to good news"
#define EQ "emotional-intelligence practice (self-awareness, self-regulation)"

static const Tag skills[] = {
    {"reflect", "Reflecting back", THREAD_LISTEN,
     "Saying back what you heard, so they know it landed.", ROGERS, "Saying back what you heard"},
    {"validate", "Validating", THREAD_LISTEN, "Telling them their feeling makes sense.", ROGERS,
     "Saying their feeling makes sense"},
    {"open_question", "Open question", THREAD_LISTEN,
     "A question that invites more than yes or no.", ROGERS, NULL},
    {"be_present", "Being present", THREAD_LISTEN,
     "Putting other things down and staying with them.", ROGERS, NULL},
    {"active_constructive", "Active-constructive response", THREAD_LISTEN,
     "Meeting good news with real, curious enthusiasm.", GABLE,
     "Meeting good news with real interest"},
    {"gentle_startup", "Gentle start-up", THREAD_SPEAK_UP,
     "Raising a problem softly, without blame.", GOTTMAN, "Raising it softly"},
    {"i_statement", "I-statement", THREAD_SPEAK_UP,
     "Naming your own feeling rather than their fault.", NVC, "Speaking from your own feeling"},
    {"name_need", "Naming a need", THREAD_SPEAK_UP, "Saying what you need.", NVC, NULL},
    {"clear_request", "Clear request", THREAD_SPEAK_UP, "Asking for something specific and doable.",
     NVC, NULL},
    {"be_vulnerable", "Vulnerability", THREAD_SPEAK_UP,
     "Showing something that could hurt to show.", EQ, "Letting yourself be seen"},
    {"honest", "Honesty", THREAD_SPEAK_UP, "Saying what is true, kindly, when it is easier not to.",
     NVC, NULL},
    {"turn_toward", "Turning toward", THREAD_TURN_TOWARD, "Answering a bid for attention.", GOTTMAN,
     "Answering their bid for attention"},
    {"appreciate", "Appreciation", THREAD_TURN_TOWARD, "Noticing and naming what they did well.",
     GOTTMAN, NULL},
    {"curious", "Genuine interest", THREAD_TURN_TOWARD, "Real curiosity about their world.",
     GOTTMAN, NULL},
    {"affection", "Affection", THREAD_TURN_TOWARD, "Warmth: a touch, a kind word.", GOTTMAN, NULL},
    {"make_time", "Making time", THREAD_TURN_TOWARD, "Giving unhurried time.", GOTTMAN, NULL},
    {"remember_details", "Remembering details", THREAD_TURN_TOWARD,
     "Following up on what they told you before.", GOTTMAN, NULL},
    {"support", "Support", THREAD_TURN_TOWARD, "Practical or emotional help they want.", GOTTMAN,
     NULL},
    {"pause", "Pausing", THREAD_STEADY, "Stopping before saying something you'd regret.", EQ, NULL},
    {"self_soothe", "Self-soothing", THREAD_STEADY, "Calming your own body and mind.", GOTTMAN,
     "Calming yourself first"},
    {"take_responsibility", "Taking responsibility", THREAD_STEADY,
     "Owning your part, without \"but\".", GOTTMAN, NULL},
    {"repair", "Repair", THREAD_STEADY, "A move to get a slipping conversation back.", GOTTMAN,
     "Getting the conversation back on track"},
    {"patience", "Patience", THREAD_STEADY, "Letting things take the time they take.", EQ, NULL},
    {"respect_boundary", "Respecting a boundary", THREAD_RESPECT, "Honouring a limit they set.",
     NVC, NULL},
    {"accept_influence", "Accepting influence", THREAD_RESPECT,
     "Letting their view change your plan.", GOTTMAN, "Letting their view change your plan"},
    {"offer_not_impose", "Offering, not imposing", THREAD_RESPECT,
     "Offering help they can decline.", NVC, NULL},
    {"give_space", "Giving space", THREAD_RESPECT, "Stepping back when they asked for room.",
     GOTTMAN, NULL},
};

static const Tag pitfalls[] = {
    {"minimise", "Minimising", THREAD_LISTEN, "Shrinking the feeling (\"at least...\").", ROGERS,
     "Shrinking the feeling"},
    {"fix_too_soon", "Fixing too soon", THREAD_LISTEN,
     "Jumping to solutions before they feel heard.", ROGERS, NULL},
    {"interrupt", "Interrupting", THREAD_LISTEN, "Cutting in before they finish.", ROGERS, NULL},
    {"distracted", "Distracted", THREAD_LISTEN, "Half there: phone, TV, other thoughts.", GOTTMAN,
     NULL},
    {"hijack", "Hijacking", THREAD_LISTEN, "Turning their moment into your story.", ROGERS,
     "Making it about you"},
    {"muted_response", "Muted response", THREAD_LISTEN, "A flat, passive reply to good news.",
     GABLE, "A flat reply to good news"},
    {"shoot_down", "Shooting down", THREAD_LISTEN, "Finding the problem in their good news.", GABLE,
     "Finding the problem in good news"},
    {"criticism", "Criticism", THREAD_SPEAK_UP, "Attacking who they are, not what happened.",
     GOTTMAN, "Attacking who they are"},
    {"always_never", "Always and never", THREAD_SPEAK_UP, "Sweeping words that start a fight.",
     GOTTMAN, NULL},
    {"fake_i_statement", "Blame in an I-statement", THREAD_SPEAK_UP, "Blame wearing an \"I feel\".",
     NVC, "Blame wearing an \"I feel\""},
    {"demand", "Demanding", THREAD_SPEAK_UP, "An order instead of a request.", NVC, NULL},
    {"avoid", "Avoiding", THREAD_SPEAK_UP, "Hiding what you feel to keep the peace.", NVC,
     "Hiding what you feel to keep the peace"},
    {"turn_away", "Turning away", THREAD_TURN_TOWARD, "Missing or ignoring a bid.", GOTTMAN,
     "Missing their bid for attention"},
    {"turn_against", "Turning against", THREAD_TURN_TOWARD, "Answering a bid with irritation.",
     GOTTMAN, "Answering a bid with irritation"},
    {"contempt", "Contempt", THREAD_TURN_TOWARD, "Mockery, eye-rolling, superiority.", GOTTMAN,
     "Mockery or superiority"},
    {"sarcasm", "Sarcasm", THREAD_TURN_TOWARD, "Saying the opposite, with an edge.", GOTTMAN, NULL},
    {"defensive", "Defensiveness", THREAD_STEADY, "Protecting yourself instead of hearing them.",
     GOTTMAN, "Protecting yourself instead of hearing them"},
    {"escalate", "Escalating", THREAD_STEADY, "Raising the heat.", GOTTMAN, "Raising the heat"},
    {"stonewall", "Stonewalling", THREAD_STEADY, "Shutting down, going silent, leaving.", GOTTMAN,
     "Shutting down or going silent"},
    {"pressure", "Pressuring", THREAD_RESPECT, "Pushing after they said not now.", NVC, NULL},
    {"guilt_trip", "Guilt-tripping", THREAD_RESPECT, "Making them pay for their choice.", NVC,
     NULL},
    {"mind_read", "Mind-reading", THREAD_RESPECT, "Deciding what they think or want.", NVC,
     "Deciding what they think"},
    {"override_no", "Overriding a no", THREAD_RESPECT, "Treating their no as a maybe.", NVC, NULL},
};

static const char *const needs[] = {"heard",       "space",   "help", "celebration",
                                    "reassurance", "honesty", NULL};

static const char *const thread_names[THREAD_COUNT] = {"Listen", "Speak up", "Turn toward",
                                                       "Steady", "Respect"};
static const char *const thread_questions[THREAD_COUNT] = {
    "Did they feel heard?",
    "Did I say what is true for me, without blame?",
    "Did I answer the bid?",
    "Did I keep it calm, and mend slips?",
    "Did I respect their choices and limits?",
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

int vocab_count(TagKind kind) { return kind == TAG_SKILL ? COUNT(skills) : COUNT(pitfalls); }

const Tag *vocab_tag(TagKind kind, int index)
{
    if (index < 0 || index >= vocab_count(kind)) return NULL;
    return kind == TAG_SKILL ? &skills[index] : &pitfalls[index];
}

int vocab_find(TagKind kind, const char *id)
{
    for (int i = 0; i < vocab_count(kind); i++)
        if (strcmp(vocab_tag(kind, i)->id, id) == 0) return i;
    return -1;
}

static const char *skill_id_at(const void *ctx, int i) { (void)ctx; return skills[i].id; }
static const char *pitfall_id_at(const void *ctx, int i) { (void)ctx; return pitfalls[i].id; }

const char *vocab_suggest(TagKind kind, const char *id)
{
    return suggest_nearest(id, NULL, vocab_count(kind),
                           kind == TAG_SKILL ? skill_id_at : pitfall_id_at);
}

const char *vocab_thread_name(Thread thread) { return thread_names[thread]; }
const char *vocab_thread_question(Thread thread) { return thread_questions[thread]; }

int vocab_need_count(void) { return COUNT(needs) - 1; }
const char *vocab_need_id(int index)
{
    return index >= 0 && index < vocab_need_count() ? needs[index] : NULL;
}

int vocab_find_need(const char *id)
{
    for (int i = 0; needs[i]; i++)
        if (strcmp(needs[i], id) == 0) return i;
    return -1;
}

const char *vocab_suggest_need(const char *id) { return suggest_from_list(id, needs); }
