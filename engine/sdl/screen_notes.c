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
    if (app->menu.count == 2 && (result == MENU_LEFT || result == MENU_RIGHT)) {
        app->menu.focus = result == MENU_RIGHT;   /* two buttons stand side by side */
        result = MENU_MOVED;
    }
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
        y = draw_text(&app->gfx, FONT_ACTION, scenario->setting, column.x, y + gfx_px(gfx, 14),
                      column.w, gfx->theme.dim);
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

/* Lays the buttons out from top: two side by side, more (the sides to play) one above another.
   Returns the y below them. */
static int place_buttons(App *app, SDL_Rect column, int top)
{
    if (app->menu.count <= 2) return menu_layout_row(&app->menu, &app->gfx, column.x, top, column.w);
    return menu_layout(&app->menu, &app->gfx, column.x, top, column.w / 2);
}

/* The notes, then the buttons under them: never over them, so text is made smaller when the
   window cannot hold both. */
static void notes_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    for (int tries = 0; tries < 8; tries++) {
        SDL_Rect column = draw_column(gfx);
        int needed = notes_content(app, column, false) + gfx_px(gfx, 24) +
                     place_buttons(app, column, 0) + gfx_px(gfx, 40);
        if (!draw_shrink_to_fit(gfx, &app->prefs.settings, needed)) break;
    }
    draw_backdrop(gfx, app->play.runtime);
    SDL_Rect column = draw_column(gfx);
    notes_content(app, column, true);
    place_buttons(app, column, gfx->height - gfx_px(gfx, 40) - place_buttons(app, column, 0));
    menu_draw(&app->menu, gfx);
}

const Screen screen_notes = {notes_enter, notes_action, notes_draw, NULL, NULL};
