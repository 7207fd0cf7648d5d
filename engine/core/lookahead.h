/* lookahead.h: what lies ahead of a point in a scenario, for the facilitator's eyes only: where
   each option leads, and the next discussion prompt the room will meet. */
#ifndef HEARTLINES_LOOKAHEAD_H
#define HEARTLINES_LOOKAHEAD_H

#include "model.h"

/* The ending choice leads straight to, or NULL (it goes on, or a branch decides). */
const Node *lookahead_ending(const Scenario *scenario, const Choice *choice);
/* The first discussion prompt on any way on from node (not node's own), nearest first; NULL when
   none lies ahead. */
const char *lookahead_next_prompt(const Scenario *scenario, int node);

#endif
