/* screen_rewind.c: back to an earlier decision, for the room to take another branch. */
#include <stdio.h>

#include "app.h"

static void rewind_enter(App *app)
{
    const Record *record = runtime_record(app->play.runtime);
    menu_reset(&app->menu, false);
    for (int i = 0; i < record->count && i < MENU_MAX_ITEMS - 1; i++) {
        char label[1100];
        snprintf(label, sizeof label, app_tr(app, "Decision %d: %s"), i + 1, record->steps[i].said);
        menu_add(&app->menu, label, NULL, true);
    }
    menu_add(&app->menu, app_tr(app, "Back to the story"), NULL, true);
}

static void rewind_action(App *app, const Action *action)
{
    MenuResult result = action->kind == ACTION_BACK ? MENU_CHOSEN : menu_handle(&app->menu, action);
    if (action->kind == ACTION_BACK) app->menu.focus = app->menu.count - 1;
    if (result == MENU_MOVED) app->dirty = true;
    if (result != MENU_CHOSEN) return;
    if (app->menu.focus < app->menu.count - 1)
        app_workshop_send(app, WEV_REWIND_TO, app->menu.focus);
    else app_workshop_send(app, WEV_GO_ON, 0);   /* back where the story was, without a rewind */
    app->dirty = true;
}

static void rewind_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int y = draw_text(&app->gfx, FONT_TITLE, app_tr(app, "Rewind to a decision"), column.x,
                      column.y, column.w, gfx->theme.accent);
    y = draw_text(&app->gfx, FONT_SMALL,
                  app_tr(app,
                         "The room takes another branch from there; at the end both branches are "
                         "shown side by side."),
                  column.x, y + gfx_px(gfx, 6), column.w, gfx->theme.dim);
    /* A long list scrolls to the focus under the heading, never over it. */
    int top = y + gfx_px(gfx, 16), bottom = gfx->height - gfx_px(gfx, 20);
    menu_layout(&app->menu, gfx, column.x, top, column.w);
    menu_scroll_to_focus(&app->menu, top, bottom);
    SDL_Rect list = {0, top - gfx_px(gfx, 4), gfx->width, bottom - top + gfx_px(gfx, 8)};
    SDL_RenderSetClipRect(gfx->renderer, &list);
    menu_draw(&app->menu, gfx);
    SDL_RenderSetClipRect(gfx->renderer, NULL);
}

const Screen screen_rewind = {rewind_enter, rewind_action, rewind_draw, NULL, NULL};
