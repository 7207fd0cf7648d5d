/* theme.c: palettes. High contrast is black, white and yellow, with no mood tint. */
#include "theme.h"

#include "../core/model.h"

static SDL_Color rgb(Uint8 r, Uint8 g, Uint8 b) { return (SDL_Color){r, g, b, 255}; }

Theme theme_make(bool high_contrast)
{
    if (high_contrast)
        return (Theme){
            .text = rgb(255, 255, 255),
            .dim = rgb(230, 230, 230),
            .speaker = rgb(255, 230, 0),
            .accent = rgb(255, 230, 0),
            .focus = rgb(255, 230, 0),
            .panel = rgb(0, 0, 0),
            .panel_edge = rgb(255, 255, 255),
            .locked = rgb(170, 170, 170),
            .coach = rgb(120, 220, 255),
            .backdrop_cool_top = rgb(0, 0, 0),
            .backdrop_cool_bottom = rgb(0, 0, 0),
            .backdrop_warm_top = rgb(0, 0, 0),
            .backdrop_warm_bottom = rgb(0, 0, 0),
            .high_contrast = true,
        };
    return (Theme){
        .text = rgb(240, 236, 228), .dim = rgb(196, 190, 182), .speaker = rgb(255, 204, 150),
        .accent = rgb(255, 186, 120), .focus = rgb(255, 214, 160), .panel = rgb(28, 30, 38),
        .panel_edge = rgb(92, 88, 96), .locked = rgb(130, 128, 132), .coach = rgb(170, 214, 200),
        .backdrop_cool_top = rgb(26, 34, 52), .backdrop_cool_bottom = rgb(12, 16, 26),
        .backdrop_warm_top = rgb(74, 46, 38), .backdrop_warm_bottom = rgb(30, 20, 22),
    };
}

static Uint8 mix(Uint8 a, Uint8 b, float t)
{
    return (Uint8)((float)a + ((float)b - (float)a) * t);
}

static SDL_Color blend(SDL_Color a, SDL_Color b, float t)
{
    return (SDL_Color){mix(a.r, b.r, t), mix(a.g, b.g, t), mix(a.b, b.b, t), 255};
}

void theme_backdrop(const Theme *theme, float warmth, SDL_Color *top, SDL_Color *bottom)
{
    warmth = warmth < 0 ? 0 : warmth > 1 ? 1 : warmth;
    *top = blend(theme->backdrop_cool_top, theme->backdrop_warm_top, warmth);
    *bottom = blend(theme->backdrop_cool_bottom, theme->backdrop_warm_bottom, warmth);
}

/* Warm peach first (the principal speaker is usually cast first), then hues far apart from it and
   from each other; high contrast keeps to light colours on black. */
SDL_Color theme_speaker(const Theme *theme, int speaker)
{
    static const SDL_Color soft[] = {{255, 204, 150, 255}, {150, 214, 240, 255},
                                     {200, 180, 250, 255}, {170, 226, 160, 255},
                                     {250, 170, 200, 255}, {236, 220, 130, 255}};
    static const SDL_Color bright[] = {{255, 230, 0, 255},   {0, 230, 255, 255},
                                       {130, 255, 130, 255}, {255, 160, 230, 255},
                                       {255, 180, 90, 255},  {255, 255, 255, 255}};
    const SDL_Color *palette = theme->high_contrast ? bright : soft;
    if (speaker == SPEAKER_YOU) return theme->accent;
    if (speaker < 0) return theme->dim;
    return palette[speaker % (int)(sizeof soft / sizeof soft[0])];
}
