/* screen_error.c: a scenario that failed to load or to play: what to do, file:line, message,
   traceback. */
#include <stdio.h>
#include <string.h>

#include "app.h"

static void error_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "Reload (R)"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Back to the list (Esc)"), NULL, true);
}

static void error_action(App *app, const Action *action)
{
    MenuResult result = menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    bool reload = action->kind == ACTION_RELOAD || (result == MENU_CHOSEN && app->menu.focus == 0);
    if (reload) app_reload(app);
    else if (action->kind == ACTION_BACK || result == MENU_CHOSEN) {
        app_close_scenario(app);
        app_goto(app, SCREEN_LIST);
    }
}

/* What the player can do about it: a missing file needs finding, a file that is not a scenario
   needs swapping for one, and only a scenario with a mistake needs fixing. Only the last shows
   the Lua traceback (a writer's tool). */
const char *screen_error_advice(const DiagList *diags, bool *traceback)
{
    *traceback = true;
    for (int i = 0; i < diags->count; i++) {
        if (diags->items[i].code == DIAG_FILE_UNREADABLE)
            return "The file cannot be opened: check its name and folder, then press R to try "
                   "again; the game keeps running.";
        const char *message = diags->items[i].message;
        if (strncmp(message, DIAG_NOT_A_SCENARIO_TEXT, strlen(DIAG_NOT_A_SCENARIO_TEXT)) == 0) {
            *traceback = false;
            return "This file is not a scenario: choose a scenario file (.lua) instead; the game "
                   "keeps running.";
        }
    }
    return "Fix the file and press R to load it again; the game keeps running.";
}

static void error_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    gfx_fill(gfx, (SDL_Rect){0, 0, gfx->width, gfx->height},
             theme->high_contrast ? theme->panel : (SDL_Color){40, 22, 26, 255});
    SDL_Rect column = draw_column(&app->gfx);
    int y = draw_text(&app->gfx, FONT_TITLE, app_tr(app, "This scenario has a problem"), column.x,
                      column.y, column.w, theme->accent);
    const DiagList *diags = &app->play.diags;
    bool traceback;
    const char *advice = app_tr(app, screen_error_advice(diags, &traceback));
    y = draw_text(&app->gfx, FONT_SMALL, advice, column.x, y + gfx_px(gfx, 6), column.w,
                  theme->dim);
    for (int i = 0; i < diags->count && i < 8; i++) {
        StrBuf line = {0};
        diag_format(&diags->items[i], &line);
        y = draw_text(&app->gfx, FONT_BODY, strbuf_text(&line), column.x, y + gfx_px(gfx, 14),
                      column.w, theme->text);
        strbuf_free(&line);
        if (diags->items[i].detail && traceback)
            y = draw_text(&app->gfx, FONT_SMALL, diags->items[i].detail, column.x + gfx_px(gfx, 20),
                          y + gfx_px(gfx, 4), column.w - gfx_px(gfx, 20), theme->dim);
    }
    int menu_w = column.w / 2;
    menu_layout(&app->menu, gfx, column.x,
                gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, menu_w), menu_w);
    menu_draw(&app->menu, gfx);
}

const Screen screen_error = {error_enter, error_action, error_draw, NULL, NULL};
