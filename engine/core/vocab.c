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
    {"reflect", "Reflecting back", THREAD_LISTEN, "Saying back what you heard, so they know it landed.", ROGERS},
    {"validate", "Validating", THREAD_LISTEN, "Telling them their feeling makes sense.", ROGERS},
    {"open_question", "Open question", THREAD_LISTEN, "A question that invites more than yes or no.", ROGERS},
    {"be_present", "Being present", THREAD_LISTEN, "Putting other things down and staying with them.", ROGERS},
    {"active_constructive", "Active-constructive response", THREAD_LISTEN, "Meeting good news with real, curious enthusiasm.", GABLE},
    {"gentle_startup", "Gentle start-up", THREAD_SPEAK_UP, "Raising a problem softly, without blame.", GOTTMAN},
    {"i_statement", "I-statement", THREAD_SPEAK_UP, "Naming your own feeling rather than their fault.", NVC},
    {"name_need", "Naming a need", THREAD_SPEAK_UP, "Saying what you need.", NVC},
    {"clear_request", "Clear request", THREAD_SPEAK_UP, "Asking for something specific and doable.", NVC},
    {"be_vulnerable", "Vulnerability", THREAD_SPEAK_UP, "Showing something that could hurt to show.", EQ},
    {"honest", "Honesty", THREAD_SPEAK_UP, "Saying what is true, kindly, when it is easier not to.", NVC},
    {"turn_toward", "Turning toward", THREAD_TURN_TOWARD, "Answering a bid for attention.", GOTTMAN},
    {"appreciate", "Appreciation", THREAD_TURN_TOWARD, "Noticing and naming what they did well.", GOTTMAN},
    {"curious", "Genuine interest", THREAD_TURN_TOWARD, "Real curiosity about their world.", GOTTMAN},
    {"affection", "Affection", THREAD_TURN_TOWARD, "Warmth: a touch, a kind word.", GOTTMAN},
    {"make_time", "Making time", THREAD_TURN_TOWARD, "Giving unhurried time.", GOTTMAN},
    {"remember_details", "Remembering details", THREAD_TURN_TOWARD, "Following up on what they told you before.", GOTTMAN},
    {"support", "Support", THREAD_TURN_TOWARD, "Practical or emotional help they want.", GOTTMAN},
    {"pause", "Pausing", THREAD_STEADY, "Stopping before saying something you'd regret.", EQ},
    {"self_soothe", "Self-soothing", THREAD_STEADY, "Calming your own body and mind.", GOTTMAN},
    {"take_responsibility", "Taking responsibility", THREAD_STEADY, "Owning your part, without \"but\".", GOTTMAN},
    {"repair", "Repair", THREAD_STEADY, "A move to get a slipping conversation back.", GOTTMAN},
    {"patience", "Patience", THREAD_STEADY, "Letting things take the time they take.", EQ},
    {"respect_boundary", "Respecting a boundary", THREAD_RESPECT, "Honouring a limit they set.", NVC},
    {"accept_influence", "Accepting influence", THREAD_RESPECT, "Letting their view change your plan.", GOTTMAN},
    {"offer_not_impose", "Offering, not imposing", THREAD_RESPECT, "Offering help they can decline.", NVC},
    {"give_space", "Giving space", THREAD_RESPECT, "Stepping back when they asked for room.", GOTTMAN},
};

static const Tag pitfalls[] = {
    {"minimise", "Minimising", THREAD_LISTEN, "Shrinking the feeling (\"at least...\").", ROGERS},
    {"fix_too_soon", "Fixing too soon", THREAD_LISTEN, "Jumping to solutions before they feel heard.", ROGERS},
    {"interrupt", "Interrupting", THREAD_LISTEN, "Cutting in before they finish.", ROGERS},
    {"distracted", "Distracted", THREAD_LISTEN, "Half there: phone, TV, other thoughts.", GOTTMAN},
    {"hijack", "Hijacking", THREAD_LISTEN, "Turning their moment into your story.", ROGERS},
    {"muted_response", "Muted response", THREAD_LISTEN, "A flat, passive reply to good news.", GABLE},
    {"shoot_down", "Shooting down", THREAD_LISTEN, "Finding the problem in their good news.", GABLE},
    {"criticism", "Criticism", THREAD_SPEAK_UP, "Attacking who they are, not what happened.", GOTTMAN},
    {"always_never", "Always and never", THREAD_SPEAK_UP, "Sweeping words that start a fight.", GOTTMAN},
    {"fake_i_statement", "Blame in an I-statement", THREAD_SPEAK_UP, "Blame wearing an \"I feel\".", NVC},
    {"demand", "Demanding", THREAD_SPEAK_UP, "An order instead of a request.", NVC},
    {"avoid", "Avoiding", THREAD_SPEAK_UP, "Hiding what you feel to keep the peace.", NVC},
    {"turn_away", "Turning away", THREAD_TURN_TOWARD, "Missing or ignoring a bid.", GOTTMAN},
    {"turn_against", "Turning against", THREAD_TURN_TOWARD, "Answering a bid with irritation.", GOTTMAN},
    {"contempt", "Contempt", THREAD_TURN_TOWARD, "Mockery, eye-rolling, superiority.", GOTTMAN},
    {"sarcasm", "Sarcasm", THREAD_TURN_TOWARD, "Saying the opposite, with an edge.", GOTTMAN},
    {"defensive", "Defensiveness", THREAD_STEADY, "Protecting yourself instead of hearing them.", GOTTMAN},
    {"escalate", "Escalating", THREAD_STEADY, "Raising the heat.", GOTTMAN},
    {"stonewall", "Stonewalling", THREAD_STEADY, "Shutting down, going silent, leaving.", GOTTMAN},
    {"pressure", "Pressuring", THREAD_RESPECT, "Pushing after they said not now.", NVC},
    {"guilt_trip", "Guilt-tripping", THREAD_RESPECT, "Making them pay for their choice.", NVC},
    {"mind_read", "Mind-reading", THREAD_RESPECT, "Deciding what they think or want.", NVC},
    {"override_no", "Overriding a no", THREAD_RESPECT, "Treating their no as a maybe.", NVC},
};

static const char *const needs[] = {"heard", "space", "help", "celebration", "reassurance", "honesty", NULL};

static const char *const thread_names[THREAD_COUNT] = {"Listen", "Speak up", "Turn toward", "Steady", "Respect"};
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
    return suggest_nearest(id, NULL, vocab_count(kind), kind == TAG_SKILL ? skill_id_at : pitfall_id_at);
}

const char *vocab_thread_name(Thread thread) { return thread_names[thread]; }
const char *vocab_thread_question(Thread thread) { return thread_questions[thread]; }

int vocab_need_count(void) { return COUNT(needs) - 1; }
const char *vocab_need_id(int index) { return index >= 0 && index < vocab_need_count() ? needs[index] : NULL; }

int vocab_find_need(const char *id)
{
    for (int i = 0; needs[i]; i++)
        if (strcmp(needs[i], id) == 0) return i;
    return -1;
}

const char *vocab_suggest_need(const char *id) { return suggest_from_list(id, needs); }
