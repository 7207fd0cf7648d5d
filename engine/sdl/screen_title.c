/* screen_title.c: the title screen. */
#include <stdio.h>

#include "../core/resume.h"
#include "app.h"

/* The title menu in order; "Resume" shows only when there is an autosave. */
enum {
    TITLE_RESUME,
    TITLE_PLAY,
    TITLE_TOGETHER,
    TITLE_WORKSHOP,
    TITLE_JOURNAL,
    TITLE_SETTINGS,
    TITLE_HELP,
    TITLE_QUIT
};

static bool has_resume(const App *app)
{
    const char *path;
    uint64_t seed;
    return resume_target(&app->prefs.stores[PREF_AUTOSAVE], &path, &seed);
}

static void title_enter(App *app)
{
    menu_reset(&app->menu, false);
    app->menu.quiet = true;   /* a calm page: words, and one button where the focus is */
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
    const char *side = store_get(autosave, "side");
    app->play.side = side && (side[0] == '1' || side[0] == '2') ? side[0] - '0' : 0;
    app_start_play(app, NULL, 0);
    if (!app->play.runtime) return;
    resume_replay(app->play.runtime, autosave, app->play.notice, sizeof app->play.notice);
    app_goto(app, SCREEN_SCENE);
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
        app->together_mode =
            app->menu.focus + (has_resume(app) ? TITLE_RESUME : TITLE_PLAY) == TITLE_TOGETHER;
        app_goto(app, SCREEN_LIST);
        break;
    case TITLE_SETTINGS: app_goto(app, SCREEN_SETTINGS); break;
    case TITLE_HELP: app_goto(app, SCREEN_HELP); break;
    case TITLE_WORKSHOP: app_goto(app, SCREEN_WORKSHOP_START); break;
    case TITLE_JOURNAL: app_goto(app, SCREEN_JOURNAL); break;
    case TITLE_QUIT: app->running = false; break;
    default: break;
    }
}

static void title_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int y = column.y;
    y = draw_text(&app->gfx, FONT_TITLE, app_tr(app, "Heartlines"), column.x, y, column.w,
                  gfx->theme.accent);
    y = draw_text(&app->gfx, FONT_BODY, app_tr(app, "Practise the conversations that matter."),
                  column.x, y + gfx_px(gfx, 8), column.w, gfx->theme.text);
    const char *footer_text =
        "A practice tool for relationship skills, not therapy. If someone frightens you or you "
        "are not safe, Help lists where to find support.";
    const Paragraph *footer = gfx_paragraph(gfx, FONT_SMALL, footer_text, column.w, gfx->theme.dim);
    const Paragraph *notice =
        gfx_paragraph(gfx, FONT_SMALL, app->prefs.notice, column.w, gfx->theme.coach);
    int footer_top = gfx->height - gfx_px(gfx, 20) - (footer ? footer->height : 0) -
                     (notice ? notice->height : 0);
    /* At large text sizes the menu may not fit above the footer: it scrolls to keep the focus in
     * view. */
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

const Screen screen_title = {title_enter, title_action, title_draw, NULL, NULL};
