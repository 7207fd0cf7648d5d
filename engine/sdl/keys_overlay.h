/* keys_overlay.h: the F1 overlay listing every key, for players or, in a workshop, the facilitator.
 */
#ifndef HEARTLINES_KEYS_OVERLAY_H
#define HEARTLINES_KEYS_OVERLAY_H

#include <stdbool.h>

#include "../core/catalog.h"
#include "draw.h"

/* Draws over the whole window, in the interface language ui; the backdrop follows runtime. */
void keys_overlay_draw(Gfx *gfx, const Catalog *ui, const Runtime *runtime, bool facilitator);
/* Just the list, in column from y (for the presenter's facilitator view); returns the y below. */
int keys_overlay_list(Gfx *gfx, const Catalog *ui, SDL_Rect column, int y, bool facilitator);

#endif
