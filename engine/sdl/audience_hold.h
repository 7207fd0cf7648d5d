/* audience_hold.h: what the projector shows in the presenter view while the facilitator has a
   menu open on the laptop: the story's backdrop, its title and a word for the room. */
#ifndef HEARTLINES_AUDIENCE_HOLD_H
#define HEARTLINES_AUDIENCE_HOLD_H

#include "draw.h"

void audience_hold_draw(Gfx *gfx, const Runtime *runtime, const char *title, const char *words);

#endif
