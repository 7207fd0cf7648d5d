/* text_together.h: two players at one terminal: each takes a side, or both pick then reveal. */
#ifndef HEARTLINES_TEXT_TOGETHER_H
#define HEARTLINES_TEXT_TOGETHER_H

#include "../core/together_flow.h"
#include "text_play.h"

typedef struct TogetherOptions {
    TogetherMode mode;
    int lead;         /* where picks differ the story follows player 0 or 1, or LEAD_TURNS */
    const char *keep; /* reveal mode: a file to keep who chose what in; NULL keeps nothing */
} TogetherOptions;

/* In reveal mode options->script (--choices) is read in turns: player one, player two, ... */
int text_together(const LoadedScenario *loaded, const TextOptions *options,
                  const TogetherOptions *together);

#endif
