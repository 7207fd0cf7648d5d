/* screen_list.c: the scenario list. */
#include <stdio.h>

#include "../core/progress.h"
#include "app.h"
#include "scenario_cards.h"

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
            snprintf(label, sizeof label, "%s%s%s", entry->title,
                     app->together_mode && entry->two_roles ? app_tr(app, "  (two roles)") : "",
                     endings ? "  (finished)" : "");
            snprintf(detail, sizeof detail, app_tr(app, "%s About %d min.%s%s%s%s"), entry->blurb,
                     entry->minutes, entry->notes[0] ? app_tr(app, " Content notes: ") : "",
                     entry->notes, endings ? app_tr(app, " Endings reached: ") : "",
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
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    const char *title =
        app->together_mode ? "Play together: choose a scenario" : "Choose a scenario";
    int y = draw_text(&app->gfx, FONT_TITLE, app_tr(app, title), column.x, column.y, column.w,
                      gfx->theme.accent);
    if (app->together_mode)   /* what the mark means, and what the others are like for two */
        y = draw_text(&app->gfx, FONT_SMALL,
                      app_tr(app, "In a scenario with two roles each of you plays a side; "
                                  "in the others you both choose, then compare."),
                      column.x, y + gfx_px(gfx, 6), column.w, gfx->theme.dim);
    if (!app->catalogue.count) {   /* a damaged install, or a facilitator's empty folder */
        char empty[4600];
        snprintf(empty, sizeof empty,
                 app_tr(app, "There are no scenarios in %s/scripts/scenarios. Put scenario files "
                             "(.lua) there, or write one: heartlines new NAME."),
                 app->cli->data_dir);
        y = draw_text(&app->gfx, FONT_BODY, empty, column.x, y + gfx_px(gfx, 10), column.w,
                      gfx->theme.coach);
    }
    int top = y + gfx_px(gfx, 20), bottom = gfx->height - gfx_px(gfx, 20);
    cards_layout(app, column, top, bottom);
    SDL_Rect clip = {0, top - gfx_px(gfx, 4), gfx->width, bottom - top + gfx_px(gfx, 8)};
    SDL_RenderSetClipRect(gfx->renderer, &clip);   /* cards scroll under the heading, not over */
    cards_draw(app);
    SDL_RenderSetClipRect(gfx->renderer, NULL);
}

const Screen screen_list = {list_enter, list_action, list_draw, NULL, NULL};
