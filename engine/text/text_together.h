/* text_together.h: two players at one terminal: each takes a side, or both pick then reveal. */
#ifndef HEARTLINES_TEXT_TOGETHER_H
#define HEARTLINES_TEXT_TOGETHER_H

#include "../core/together.h"
#include "text_play.h"

typedef enum TogetherMode {
    TOGETHER_SIDES,              /* a two-role scenario: each player plays one role */
    TOGETHER_REVEAL,             /* any scenario: both pick in private, then both picks are shown */
} TogetherMode;

/* In reveal mode options->script (--choices) is read in turns: player one, player two, ...
   When the picks differ the story follows player lead (0 or 1), or LEAD_TURNS: each in turn. */
int text_together(const LoadedScenario *loaded, const TextOptions *options, TogetherMode mode, int lead);

#endif
