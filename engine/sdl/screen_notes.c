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
    if (result == MENU_LEFT || result == MENU_RIGHT) { /* the buttons stand side by side */
        app->menu.focus = result == MENU_RIGHT;
        result = MENU_MOVED;
    }
    if (result == MENU_MOVED) app->dirty = true;
    if (result != MENU_CHOSEN) return;
    if (app->menu.focus == 0) app_start_play(app, NULL, 0);
    else {
        app_close_scenario(app);
        app_goto(app, SCREEN_LIST);
    }
}

/* Text wrapped to column's width at (column.x, y), drawn when draw is set; the y below it. */
static int text_at(Gfx *gfx, FontId font, const char *text, SDL_Rect column, int y, SDL_Color color,
                   bool draw)
{
    const Paragraph *p = gfx_paragraph(gfx, font, text, column.w, color);
    if (draw) gfx_draw_paragraph(gfx, p, column.x, y, -1);
    return p ? y + p->height : y;
}

/* The title, blurb, length and content notes (drawn when draw is set); returns the y below. */
static int notes_content(App *app, SDL_Rect column, bool draw)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    const Scenario *scenario = app->play.loaded.scenario;
    int y = text_at(gfx, FONT_TITLE, scenario->title, column, column.y, theme->accent, draw);
    if (scenario->blurb)
        y = text_at(gfx, FONT_BODY, scenario->blurb, column, y + gfx_px(gfx, 10), theme->text,
                    draw);
    if (scenario->minutes) {
        char minutes[64];
        snprintf(minutes, sizeof minutes, app_tr(app, "About %d minutes."), scenario->minutes);
        y = text_at(gfx, FONT_SMALL, minutes, column, y + gfx_px(gfx, 6), theme->dim, draw);
    }
    if (scenario->setting)   /* the title card: where and when, told as the story will be */
        y = text_at(gfx, FONT_ACTION, scenario->setting, column, y + gfx_px(gfx, 14), theme->dim,
                    draw);
    if (scenario->note_count) {
        y = text_at(gfx, FONT_BOLD, app_tr(app, "Content notes"), column, y + gfx_px(gfx, 24),
                    theme->speaker, draw);
        for (int i = 0; i < scenario->note_count; i++) {
            char note[1100];
            snprintf(note, sizeof note, "- %s", scenario->notes[i]);
            y = text_at(gfx, FONT_BODY, note, column, y + gfx_px(gfx, 4), theme->text, draw);
        }
    }
    return text_at(
        gfx, FONT_SMALL,
        app_tr(app,
               "You can leave at any time: End leaves a scenario at once, and Esc opens a menu."),
        column, y + gfx_px(gfx, 16), theme->dim, draw);
}

/* The buttons' height, laid out side by side under the notes. */
static int buttons_height(App *app, SDL_Rect column)
{
    return menu_layout_row(&app->menu, &app->gfx, column.x, 0, column.w);
}

/* The notes, then the buttons under them: never over them, so text is made smaller when the
   window cannot hold both. */
static void notes_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    for (int tries = 0; tries < 8; tries++) {
        SDL_Rect column = draw_column(gfx);
        int needed = notes_content(app, column, false) + gfx_px(gfx, 24) +
                     buttons_height(app, column) + gfx_px(gfx, 40);
        if (!draw_shrink_to_fit(gfx, &app->prefs.settings, needed)) break;
    }
    draw_backdrop(gfx, app->play.runtime);
    SDL_Rect column = draw_column(gfx);
    notes_content(app, column, true);
    int height = buttons_height(app, column);
    menu_layout_row(&app->menu, gfx, column.x, gfx->height - gfx_px(gfx, 40) - height, column.w);
    menu_draw(&app->menu, gfx);
}

const Screen screen_notes = {notes_enter, notes_action, notes_draw, NULL, NULL};
