/* screen_notes.c: the content notes before a scenario starts. */
#include <stdio.h>

#include "app.h"

/* One player starting a two-role scenario says which side they take (or both, in turn), so the
   story never switches sides without saying so. Together, each side has its player already. */
static bool asks_side(const App *app)
{
    return !app->together_mode && !app->workshop && app->play.loaded.scenario->role_count == 2;
}

static void notes_enter(App *app)
{
    const Scenario *scenario = app->play.loaded.scenario;
    menu_reset(&app->menu, false);
    if (asks_side(app)) {
        for (int i = 0; i < 2; i++) {
            char label[300];
            snprintf(label, sizeof label, app_tr(app, "Play as %s"),
                     scenario->cast[scenario->roles[i]].name);
            menu_add(&app->menu, label, NULL, true);
        }
        menu_add(&app->menu, app_tr(app, "Play both sides, in turn"), NULL, true);
    } else
        menu_add(&app->menu, app_tr(app, "Start"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Choose another"), NULL, true);
}

static void notes_action(App *app, const Action *action)
{
    int starts = asks_side(app) ? 3 : 1; /* the items before "Choose another" */
    MenuResult result = action->kind == ACTION_BACK ? MENU_CHOSEN : menu_handle(&app->menu, action);
    if (action->kind == ACTION_BACK) app->menu.focus = starts;
    if (result == MENU_MOVED) app->dirty = true;
    if (result != MENU_CHOSEN) return;
    if (app->menu.focus < starts) {
        app->play.side = starts == 3 && app->menu.focus < 2 ? app->menu.focus + 1 : 0;
        app_start_play(app, NULL, 0);
    } else {
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
    y = draw_text(
        &app->gfx, FONT_SMALL,
        app_tr(app,
               "You can leave at any time: End leaves a scenario at once, and Esc opens a menu."),
        column.x, y + gfx_px(gfx, 16), column.w, gfx->theme.dim);
    int menu_h = menu_height(&app->menu, gfx, column.w / 2);
    int menu_top = gfx->height - gfx_px(gfx, 40) - menu_h; /* at the foot, never over the notes */
    if (menu_top < y + gfx_px(gfx, 16)) menu_top = y + gfx_px(gfx, 16);
    menu_layout(&app->menu, gfx, column.x, menu_top, column.w / 2);
    menu_draw(&app->menu, gfx);
}

const Screen screen_notes = {notes_enter, notes_action, notes_draw, NULL, NULL};
