/* record.h: the session record: every decision made, what was offered, and what followed. */
#ifndef HEARTLINES_RECORD_H
#define HEARTLINES_RECORD_H

#include <stdbool.h>

#include "model.h"

typedef struct Offered {
    int choice;          /* authored index in the node */
    const char *text;    /* as the player saw it */
    bool locked;
} Offered;

typedef struct Step {
    int node;
    int choice;                  /* authored index of the choice taken */
    int turn;                    /* who took it: SPEAKER_YOU or a role's cast index */
    const char *said;            /* the choice's text as shown */
    const char *reaction;        /* the first line of the scene that followed ("" if none) */
    int reaction_speaker;
    const Offered *offered;
    int offered_count;
    int vars_before[MAX_STATE_VARS];
    int vars_after[MAX_STATE_VARS];
    bool repair;                 /* a repair after an earlier pitfall */
    bool other_side;             /* made for the role the player did not take (runtime_play_side):
                                    not the player's, so no debrief or journal counts it */
} Step;

typedef struct Record {
    Arena arena;                 /* owns the strings and offered lists */
    Step *steps;
    int count, capacity;
    int ending;                  /* node index, NODE_NONE until the story ends */
} Record;

void record_init(Record *record);
/* Appends a step, copying its strings and offered list; NULL when memory ran out. */
Step *record_add(Record *record, const Step *step);
void record_set_reaction(Record *record, int speaker, const char *text);
void record_free(Record *record);

#endif
