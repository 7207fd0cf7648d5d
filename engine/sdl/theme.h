/* theme.h: colours for normal and high-contrast play, and the mood of a scene's backdrop. */
#ifndef HEARTLINES_THEME_H
#define HEARTLINES_THEME_H

#include <stdbool.h>

#include <SDL.h>

typedef struct Theme {
    SDL_Color text, dim, speaker, accent, focus, panel, panel_edge, locked, coach;
    SDL_Color backdrop_cool_top, backdrop_cool_bottom, backdrop_warm_top, backdrop_warm_bottom;
    bool high_contrast;
} Theme;

Theme theme_make(bool high_contrast);
/* Each speaker's own colour, by cast index (SPEAKER_YOU and SPEAKER_NARRATOR have theirs): names
   and initials in it tell who speaks at a glance. Every one reads on the theme's backdrop. */
SDL_Color theme_speaker(const Theme *theme, int speaker);
/* The backdrop for warmth in [0, 1]: cool and dim when things are tense, warm when they are good.
 */
void theme_backdrop(const Theme *theme, float warmth, SDL_Color *top, SDL_Color *bottom);

#endif
