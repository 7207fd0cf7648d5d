/* debrief.h: the end-of-scenario feedback: what happened, what helped, one thing to try, the
 * threads. */
#ifndef HEARTLINES_DEBRIEF_H
#define HEARTLINES_DEBRIEF_H

#include <stdbool.h>

#include "catalog.h"
#include "model.h"
#include "record.h"
#include "strbuf.h"
#include "vocab.h"

enum { DEBRIEF_HELPED_MAX = 2 };

/* How a thread showed in this playthrough: a picture, never a score. */
typedef enum ThreadLevel {
    LEVEL_NOT_IN_STORY,  /* no choice on this path touched the thread */
    LEVEL_NOT_NEEDED,    /* Steady, when the run had no slip to mend */
    LEVEL_NOT_THIS_TIME,
    LEVEL_SOME,
    LEVEL_MORE,
} ThreadLevel;

typedef struct Moment {
    const Step *step;
    const Choice *choice;
} Moment;

typedef struct Debrief {
    const Node *ending;
    const char *summary;         /* what happened, in one sentence */
    const char *reflect;         /* the ending's question, else the scenario's; may be NULL */
    Moment helped[DEBRIEF_HELPED_MAX];
    int helped_count;
    bool has_to_try;
    Moment to_try;               /* the decision that cost the most */
    const Offered *alternative;  /* a line that might have worked there, or NULL */
    const Choice *alternative_choice;
    ThreadLevel threads[THREAD_COUNT];
    int card_skill;              /* a skill to explain on a card, -1 when none */
} Debrief;

/* Builds the debrief of a finished record. Pointers refer into scenario and record. */
void debrief_build(const Scenario *scenario, const Record *record, Debrief *out);
const char *debrief_level_name(ThreadLevel level);
/* The level for a thread the story touched (or not), given the skills and pitfalls shown in it. */
ThreadLevel debrief_level(bool touched, int skills, int pitfalls);
/* What the chooser (turn: SPEAKER_YOU, or a role's cast index) did at a moment: "You said: ..." or
   "Sam said: ..." in ui's language when the line is all speech, else the line as stage_plain
   gives it. The player is never a name in a sentence, so each language can say "you said" its own
   way (French: "Tu as dit", not "Toi a dit"). */
void debrief_said(const Scenario *scenario, int turn, const char *text, const Catalog *ui,
                  StrBuf *out);
/* Appends the names of the choice's skills (or pitfalls), comma-separated, plain words first and
   the term second, in ui's language: "Open question, Getting the conversation back on track
   (Repair)". */
void debrief_tag_names(const Choice *choice, TagKind kind, const Catalog *ui, StrBuf *out);

#endif
