/* scenario_cards.h: the scenario list as cards: each scenario's title, what it is about, how long
   it takes, how many of its endings the player has found, and its content notes. */
#ifndef HEARTLINES_SCENARIO_CARDS_H
#define HEARTLINES_SCENARIO_CARDS_H

#include "app.h"

/* Lays out one card per menu item (the catalogue's scenarios, then Back as a plain button) in
   column from y, and scrolls the focused one between y and bottom (draw them clipped to that). */
void cards_layout(App *app, SDL_Rect column, int y, int bottom);
void cards_draw(App *app);

#endif
