/* screen_journal.c: the skills journal: each skill the player has used across scenarios, with
   the last line they used it in, grouped by thread. It scrolls when it is long. */
#include <stdio.h>

#include "../core/stage.h"
#include "../core/vocab.h"
#include "app.h"

static void journal_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "Back"), NULL, true);
    app->play.scroll = 0;
}

static void journal_action(App *app, const Action *action)
{
    if (action->kind == ACTION_SCROLL || action->kind == ACTION_UP || action->kind == ACTION_DOWN) {
        int step = action->kind == ACTION_SCROLL ? action->value
                   : action->kind == ACTION_UP   ? -1
                                                 : 1;
        app->play.scroll += step * gfx_px(&app->gfx, 60);
        if (app->play.scroll > app->play.scroll_max) app->play.scroll = app->play.scroll_max;
        if (app->play.scroll < 0) app->play.scroll = 0;
        app->dirty = true;
    } else if (action->kind == ACTION_BACK || menu_handle(&app->menu, action) == MENU_CHOSEN)
        app_goto(app, SCREEN_TITLE);
}

/* Draws the entries from y; returns the y below them. */
static int entries(App *app, SDL_Rect column, int y)
{
    const Store *progress = &app->prefs.stores[PREF_PROGRESS];
    const Theme *theme = &app->gfx.theme;
    int shown = 0;
    for (int t = 0; t < THREAD_COUNT; t++) {
        bool heading = false;
        for (int i = 0; i < vocab_count(TAG_SKILL); i++) {
            const Tag *skill = vocab_tag(TAG_SKILL, i);
            char key[96];
            snprintf(key, sizeof key, "journal.%s", skill->id);
            const char *line = store_get(progress, key);
            if (skill->thread != (Thread)t || !line) continue;
            if (!heading)
                y = draw_text(&app->gfx, FONT_BOLD, app_tr(app, vocab_thread_name((Thread)t)),
                              column.x, y + gfx_px(&app->gfx, 14), column.w, theme->speaker);
            heading = true;
            StrBuf text = {0};   /* the line quoted, but never an action as if it were said */
            strbuf_printf(&text, "%s: ", app_tr(app, skill->name));
            stage_quote(line, &text);
            y = draw_text(&app->gfx, FONT_BODY, strbuf_text(&text), column.x,
                          y + gfx_px(&app->gfx, 4), column.w, theme->text);
            strbuf_free(&text);
            shown++;
        }
    }
    if (!shown)
        y = draw_text(
            &app->gfx, FONT_BODY,
            app_tr(app,
                   "Nothing yet. Each skill you use in a scenario is kept here, with your line."),
            column.x, y, column.w, theme->dim);
    return y;
}

static void journal_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int menu_w = column.w / 3,
        menu_top = gfx->height - gfx_px(gfx, 30) - menu_height(&app->menu, gfx, menu_w);
    SDL_Rect clip = {0, 0, gfx->width, menu_top - gfx_px(gfx, 10)};
    SDL_RenderSetClipRect(gfx->renderer, &clip);
    int top = column.y - app->play.scroll;
    int y = draw_text(&app->gfx, FONT_TITLE, app_tr(app, "Skills journal"), column.x, top, column.w,
                      gfx->theme.accent);
    int bottom = entries(app, column, y) + app->play.scroll;
    SDL_RenderSetClipRect(gfx->renderer, NULL);
    app->play.scroll_max = bottom > clip.h ? bottom - clip.h + gfx_px(gfx, 20) : 0;
    menu_layout(&app->menu, gfx, column.x, menu_top, menu_w);
    menu_draw(&app->menu, gfx);
}

const Screen screen_journal = {journal_enter, journal_action, journal_draw, NULL, NULL};
