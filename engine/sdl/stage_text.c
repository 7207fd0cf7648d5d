/* stage_text.c: runs come from core/stage.c; each is one cached paragraph, so a line with no
   action costs what a plain paragraph does. */
#include "stage_text.h"

#include <string.h>

#include "../core/stage.h"

/* Lays out one run; returns its height. */
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

int stage_text(Gfx *gfx, FontId font, const char *text, SDL_Rect at, SDL_Color color, int reveal,
               bool draw)
{
    return stage_text_below(gfx, font, text, at, color, reveal, at.y, draw);
}

int stage_text_below(Gfx *gfx, FontId font, const char *text, SDL_Rect at, SDL_Color color,
                     int reveal, int top, bool draw)
{
    if (!text || !strchr(text, '*')) {   /* no marks: the paragraph as it is */
        const Paragraph *p = gfx_paragraph(gfx, font, text, at.w, color);
        if (draw) gfx_draw_rows_below(gfx, p, at.x, at.y, reveal, top);
        return p ? p->height : 0;
    }
    StageReader reader = stage_reader(text);
    StageRun run;
    int start = at.y;
    while (reveal != 0 && stage_next(&reader, &run)) {
        at.y += place_run(gfx, &run, font, at, color, reveal, top, draw);
        if (reveal > 0) reveal = reveal > (int)run.length ? reveal - (int)run.length : 0;
    }
    return at.y - start;
}

int stage_text_bytes(const char *text)
{
    StageReader reader = stage_reader(text);
    StageRun run;
    int total = 0;
    while (stage_next(&reader, &run)) total += (int)run.length;
    return total;
}
