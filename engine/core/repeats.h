/* repeats.h: sentences that recur across the scenarios of a pack (W311): a player who plays them
   all meets "as if it might go off" five times and hears a formula. */
#ifndef HEARTLINES_REPEATS_H
#define HEARTLINES_REPEATS_H

#include "model.h"
#include "script_hooks.h"

enum {
    REPEAT_LONG_WORDS = 6,  /* a sentence or clause this long is flagged in two files */
    REPEAT_SHORT_WORDS = 4, /* a sentence this long is flagged in three files */
};

typedef struct Fragment {
    char *key;   /* its words, lower-cased, one space apart */
    char *shown; /* as written, for the message */
    int words, file, line;
} Fragment;

typedef struct RepeatIndex {
    Fragment *items;
    int count, capacity;
} RepeatIndex;

/* Adds the sentences (and long clauses) of everything scenario shows: lines, options, coaching,
   endings, reflection questions, the flooding hint. Computed text is read in the start state. */
void repeats_collect(RepeatIndex *index, const Scenario *scenario, const ScriptHooks *hooks,
                     int file);
/* A W311 in diags[f] for each sentence file f shares with other files; names[f] names file f. */
void repeats_warn(RepeatIndex *index, const char *const *names, DiagList *const *diags);
void repeats_free(RepeatIndex *index);

#endif
