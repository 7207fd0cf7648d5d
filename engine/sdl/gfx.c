/* gfx.c: fonts, word wrapping, the paragraph cache and simple shapes.

   Wrapping is done here rather than by SDL_ttf so that each line is its own texture: layout can
   measure and hit-test lines, and the typewriter reveals text by clipping a line already rendered,
   instead of rendering new text every tick. */
#include "gfx.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const float font_units[FONT_COUNT] = {22, 22, 17, 40, 22};

/* Where each font may come from, best first: the bundled family asked for, the other bundled one,
   then the system's DejaVu (Debian's fonts-dejavu-core), so a damaged install still shows text. */
enum { FONT_CHOICES = 3 };

static void font_paths(const Gfx *gfx, FontId font, char paths[FONT_CHOICES][4200])
{
    bool bold = font == FONT_BOLD || font == FONT_TITLE;
    const char *dyslexic = bold ? "OpenDyslexic-Bold.otf" : "OpenDyslexic-Regular.otf";
    const char *noto = bold ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf";
    snprintf(paths[0], sizeof paths[0], "%s/%s", gfx->font_dir, gfx->dyslexic ? dyslexic : noto);
    snprintf(paths[1], sizeof paths[1], "%s/%s", gfx->font_dir, gfx->dyslexic ? noto : dyslexic);
    snprintf(paths[2], sizeof paths[2], "/usr/share/fonts/truetype/dejavu/%s",
             bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
}

/* Opens the first of the font's paths that works; the first stand-in is noted in gfx->font_note. */
static TTF_Font *open_font(Gfx *gfx, FontId font, char *why, size_t why_size)
{
    char paths[FONT_CHOICES][4200];
    font_paths(gfx, font, paths);
    for (int i = 0; i < FONT_CHOICES; i++) {
        TTF_Font *opened = TTF_OpenFont(paths[i], gfx->font_px[font]);
        if (!opened && i == 0) snprintf(why, why_size, "%s: %s", paths[0], TTF_GetError());
        if (!opened) continue;
        if (font == FONT_ACTION && !gfx->dyslexic) TTF_SetFontStyle(opened, TTF_STYLE_ITALIC);
        if (i > 0 && !gfx->font_note[0])
            snprintf(gfx->font_note, sizeof gfx->font_note, "%.4400s; using %.4200s instead.", why,
                     paths[i]);
        return opened;
    }
    return NULL;
}

static void drop_cache(Gfx *gfx)
{
    for (int i = 0; i < TEXT_CACHE_SIZE; i++) {
        Paragraph *p = &gfx->cache[i];
        for (int k = 0; k < p->line_count; k++) SDL_DestroyTexture(p->lines[k]);
        free(p->text);
        *p = (Paragraph){0};
    }
}

static void close_fonts(Gfx *gfx)
{
    for (int i = 0; i < FONT_COUNT; i++) {
        if (gfx->fonts[i]) TTF_CloseFont(gfx->fonts[i]);
        gfx->fonts[i] = NULL;
        gfx->font_px[i] = 0;
    }
}

/* The smallest layout scale text is made at to fit (body text 13 pixels high). */
static const float smallest_scale = 0.6f;

static float layout_scale(int width, int height, int text_size)
{
    float fit = fminf((float)width / 1280.0f, (float)height / 720.0f);
    fit = floorf(fit * 20.0f) / 20.0f;   /* in steps of 5%: a small resize keeps every text */
    fit = fmaxf(smallest_scale, fminf(fit, 4.0f));
    return fit * (float)text_size / 100.0f;
}

bool gfx_take_size(Gfx *gfx, const Settings *settings)
{
    SDL_GetRendererOutputSize(gfx->renderer, &gfx->width, &gfx->height);
    return layout_scale(gfx->width, gfx->height, settings->text_size) * gfx->fit != gfx->scale;
}

/* Fonts and layout at the settings' scale times fit. */
static bool refresh_at(Gfx *gfx, const Settings *settings, float fit, char *why, size_t why_size)
{
    SDL_GetRendererOutputSize(gfx->renderer, &gfx->width, &gfx->height);
    gfx->fit = fit;
    gfx->scale = layout_scale(gfx->width, gfx->height, settings->text_size) * fit;
    gfx->theme = theme_make(settings->high_contrast);
    bool same_font = gfx->fonts[0] && gfx->dyslexic == settings->dyslexic_font &&
                     gfx->font_px[FONT_BODY] == gfx_px(gfx, font_units[FONT_BODY]);
    if (same_font) return true;
    drop_cache(gfx);
    close_fonts(gfx);
    gfx->dyslexic = settings->dyslexic_font;
    for (int i = 0; i < FONT_COUNT; i++) {
        gfx->font_px[i] = gfx_px(gfx, font_units[i]);
        gfx->fonts[i] = open_font(gfx, (FontId)i, why, why_size);
        if (!gfx->fonts[i]) {
            snprintf(why + strlen(why), why_size - strlen(why),
                     "; no other font could be opened either");
            close_fonts(gfx);
            return false;
        }
    }
    return true;
}

bool gfx_refresh(Gfx *gfx, const Settings *settings, char *why, size_t why_size)
{
    return refresh_at(gfx, settings, 1.0f, why, why_size);
}

bool gfx_shrink(Gfx *gfx, const Settings *settings, float factor)
{
    float base = gfx->scale / gfx->fit;
    float fit = fminf(floorf(gfx->fit * factor * 20.0f) / 20.0f, gfx->fit - 0.05f);
    if (base * fit < smallest_scale) fit = smallest_scale / base;
    if (fit >= gfx->fit) return false;
    char why[512];
    return refresh_at(gfx, settings, fit, why, sizeof why);
}

bool gfx_init(Gfx *gfx, SDL_Window *window, SDL_Renderer *renderer, const char *font_dir,
              const Settings *settings, char *why, size_t why_size)
{
    *gfx = (Gfx){.window = window, .renderer = renderer};
    snprintf(gfx->font_dir, sizeof gfx->font_dir, "%s", font_dir);
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    return gfx_refresh(gfx, settings, why, why_size);
}

void gfx_free(Gfx *gfx)
{
    drop_cache(gfx);
    close_fonts(gfx);
}

int gfx_px(const Gfx *gfx, float units) { return (int)lroundf(units * gfx->scale); }

static int text_width(TTF_Font *font, const char *text, int length)
{
    char buffer[2048];
    if (length >= (int)sizeof buffer) length = (int)sizeof buffer - 1;
    memcpy(buffer, text, (size_t)length);
    buffer[length] = '\0';
    int w = 0, h = 0;
    TTF_SizeUTF8(font, buffer, &w, &h);
    return w;
}

static int utf8_back_to_boundary(const char *text, int at)
{
    while (at > 0 && ((unsigned char)text[at] & 0xC0) == 0x80) at--;
    return at;
}

/* Where the line starting at text[start] must end to fit width (a byte offset). */
static int line_end(TTF_Font *font, const char *text, int start, int width)
{
    int end = start, fit = start;
    while (text[end] && text[end] != '\n') {
        int word_end = end;
        while (text[word_end] == ' ') word_end++;
        while (text[word_end] && text[word_end] != ' ' && text[word_end] != '\n') word_end++;
        if (text_width(font, text + start, word_end - start) > width) break;
        fit = end = word_end;
    }
    if (!text[end] || text[end] == '\n') return end;
    if (fit > start) return fit;
    /* One word wider than the line: break it inside, at a character boundary. */
    int cut = start + 1;
    while (text[cut] && text[cut] != ' ' &&
           text_width(font, text + start, cut - start + 1) <= width)
        cut++;
    return utf8_back_to_boundary(text, cut) > start ? utf8_back_to_boundary(text, cut) : cut;
}

/* Rows at most 1.5 times the font's size apart, the line spacing the dyslexia style guides ask
   for: OpenDyslexic's own (1.75) takes a sixth more of the screen. Its letters sit centred in the
   taller texture, whose ends are empty. */
static void set_row_height(Gfx *gfx, Paragraph *p)
{
    TTF_Font *font = gfx->fonts[p->font];
    int widest = gfx->font_px[p->font] * 3 / 2;
    p->line_height = TTF_FontLineSkip(font) < widest ? TTF_FontLineSkip(font) : widest;
    p->row_shift = (TTF_FontHeight(font) - p->line_height) / 2;
    if (p->row_shift < 0) p->row_shift = 0;
}

static void render_lines(Gfx *gfx, Paragraph *p)
{
    TTF_Font *font = gfx->fonts[p->font];
    set_row_height(gfx, p);
    int start = 0, length = (int)strlen(p->text);
    while (start < length && p->line_count < PARAGRAPH_MAX_LINES) {
        int end = line_end(font, p->text, start, p->wrap_width);
        char *line = strndup(p->text + start, (size_t)(end - start));
        SDL_Surface *surface = line && *line ? TTF_RenderUTF8_Blended(font, line, p->color) : NULL;
        p->lines[p->line_count] =
            surface ? SDL_CreateTextureFromSurface(gfx->renderer, surface) : NULL;
        p->line_width[p->line_count] = surface ? surface->w : 0;
        p->line_start[p->line_count] = start;
        if (p->line_width[p->line_count] > p->width) p->width = p->line_width[p->line_count];
        gfx->textures_made += p->lines[p->line_count] != NULL;
        p->line_count++;
        SDL_FreeSurface(surface);
        free(line);
        start = end;
        while (p->text[start] == ' ') start++;
        if (p->text[start] == '\n') start++;
    }
    p->line_start[p->line_count] = length;
    p->height = p->line_count * p->line_height;
}

static bool same_color(SDL_Color a, SDL_Color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

const Paragraph *gfx_paragraph(Gfx *gfx, FontId font, const char *text, int wrap_width,
                               SDL_Color color)
{
    if (!text || !*text || wrap_width <= 0) return NULL;
    Paragraph *oldest = &gfx->cache[0];
    gfx->use_clock++;
    for (int i = 0; i < TEXT_CACHE_SIZE; i++) {
        Paragraph *p = &gfx->cache[i];
        if (p->text && p->font == font && p->font_px == gfx->font_px[font] &&
            p->wrap_width == wrap_width && same_color(p->color, color) &&
            strcmp(p->text, text) == 0) {
            p->last_used = gfx->use_clock;
            return p;
        }
        if (p->last_used < oldest->last_used) oldest = p;
    }
    for (int k = 0; k < oldest->line_count; k++) SDL_DestroyTexture(oldest->lines[k]);
    free(oldest->text);
    *oldest = (Paragraph){.text = strdup(text), .font = font, .font_px = gfx->font_px[font],
                          .wrap_width = wrap_width, .color = color, .last_used = gfx->use_clock};
    if (!oldest->text) return NULL;
    render_lines(gfx, oldest);
    return oldest;
}

void gfx_draw_paragraph(Gfx *gfx, const Paragraph *p, int x, int y, int reveal)
{
    gfx_draw_rows_below(gfx, p, x, y, reveal, y);
}

void gfx_draw_rows_below(Gfx *gfx, const Paragraph *p, int x, int y, int reveal, int top)
{
    if (!p) return;
    /* Under a clip rectangle (text that scrolls), only the rows wholly inside it are drawn. */
    SDL_Rect clip = {0, 0, 0, 0};
    if (SDL_RenderIsClipEnabled(gfx->renderer)) SDL_RenderGetClipRect(gfx->renderer, &clip);
    int bottom = clip.h ? clip.y + clip.h : gfx->height * 2;
    if (clip.h && clip.y > top) top = clip.y;
    for (int i = 0; i < p->line_count; i++) {
        int row = y + i * p->line_height;
        if (row < top || row + p->line_height > bottom) continue;
        int start = p->line_start[i], end = p->line_start[i + 1];
        if (reveal >= 0 && reveal <= start) return;
        if (!p->lines[i]) continue;
        int w = p->line_width[i];
        if (reveal >= 0 && reveal < end)
            w = text_width(gfx->fonts[p->font], p->text + start,
                           utf8_back_to_boundary(p->text, reveal) - start);
        SDL_Rect src = {0, 0, w, p->line_height},
                 dst = {x, y + i * p->line_height - p->row_shift, w, p->line_height};
        SDL_QueryTexture(p->lines[i], NULL, NULL, NULL, &src.h);
        dst.h = src.h;
        SDL_RenderCopy(gfx->renderer, p->lines[i], &src, &dst);
    }
}

void gfx_fill(Gfx *gfx, SDL_Rect rect, SDL_Color c)
{
    SDL_SetRenderDrawColor(gfx->renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(gfx->renderer, &rect);
}

void gfx_outline(Gfx *gfx, SDL_Rect rect, SDL_Color c, int thickness)
{
    SDL_SetRenderDrawColor(gfx->renderer, c.r, c.g, c.b, c.a);
    for (int i = 0; i < thickness; i++) {
        SDL_Rect r = {rect.x + i, rect.y + i, rect.w - 2 * i, rect.h - 2 * i};
        SDL_RenderDrawRect(gfx->renderer, &r);
    }
}

void gfx_circle(Gfx *gfx, int cx, int cy, int radius, SDL_Color c, bool filled)
{
    SDL_SetRenderDrawColor(gfx->renderer, c.r, c.g, c.b, c.a);
    for (int dy = -radius; dy <= radius; dy++) {
        int dx = (int)sqrtf((float)(radius * radius - dy * dy));
        if (filled) SDL_RenderDrawLine(gfx->renderer, cx - dx, cy + dy, cx + dx, cy + dy);
        else {
            int inner = radius > 2
                            ? (int)sqrtf(fmaxf(0, (float)((radius - 2) * (radius - 2) - dy * dy)))
                            : 0;
            SDL_RenderDrawLine(gfx->renderer, cx - dx, cy + dy, cx - inner, cy + dy);
            SDL_RenderDrawLine(gfx->renderer, cx + inner, cy + dy, cx + dx, cy + dy);
        }
    }
}

/* The colour of row y of a vertical gradient over height rows. */
static SDL_Color gradient_row(SDL_Color top, SDL_Color bottom, int y, int height)
{
    float t = height > 1 ? (float)y / (float)(height - 1) : 0.0f;
    return (SDL_Color){(Uint8)lroundf(top.r + (bottom.r - top.r) * t),
                       (Uint8)lroundf(top.g + (bottom.g - top.g) * t),
                       (Uint8)lroundf(top.b + (bottom.b - top.b) * t), top.a};
}

/* An 8-bit vertical gradient is a few dozen bands of one colour each. Filling those bands without
   blending costs far less than interpolating a colour at every pixel with SDL_RenderGeometry,
   which took nearly all of a frame in SDL's software renderer; the pixels are the same. */
void gfx_gradient(Gfx *gfx, SDL_Color top, SDL_Color bottom)
{
    SDL_SetRenderDrawBlendMode(gfx->renderer, SDL_BLENDMODE_NONE);
    for (int y = 0, band = 0; y < gfx->height; y++) {
        SDL_Color color = gradient_row(top, bottom, band, gfx->height);
        if (y + 1 < gfx->height && same_color(gradient_row(top, bottom, y + 1, gfx->height), color))
            continue;
        gfx_fill(gfx, (SDL_Rect){0, band, gfx->width, y + 1 - band}, color);
        band = y + 1;
    }
    SDL_SetRenderDrawBlendMode(gfx->renderer, SDL_BLENDMODE_BLEND);
}
