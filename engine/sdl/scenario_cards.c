/* scenario_cards.c: a card is a quiet panel: the title, the blurb, one line of facts; a thin
   stripe at the left marks the scenarios already finished. */
#include "scenario_cards.h"

#include <stdio.h>

#include "../core/progress.h"

/* The card's three paragraphs, for entry, wrapped to width. */
typedef struct Card {
    const Paragraph *title, *blurb, *facts, *notes;
} Card;

static int pad(Gfx *gfx) { return gfx_px(gfx, 14); }

/* The card's line of facts: minutes, endings found, two roles. */
static void facts_for(App *app, const CatalogueEntry *entry, StrBuf *facts)
{
    const char *dot = "  \xC2\xB7  ";
    if (entry->broken) {
        strbuf_puts(facts, entry->error);
        return;
    }
    strbuf_printf(facts, app_tr(app, "About %d min"), entry->minutes);
    if (entry->endings) {
        strbuf_puts(facts, dot);
        strbuf_printf(facts, app_tr(app, "%d of %d endings found"),
                      progress_ending_count(&app->prefs.stores[PREF_PROGRESS], entry->id),
                      entry->endings);
    }
    if (app->together_mode && entry->two_roles)
        strbuf_printf(facts, "%s%s", dot, app_tr(app, "two roles"));
}

static Card card_for(App *app, const CatalogueEntry *entry, int width, bool enabled)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    StrBuf facts = {0}, title = {0}, notes = {0};
    facts_for(app, entry, &facts);
    if (entry->notes[0] && !entry->broken)
        strbuf_printf(&notes, "%s%s", app_tr(app, "Content notes: "), entry->notes);
    if (entry->broken) strbuf_printf(&title, app_tr(app, "%s (cannot be played)"), entry->title);
    else strbuf_puts(&title, entry->title);
    Card card = {
        gfx_paragraph(gfx, FONT_BOLD, strbuf_text(&title), width,
                      enabled ? theme->speaker : theme->locked),
        gfx_paragraph(gfx, FONT_SMALL, entry->blurb, width, theme->text),
        gfx_paragraph(gfx, FONT_SMALL, strbuf_text(&facts), width,
                      entry->broken ? theme->coach : theme->dim),
        gfx_paragraph(gfx, FONT_SMALL, strbuf_text(&notes), width, theme->dim)};
    strbuf_free(&facts);   /* the paragraphs keep their own copies */
    strbuf_free(&notes);
    strbuf_free(&title);
    return card;
}

static int card_height(Gfx *gfx, Card card)
{
    int height = 2 * pad(gfx) + (card.title ? card.title->height : 0);
    if (card.blurb) height += gfx_px(gfx, 4) + card.blurb->height;
    if (card.facts) height += gfx_px(gfx, 6) + card.facts->height;
    if (card.notes) height += gfx_px(gfx, 2) + card.notes->height;
    return height;
}

void cards_layout(App *app, SDL_Rect column, int y, int bottom)
{
    int top = y;
    Gfx *gfx = &app->gfx;
    Menu *menu = &app->menu;
    int cards = app->catalogue.count < menu->count ? app->catalogue.count : menu->count;
    for (int i = 0; i < cards; i++) {
        const CatalogueEntry *entry = &app->catalogue.entries[i];
        int h = card_height(gfx, card_for(app, entry, column.w - 3 * pad(gfx), !entry->broken));
        menu->rects[i] = (SDL_Rect){column.x, y, column.w, h};
        y += h + gfx_px(gfx, 10);
    }
    for (int i = cards; i < menu->count; i++) {   /* Back: a plain button under the cards */
        Menu rest = {.count = 1, .focus = 0};
        rest.items[0] = menu->items[i];
        menu_layout(&rest, gfx, column.x, y + gfx_px(gfx, 6), column.w / 3);
        menu->rects[i] = rest.rects[0];
        y = rest.rects[0].y + rest.rects[0].h + gfx_px(gfx, 10);
    }
    menu_scroll_to_focus(menu, top, bottom);
}

void cards_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    Menu *menu = &app->menu;
    int cards = app->catalogue.count < menu->count ? app->catalogue.count : menu->count;
    for (int i = 0; i < menu->count; i++) {
        SDL_Rect r = menu->rects[i];
        bool focused = i == menu->focus;
        SDL_Color panel = theme->panel;
        panel.a = theme->high_contrast ? 255 : focused ? 235 : 190;
        gfx_fill(gfx, r, panel);
        gfx_outline(gfx, r, focused ? theme->focus : theme->panel_edge,
                    focused ? gfx_px(gfx, 3) : 1);
        if (i >= cards) {
            int p = gfx_px(gfx, 10);
            gfx_draw_paragraph(gfx, gfx_paragraph(gfx, FONT_BODY, menu->items[i].label,
                                                  r.w - 2 * p, theme->text),
                               r.x + p, r.y + p, -1);
            continue;
        }
        const CatalogueEntry *entry = &app->catalogue.entries[i];
        Card card = card_for(app, entry, r.w - 3 * pad(gfx), !entry->broken);
        if (progress_ending_count(&app->prefs.stores[PREF_PROGRESS], entry->id))
            gfx_fill(gfx, (SDL_Rect){r.x, r.y, gfx_px(gfx, 5), r.h}, theme->accent);
        int x = r.x + 2 * pad(gfx), y = r.y + pad(gfx);
        gfx_draw_paragraph(gfx, card.title, x, y, -1);
        y += card.title ? card.title->height : 0;
        if (card.blurb) gfx_draw_paragraph(gfx, card.blurb, x, y += gfx_px(gfx, 4), -1);
        y += card.blurb ? card.blurb->height : 0;
        if (card.facts) gfx_draw_paragraph(gfx, card.facts, x, y += gfx_px(gfx, 6), -1);
        y += card.facts ? card.facts->height : 0;
        if (card.notes) gfx_draw_paragraph(gfx, card.notes, x, y + gfx_px(gfx, 2), -1);
    }
}
