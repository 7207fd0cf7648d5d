/* scene_lines.c: see scene_lines.h. Measuring and drawing walk the lines the same way (place), so
   what is measured is what is drawn. */
#include "scene_lines.h"

#include <string.h>

#include "stage_text.h"

/* The first character of a name (UTF-8), for the disc before it. */
static void initial_of(const char *name, char out[8])
{
    size_t length = 1;
    while (length < 7 && ((unsigned char)name[length] & 0xC0) == 0x80) length++;
    memcpy(out, name, length);
    out[length] = '\0';
}

/* A speaker's name with their initial in a disc of their colour before it; returns its height. */
static int draw_name(Gfx *gfx, const ViewLine *line, const char *you, int x, int y, int width,
                     bool draw)
{
    const char *who = line->speaker == SPEAKER_YOU ? you : line->speaker_name;
    SDL_Color color = theme_speaker(&gfx->theme, line->speaker);
    int diameter = gfx->font_px[FONT_BOLD] * 6 / 5, gap = diameter / 3;
    const Paragraph *name =
        gfx_paragraph(gfx, FONT_BOLD, who, width - diameter - gap, color);
    if (!name || !draw) return name ? name->height : 0;
    char initial[8];
    initial_of(who, initial);
    int cx = x + diameter / 2, cy = y + name->line_height / 2;
    gfx_circle(gfx, cx, cy, diameter / 2, color, true);
    const Paragraph *letter =
        gfx_paragraph(gfx, FONT_BOLD, initial, diameter * 4, gfx->theme.panel);
    if (letter)
        gfx_draw_paragraph(gfx, letter, cx - letter->width / 2, cy - letter->line_height / 2, -1);
    gfx_draw_paragraph(gfx, name, x + diameter + gap, y, -1);
    return name->height;
}

/* Lays out the lines the first reveal bytes reach, from y; returns the y below them. *kept_from
   gets the y where the last line with a speaker starts. When draw is set, draws the lines that
   start at or below top, whole; of the lines from keep_from on, which must be seen, any rows below
   top. */
static int place(Gfx *gfx, const View *view, const char *you, SDL_Rect column, int y, int reveal,
                 int top, int keep_from, bool draw, int *kept_from)
{
    const Theme *theme = &gfx->theme;
    int indent = gfx_px(gfx, 24);
    *kept_from = y;
    for (int i = 0; i < view->line_count && reveal != 0; i++) {
        const ViewLine *line = &view->lines[i];
        int length = stage_text_bytes(line->text);
        if (line->speaker_name || i == 0) *kept_from = y;
        bool shown = draw && (y >= top || y >= keep_from);
        if (line->speaker_name)
            y += draw_name(gfx, line, you, column.x, y, column.w, shown && y >= top);
        int x = line->speaker_name ? column.x : column.x + indent;
        SDL_Rect at = {x, y, column.w - (x - column.x), 0};
        int reveal_here = reveal >= 0 && reveal < length ? reveal : -1;
        y += stage_text_below(gfx, FONT_BODY, line->text, at,
                              line->speaker_name ? theme->text : theme->dim, reveal_here, top,
                              shown) +
             gfx_px(gfx, 14);
        if (reveal >= 0) reveal = reveal > length ? reveal - length : 0;
    }
    return y;
}

int scene_lines_measure(Gfx *gfx, const View *view, const char *you, int width, int reveal,
                        int *kept)
{
    int kept_from;
    SDL_Rect column = {0, 0, width, 0};
    int height = place(gfx, view, you, column, 0, reveal, 0, 0, false, &kept_from);
    *kept = height - kept_from;
    return height;
}

void scene_lines_draw(Gfx *gfx, const View *view, const char *you, SDL_Rect area, int reveal)
{
    int kept, needed = scene_lines_measure(gfx, view, you, area.w, reveal, &kept), kept_from;
    int y = needed > area.h ? area.y + area.h - needed : area.y;
    place(gfx, view, you, area, y, reveal, area.y, y + needed - kept, true, &kept_from);
}
