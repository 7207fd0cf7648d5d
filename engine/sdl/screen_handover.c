/* screen_handover.c: two players on one screen: "your turn; the other looks away", with the
   choice to pick at once instead. */
#include "app.h"

enum { HANDOVER_READY, HANDOVER_AT_ONCE };

static void handover_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "I'm ready"), NULL, true);
    if (together_flow_show(app->play.together)->offer_at_once)
        menu_add(&app->menu, app_tr(app, "Both choose at once, on your own keys"), NULL, true);
}

static void handover_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK) {
        app_goto(app, SCREEN_PAUSE);
        return;
    }
    if (menu_handle(&app->menu, action) != MENU_CHOSEN) return;
    TogetherEvent event = {TEV_READY, 0, 0};
    if (app->menu.focus == HANDOVER_AT_ONCE) event = (TogetherEvent){TEV_AT_ONCE, 0, 1};
    together_flow_send(app->play.together, event);
    app_goto(app, SCREEN_SCENE);
}

static void handover_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const TogetherShow *show = together_flow_show(app->play.together);
    bool in_private = show->mode == TOGETHER_REVEAL;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    char heading[256], detail[512];
    if (in_private) {
        snprintf(heading, sizeof heading, app_tr(app, "Player %d: choose in private"),
                 show->player + 1);
        snprintf(detail, sizeof detail,
                 app_tr(app, "Player %d, please look away until both have chosen."),
                 2 - show->player);
    } else {
        snprintf(heading, sizeof heading, app_tr(app, "Player %d's turn"), show->player + 1);
        snprintf(detail, sizeof detail,
                 app_tr(app, "Player %d plays %s: the next words are theirs."), show->player + 1,
                 show->view->turn_name ? show->view->turn_name : "");
    }
    SDL_Color color = in_private && show->player ? gfx->theme.coach : gfx->theme.accent;
    int y = draw_text(&app->gfx, FONT_TITLE, heading, column.x, gfx->height / 4, column.w, color);
    draw_text(&app->gfx, FONT_BODY, detail, column.x, y + gfx_px(gfx, 16), column.w,
              gfx->theme.text);
    int width = column.w / 2;
    menu_layout(&app->menu, gfx, column.x,
                gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, width), width);
    menu_draw(&app->menu, gfx);
}

const Screen screen_handover = {handover_enter, handover_action, handover_draw, NULL, NULL};
