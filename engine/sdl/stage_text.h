/* stage_text.h: a line of the story in the window, its *stage directions* set apart: each run on
   its own line, spoken words as given and actions in the action font and the narration colour. */
#ifndef HEARTLINES_STAGE_TEXT_H
#define HEARTLINES_STAGE_TEXT_H

#include "gfx.h"

/* Lays out (and when draw is set, draws) text at (at.x, at.y) in at.w, spoken runs in font and
   color; reveal >= 0 shows only the first reveal bytes of the runs (the typewriter). Returns the
   height. */
int stage_text(Gfx *gfx, FontId font, const char *text, SDL_Rect at, SDL_Color color, int reveal,
               bool draw);
/* The same, leaving out the rows above top: lines scrolling off the top of an area. */
int stage_text_below(Gfx *gfx, FontId font, const char *text, SDL_Rect at, SDL_Color color,
                     int reveal, int top, bool draw);
/* The bytes the typewriter reveals in text: its runs without their marks. */
int stage_text_bytes(const char *text);

#endif
