/* together_debrief.h: the debrief for two, one model for every front end and the kept file: what
   each player chose at each decision, where they differed and whose pick the story followed, and
   each one's threads. */
#ifndef HEARTLINES_TOGETHER_DEBRIEF_H
#define HEARTLINES_TOGETHER_DEBRIEF_H

#include "together.h"

typedef struct TogetherDecision {
    const char *said[PLAYERS]; /* each player's pick, as they saw it */
    bool agreed;
    int followed; /* whose pick the story followed */
} TogetherDecision;

typedef struct TogetherDebrief {
    int decisions, agreed;
    TogetherDecision *each; /* decisions of them, in order */
    ThreadLevel threads[PLAYERS][THREAD_COUNT];
} TogetherDebrief;

/* False when out of memory (out is then empty, and still safe to free). */
bool together_debrief_build(const Together *together, TogetherDebrief *out);
void together_debrief_free(TogetherDebrief *debrief);
/* Appends format (two %s: player 1's line, then player 2's) with each line quoted as the debrief
   quotes it (stage_quote): an action is told, never put in quotes as if it were said. */
void together_differed(const TogetherDecision *decision, const char *format, StrBuf *out);

#endif
