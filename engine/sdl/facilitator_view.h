/* facilitator_view.h: the laptop's window in the presenter view: what only the facilitator needs
   (the keys, coaching notes, where each option leads, the next discussion prompt, headcount, votes
   in and the session clock), drawn from the same workshop flow the projector shows. */
#ifndef HEARTLINES_FACILITATOR_VIEW_H
#define HEARTLINES_FACILITATOR_VIEW_H

#include "app.h"

/* The session clock: time spent against the minutes the scenarios plan. */
typedef struct FacilitatorClock {
    Uint32 session_ms, scenario_ms; /* since the session began; since this scenario did */
    int planned_minutes;            /* of the scenarios begun so far */
    int scenario_minutes;           /* this scenario's own */
} FacilitatorClock;

/* Draws the view for app's session (app->workshop) on gfx. */
void facilitator_view_draw(Gfx *gfx, App *app, const FacilitatorClock *clock);

#endif
