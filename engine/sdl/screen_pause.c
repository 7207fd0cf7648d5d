/* screen_pause.c: the pause menu, over the dimmed scene. */
#include "app.h"

/* The last item depends on the mode: the workshop's next group, or together mode's coaching. */
enum {
    PAUSE_RESUME,
    PAUSE_SETTINGS,
    PAUSE_SKIP,
    PAUSE_HELP,
    PAUSE_QUIT,
    PAUSE_MODE_ITEM,
    PAUSE_AT_ONCE
};

static void pause_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "Resume"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Settings"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Skip this scenario"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Help and support"), NULL, true);
    if (app->workshop) {
        menu_add(&app->menu, app_tr(app, "End the session and write the report"), NULL, true);
        menu_add(&app->menu, app_tr(app, "Start the playlist again for the next group"), NULL,
                 true);
    } else menu_add(&app->menu, app_tr(app, "Quit to title (your place is kept)"), NULL, true);
    if (app->together_mode)
        menu_add(&app->menu, app_tr(app, "Show coaching notes to both (only if you both agree)"),
                 app->play.shared_coaching ? "on" : "off", true);
    if (app_reveal_mode(app))
        menu_add(&app->menu, app_tr(app, "Both choose at once, on your own keys"),
                 together_flow_show(app->play.together)->at_once ? "on" : "off", true);
}

/* Back where the pause menu was opened: the scene, a vote (its counts kept), a discussion (its
   clock kept) or a hand-over. */
static void resume(App *app) { app_resume(app, app->paused_from); }

static void pause_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK) {
        resume(app);
        return;
    }
    MenuResult result = menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    if (result != MENU_CHOSEN) return;
    switch (app->menu.focus) {
    case PAUSE_RESUME: resume(app); break;
    case PAUSE_SETTINGS: app_goto(app, SCREEN_SETTINGS); break;
    case PAUSE_SKIP: app_skip_scenario(app); break;
    case PAUSE_HELP: app_goto(app, SCREEN_HELP); break;
    case PAUSE_MODE_ITEM:
        if (app->workshop) {
            app_workshop_send(app, WEV_RESTART, 0);
            break;
        }
        app->play.shared_coaching = !app->play.shared_coaching;
        pause_enter(app);
        app->menu.focus = PAUSE_MODE_ITEM;
        app->dirty = true;
        break;
    case PAUSE_AT_ONCE:   /* this decision starts again in the other way of picking */
        together_flow_send(
            app->play.together,
            (TogetherEvent){TEV_AT_ONCE, 0, !together_flow_show(app->play.together)->at_once});
        app_goto(app, SCREEN_SCENE);
        break;
    case PAUSE_QUIT:
        if (app->workshop) {
            app_workshop_finish(app);
            break;
        }
        app_close_scenario(app);
        app_goto(app, SCREEN_TITLE);
        break;
    default: break;
    }
}

/* "Paused" and the menu, a fifth of the way down, or higher when the menu is long (a workshop's
   at projector scale); text is made smaller when even that does not hold them. */
static void draw_pause_menu(App *app)
{
    Gfx *gfx = &app->gfx;
    int width = 0, title_h = 0, menu_h = 0;
    for (int tries = 0; tries < 8; tries++) {
        SDL_Rect column = draw_column(gfx);
        width = column.w / 2 > gfx_px(gfx, 420) ? column.w / 2 : column.w;
        const Paragraph *title =
            gfx_paragraph(gfx, FONT_TITLE, app_tr(app, "Paused"), width, gfx->theme.accent);
        title_h = (title ? title->height : 0) + gfx_px(gfx, 20);
        menu_h = menu_height(&app->menu, gfx, width);
        if (!draw_shrink_to_fit(gfx, &app->prefs.settings, title_h + menu_h + 2 * column.y)) break;
    }
    int x = (gfx->width - width) / 2, y = gfx->height / 5;
    int margin = draw_column(gfx).y;
    if (y + title_h + menu_h > gfx->height - margin) y = gfx->height - margin - title_h - menu_h;
    if (y < margin) y = margin;
    draw_text(gfx, FONT_TITLE, app_tr(app, "Paused"), x, y, width, gfx->theme.accent);
    menu_layout(&app->menu, gfx, x, y + title_h, width);
    menu_draw(&app->menu, gfx);
}

static void pause_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    Menu choices = app->menu;
    screen_scene.resume(app);   /* the scene's own menu, to draw it as it was */
    bool revealed = app->play.revealed;
    app->play.revealed = true;
    screen_scene.draw(app);
    app->play.revealed = revealed;
    app->menu = choices;
    gfx_fill(gfx, (SDL_Rect){0, 0, gfx->width, gfx->height},
             (SDL_Color){0, 0, 0, gfx->theme.high_contrast ? 235 : 190});
    draw_pause_menu(app);
}

const Screen screen_pause = {pause_enter, pause_action, pause_draw, NULL, NULL};
