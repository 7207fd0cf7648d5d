/* screen_notes.c: the content notes before a scenario starts. */
#include <stdio.h>

#include "app.h"

static void notes_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "Start"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Choose another"), NULL, true);
}

static void notes_action(App *app, const Action *action)
{
    MenuResult result = action->kind == ACTION_BACK ? MENU_CHOSEN : menu_handle(&app->menu, action);
    if (action->kind == ACTION_BACK) app->menu.focus = 1;
    if (result == MENU_MOVED) app->dirty = true;
    if (result != MENU_CHOSEN) return;
    if (app->menu.focus == 0) app_start_play(app, NULL, 0);
    else {
        app_close_scenario(app);
        app_goto(app, SCREEN_LIST);
    }
}

static void notes_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Scenario *scenario = app->play.loaded.scenario;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int y = draw_text(&app->gfx, FONT_TITLE, scenario->title, column.x, column.y, column.w,
                      gfx->theme.accent);
    if (scenario->blurb)
        y = draw_text(&app->gfx, FONT_BODY, scenario->blurb, column.x, y + gfx_px(gfx, 10),
                      column.w, gfx->theme.text);
    if (scenario->minutes) {
        char minutes[64];
        snprintf(minutes, sizeof minutes, app_tr(app, "About %d minutes."), scenario->minutes);
        y = draw_text(&app->gfx, FONT_SMALL, minutes, column.x, y + gfx_px(gfx, 6), column.w,
                      gfx->theme.dim);
    }
    if (scenario->setting)   /* the title card: where and when, told as the story will be */
        y = draw_text(&app->gfx, FONT_ACTION, scenario->setting, column.x, y + gfx_px(gfx, 14),
                      column.w, gfx->theme.dim);
    if (scenario->note_count) {
        y = draw_text(&app->gfx, FONT_BOLD, app_tr(app, "Content notes"), column.x,
                      y + gfx_px(gfx, 24), column.w, gfx->theme.speaker);
        for (int i = 0; i < scenario->note_count; i++) {
            char note[1100];
            snprintf(note, sizeof note, "- %s", scenario->notes[i]);
            y = draw_text(&app->gfx, FONT_BODY, note, column.x, y + gfx_px(gfx, 4), column.w,
                          gfx->theme.text);
        }
    }
    draw_text(
        &app->gfx, FONT_SMALL,
        app_tr(app,
               "You can leave at any time: End leaves a scenario at once, and Esc opens a menu."),
        column.x, y + gfx_px(gfx, 16), column.w, gfx->theme.dim);
    int menu_h = menu_height(&app->menu, gfx, column.w / 2);
    menu_layout(&app->menu, gfx, column.x, gfx->height - gfx_px(gfx, 40) - menu_h, column.w / 2);
    menu_draw(&app->menu, gfx);
}

const Screen screen_notes = {notes_enter, notes_action, notes_draw, NULL, NULL};
