/* draw.h: drawing every screen shares: the text column, the mood backdrop, a paragraph of text. */
#ifndef HEARTLINES_DRAW_H
#define HEARTLINES_DRAW_H

#include "../core/runtime.h"
#include "gfx.h"

/* The column text is set in: centred, at most 980 scaled pixels wide. */
SDL_Rect draw_column(const Gfx *gfx);
/* The backdrop's colours follow how warm the relationship is in runtime (neutral without one). */
void draw_backdrop(Gfx *gfx, const Runtime *runtime);
/* A screen needs needed pixels of height: when the window has fewer, makes text smaller (see
   gfx_shrink) and returns true, for the screen to be laid out again. */
bool draw_shrink_to_fit(Gfx *gfx, const Settings *settings, int needed);
/* Draws text wrapped to width at (x, y); returns the y below it. */
int draw_text(Gfx *gfx, FontId font, const char *text, int x, int y, int width, SDL_Color color);

#endif
