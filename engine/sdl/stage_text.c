/* stage_text.c: runs come from core/stage.c; each is one cached paragraph, so a line with no
   action costs what a plain paragraph does. */
#include "stage_text.h"

#include <limits.h>
#include <string.h>

#include "../core/stage.h"

/* Lays out one run (drawing its rows that start at or below top when draw is set); returns its
   height. */
static int place_run(Gfx *gfx, const StageRun *run, FontId font, SDL_Rect at, SDL_Color color,
                     int reveal, int top, bool draw)
{
    StrBuf text = {0};
    strbuf_append(&text, run->text, run->length);
    FontId run_font = run->action && font == FONT_BODY ? FONT_ACTION : font;
    SDL_Color run_color = run->action ? gfx->theme.dim : color;
    const Paragraph *p = gfx_paragraph(gfx, run_font, strbuf_text(&text), at.w, run_color);
    if (draw)
        gfx_draw_rows_below(gfx, p, at.x, at.y,
                            reveal >= 0 && reveal < (int)run->length ? reveal : -1, top);
    strbuf_free(&text);
    return p ? p->height : 0;
}

static int place(Gfx *gfx, FontId font, const char *text, SDL_Rect at, SDL_Color color,
                 int reveal, int top, bool draw)
{
    if (!text || !strchr(text, '*')) {   /* no marks: the paragraph as it is */
        const Paragraph *p = gfx_paragraph(gfx, font, text, at.w, color);
        if (draw) gfx_draw_rows_below(gfx, p, at.x, at.y, reveal, top);
        return p ? p->height : 0;
    }
    StageReader reader = stage_reader(text);
    StageRun run;
    int first = at.y;
    while (reveal != 0 && stage_next(&reader, &run)) {
        at.y += place_run(gfx, &run, font, at, color, reveal, top, draw);
        if (reveal > 0) reveal = reveal > (int)run.length ? reveal - (int)run.length : 0;
    }
    return at.y - first;
}

int stage_text(Gfx *gfx, FontId font, const char *text, SDL_Rect at, SDL_Color color, int reveal,
               bool draw)
{
    return place(gfx, font, text, at, color, reveal, INT_MIN, draw);
}

int stage_text_rows_below(Gfx *gfx, FontId font, const char *text, SDL_Rect at, SDL_Color color,
                          int reveal, int top)
{
    return place(gfx, font, text, at, color, reveal, top, true);
}

int stage_text_bytes(const char *text)
{
    StageReader reader = stage_reader(text);
    StageRun run;
    int total = 0;
    while (stage_next(&reader, &run)) total += (int)run.length;
    return total;
}
