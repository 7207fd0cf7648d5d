/* gfx.h: the window's drawing: fonts at the current scale, wrapped text rendered once and cached,
 * shapes. */
#ifndef HEARTLINES_GFX_H
#define HEARTLINES_GFX_H

#include <stdbool.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "../core/settings.h"
#include "theme.h"

/* FONT_ACTION: a stage direction, at body size; slanted, except with the dyslexia-friendly font,
   where slanted letters are harder to read and colour alone marks it. */
typedef enum FontId {
    FONT_BODY,
    FONT_BOLD,
    FONT_SMALL,
    FONT_TITLE,
    FONT_ACTION,
    FONT_COUNT
} FontId;

enum { PARAGRAPH_MAX_LINES = 64, TEXT_CACHE_SIZE = 256 };

/* A wrapped paragraph: one texture per line, made once and reused while text, font, colour and
   width stay the same. */
typedef struct Paragraph {
    char *text;
    FontId font;
    int font_px, wrap_width;
    SDL_Color color;
    int line_count, line_height, width, height;
    int row_shift; /* each row's texture is drawn this far above its row */
    SDL_Texture *lines[PARAGRAPH_MAX_LINES];
    int line_width[PARAGRAPH_MAX_LINES];
    int line_start[PARAGRAPH_MAX_LINES + 1]; /* byte offsets in text */
    unsigned last_used;
} Paragraph;

typedef struct Gfx {
    SDL_Window *window;
    SDL_Renderer *renderer;
    int width, height; /* output size in pixels */
    float scale;       /* layout unit: 1.0 at 1280x720 and text size 100% */
    float fit;         /* below 1: text made smaller so that a scene fits the window */
    TTF_Font *fonts[FONT_COUNT];
    int font_px[FONT_COUNT];
    char font_dir[4096];
    char font_note[9000]; /* a font that was missing and what stands in for it; "" when none */
    bool dyslexic;
    Theme theme;
    Paragraph cache[TEXT_CACHE_SIZE];
    unsigned use_clock;
    int textures_made; /* for tests: proves reuse */
} Gfx;

/* Opens fonts from font_dir at the size the window and settings call for. why on failure. */
bool gfx_init(Gfx *gfx, SDL_Window *window, SDL_Renderer *renderer, const char *font_dir,
              const Settings *settings, char *why, size_t why_size);
/* Re-reads the output size and settings; reloads fonts and drops cached text when they change.
   Text is again at the size the settings ask for (fit 1). */
bool gfx_refresh(Gfx *gfx, const Settings *settings, char *why, size_t why_size);
/* Makes text and layout smaller by about factor (at least a 5% step), for a screen that does not
   fit the window at the size the settings ask for; false when text is already as small as it may
   be (or no font opens). */
bool gfx_shrink(Gfx *gfx, const Settings *settings, float factor);
/* The window changed size: takes the new size now, keeping the fonts and cached text; true when
   the layout's scale should change too, for gfx_refresh once the resizing has stopped. */
bool gfx_take_size(Gfx *gfx, const Settings *settings);
void gfx_free(Gfx *gfx);

int gfx_px(const Gfx *gfx, float units);   /* layout units to pixels */
/* The wrapped paragraph for text (NULL if text is empty or rendering failed). */
const Paragraph *gfx_paragraph(Gfx *gfx, FontId font, const char *text, int wrap_width,
                               SDL_Color color);
/* Draws the first reveal bytes of p at (x, y); reveal < 0 draws it all. Under a clip rectangle
   only the rows wholly inside it are drawn, never half a line. */
void gfx_draw_paragraph(Gfx *gfx, const Paragraph *p, int x, int y, int reveal);
/* The same, leaving out the rows that would start above top: a line is shown whole or not at all.
 */
void gfx_draw_rows_below(Gfx *gfx, const Paragraph *p, int x, int y, int reveal, int top);
void gfx_fill(Gfx *gfx, SDL_Rect rect, SDL_Color color);
void gfx_outline(Gfx *gfx, SDL_Rect rect, SDL_Color color, int thickness);
void gfx_circle(Gfx *gfx, int cx, int cy, int radius, SDL_Color color, bool filled);
void gfx_gradient(Gfx *gfx, SDL_Color top, SDL_Color bottom);

#endif
