/* screen_title.c: the title screen, the scenario list, and the content notes before a scenario. */
#include <stdio.h>
#include <string.h>

#include "../core/progress.h"
#include "../core/resume.h"
#include "app.h"
#include "workshop_run.h"

/* The title menu in order; "Resume" shows only when there is an autosave. */
enum { TITLE_RESUME, TITLE_PLAY, TITLE_TOGETHER, TITLE_WORKSHOP, TITLE_JOURNAL, TITLE_SETTINGS, TITLE_HELP, TITLE_QUIT };

static bool has_resume(const App *app)
{
    const char *path;
    uint64_t seed;
    return resume_target(&app->prefs.stores[PREF_AUTOSAVE], &path, &seed);
}

static void title_enter(App *app)
{
    menu_reset(&app->menu, false);
    if (has_resume(app)) menu_add(&app->menu, app_tr(app, "Resume where you left off"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Play a scenario"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Play together (two people, one screen)"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Workshop (a facilitator and a room)"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Skills journal"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Settings"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Help and support"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Quit"), NULL, true);
}

static void resume(App *app)
{
    const char *path;
    uint64_t seed;
    Store *autosave = &app->prefs.stores[PREF_AUTOSAVE];
    if (!resume_target(autosave, &path, &seed)) return;
    char saved_path[4096];
    snprintf(saved_path, sizeof saved_path, "%s", path);
    app->together_mode = false;
    app_open_scenario(app, saved_path);
    if (app->screen != SCREEN_NOTES) return;
    app->play.seed = seed;
    app_start_play(app, NULL, 0);
    if (!app->play.runtime) return;
    resume_replay(app->play.runtime, autosave, app->play.notice, sizeof app->play.notice);
    screen_scene.enter(app);
}

static void title_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK) {
        app->running = false;
        return;
    }
    MenuResult result = menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    if (result != MENU_CHOSEN) return;
    switch (app->menu.focus + (has_resume(app) ? TITLE_RESUME : TITLE_PLAY)) {
    case TITLE_RESUME: resume(app); break;
    case TITLE_PLAY:
    case TITLE_TOGETHER:
        app->together_mode = app->menu.focus + (has_resume(app) ? TITLE_RESUME : TITLE_PLAY) == TITLE_TOGETHER;
        app_goto(app, SCREEN_LIST);
        break;
    case TITLE_SETTINGS: app_goto(app, SCREEN_SETTINGS); break;
    case TITLE_HELP: app_goto(app, SCREEN_HELP); break;
    case TITLE_WORKSHOP: app_start_workshop(app, NULL, 0, NULL); break;
    case TITLE_JOURNAL: app_goto(app, SCREEN_JOURNAL); break;
    case TITLE_QUIT: app->running = false; break;
    default: break;
    }
}

static void title_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
    int y = column.y;
    y = app_draw_text(app, FONT_TITLE, app_tr(app, "Heartlines"), column.x, y, column.w, gfx->theme.accent);
    y = app_draw_text(app, FONT_BODY, app_tr(app, "Practise the conversations that matter."), column.x, y + gfx_px(gfx, 8),
                      column.w, gfx->theme.text);
    const char *footer_text = "A practice tool for relationship skills, not therapy. If someone frightens you or you "
                              "are not safe, Help lists where to find support.";
    const Paragraph *footer = gfx_paragraph(gfx, FONT_SMALL, footer_text, column.w, gfx->theme.dim);
    const Paragraph *notice = gfx_paragraph(gfx, FONT_SMALL, app->prefs.notice, column.w, gfx->theme.coach);
    int footer_top = gfx->height - gfx_px(gfx, 20) - (footer ? footer->height : 0) - (notice ? notice->height : 0);
    /* At large text sizes the menu may not fit above the footer: it scrolls to keep the focus in view. */
    int menu_top = y + gfx_px(gfx, 30);
    menu_layout(&app->menu, gfx, column.x, menu_top, column.w * 2 / 3);
    menu_scroll_to_focus(&app->menu, menu_top, footer_top - gfx_px(gfx, 10));
    SDL_Rect clip = {0, menu_top, gfx->width, footer_top - gfx_px(gfx, 10) - menu_top};
    SDL_RenderSetClipRect(gfx->renderer, &clip);
    menu_draw(&app->menu, gfx);
    SDL_RenderSetClipRect(gfx->renderer, NULL);
    gfx_draw_paragraph(gfx, notice, column.x, footer_top, -1);
    gfx_draw_paragraph(gfx, footer, column.x, footer_top + (notice ? notice->height : 0), -1);
}

const Screen screen_title = {title_enter, title_action, title_draw, NULL};

/* The scenario list. */

static void list_enter(App *app)
{
    if (!app->catalogue_ready) {
        char dir[4300];
        snprintf(dir, sizeof dir, "%s/scripts/scenarios", app->cli->data_dir);
        catalogue_scan(&app->catalogue, dir, &app->cli->loader);
        app->catalogue_ready = true;
    }
    menu_reset(&app->menu, true);
    for (int i = 0; i < app->catalogue.count && i < MENU_MAX_ITEMS - 1; i++) {
        const CatalogueEntry *entry = &app->catalogue.entries[i];
        char label[1024], detail[1024];
        const char *endings = progress_endings(&app->prefs.stores[PREF_PROGRESS], entry->id);
        if (entry->broken) {
            snprintf(label, sizeof label, app_tr(app, "%s (cannot be played)"), entry->title);
            snprintf(detail, sizeof detail, "%s", entry->error);
        } else {
            snprintf(label, sizeof label, "%s%s", entry->title, endings ? "  (finished)" : "");
            snprintf(detail, sizeof detail, app_tr(app, "%s About %d min.%s%s%s%s"), entry->blurb, entry->minutes,
                     entry->notes[0] ? app_tr(app, " Content notes: ") : "", entry->notes,
                     endings ? app_tr(app, " Endings reached: ") : "",
                     endings ? endings : "");
        }
        menu_add(&app->menu, label, NULL, true);
        menu_detail(&app->menu, detail);
    }
    menu_add(&app->menu, app_tr(app, "Back"), NULL, true);
}

static void list_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK) {
        app_goto(app, SCREEN_TITLE);
        return;
    }
    MenuResult result = menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    if (result != MENU_CHOSEN) return;
    if (app->menu.focus >= app->catalogue.count) app_goto(app, SCREEN_TITLE);
    else app_open_scenario(app, app->catalogue.entries[app->menu.focus].path);
}

/* Lays the list out so the focused item is always on screen. */
static void list_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
    int y = app_draw_text(app, FONT_TITLE, app_tr(app, "Choose a scenario"), column.x, column.y, column.w, gfx->theme.accent);
    if (!app->catalogue.count) {   /* a damaged install, or a facilitator's empty folder */
        char empty[4600];
        snprintf(empty, sizeof empty, app_tr(app, "There are no scenarios in %s/scripts/scenarios. Put scenario files "
                                                  "(.lua) there, or write one: heartlines new NAME."),
                 app->cli->data_dir);
        y = app_draw_text(app, FONT_BODY, empty, column.x, y + gfx_px(gfx, 10), column.w, gfx->theme.coach);
    }
    y += gfx_px(gfx, 20);
    menu_layout(&app->menu, gfx, column.x, y, column.w);
    menu_scroll_to_focus(&app->menu, 0, gfx->height - gfx_px(gfx, 20));
    menu_draw(&app->menu, gfx);
}

const Screen screen_list = {list_enter, list_action, list_draw, NULL};

/* Content notes, before play starts. */

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
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
    int y = app_draw_text(app, FONT_TITLE, scenario->title, column.x, column.y, column.w, gfx->theme.accent);
    if (scenario->blurb) y = app_draw_text(app, FONT_BODY, scenario->blurb, column.x, y + gfx_px(gfx, 10), column.w, gfx->theme.text);
    if (scenario->minutes) {
        char minutes[64];
        snprintf(minutes, sizeof minutes, app_tr(app, "About %d minutes."), scenario->minutes);
        y = app_draw_text(app, FONT_SMALL, minutes, column.x, y + gfx_px(gfx, 6), column.w, gfx->theme.dim);
    }
    if (scenario->note_count) {
        y = app_draw_text(app, FONT_BOLD, app_tr(app, "Content notes"), column.x, y + gfx_px(gfx, 24), column.w, gfx->theme.speaker);
        for (int i = 0; i < scenario->note_count; i++) {
            char note[1100];
            snprintf(note, sizeof note, "- %s", scenario->notes[i]);
            y = app_draw_text(app, FONT_BODY, note, column.x, y + gfx_px(gfx, 4), column.w, gfx->theme.text);
        }
    }
    app_draw_text(app, FONT_SMALL, app_tr(app, "You can leave at any time: End leaves a scenario at once, and Esc opens a menu."), column.x,
                  y + gfx_px(gfx, 16), column.w, gfx->theme.dim);
    int menu_h = menu_height(&app->menu, gfx, column.w / 2);
    menu_layout(&app->menu, gfx, column.x, gfx->height - gfx_px(gfx, 40) - menu_h, column.w / 2);
    menu_draw(&app->menu, gfx);
}

const Screen screen_notes = {notes_enter, notes_action, notes_draw, NULL};
