/* scene_lines.h: the story's lines in an area of the window: the newest at the bottom, whole,
   the oldest scrolling off the top a row at a time, each speaker with a colour and an initial. */
#ifndef HEARTLINES_SCENE_LINES_H
#define HEARTLINES_SCENE_LINES_H

#include "../core/runtime.h"
#include "gfx.h"

/* The height the lines need in a column width wide; reveal < 0 counts all of them, else the lines
   the first reveal bytes have reached (lines not yet begun take no room). *kept gets the height
   from the last line with a speaker to the end: the line being answered and what follows it,
   which must stay in view. you names the player's lines, in the interface's language. */
int scene_lines_measure(Gfx *gfx, const View *view, const char *you, int width, int reveal,
                        int *kept);
/* Draws them in area (x, width and the rows from y to y + h): from its top when they fit, else
   with the newest at its bottom and the oldest rows left out. Shows the first reveal bytes. */
void scene_lines_draw(Gfx *gfx, const View *view, const char *you, SDL_Rect area, int reveal);

#endif
