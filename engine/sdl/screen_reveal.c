/* screen_reveal.c: both players' private picks, side by side. When they differ the players choose
   whose the story follows; the focus starts on the one whose turn it is to lead. */
#include <stdio.h>

#include "app.h"
#include "stage_text.h"

static void reveal_enter(App *app)
{
    const TogetherShow *show = together_flow_show(app->play.together);
    menu_reset(&app->menu, false);
    if (show->agreed) {
        menu_add(&app->menu, app_tr(app, "Continue"), NULL, true);
        return;
    }
    for (int p = 0; p < PLAYERS; p++) {
        char label[128];
        snprintf(label, sizeof label, app_tr(app, "Follow player %d's choice"), p + 1);
        menu_add(&app->menu, label, NULL, true);
    }
    app->menu.focus = show->leader;
}

static void reveal_action(App *app, const Action *action)
{
    if (menu_handle(&app->menu, action) != MENU_CHOSEN) return;
    TogetherFlow *flow = app->play.together;
    int player = together_flow_show(flow)->agreed ? -1 : app->menu.focus;
    if (!together_flow_send(flow, (TogetherEvent){TEV_FOLLOW, player, 0})) return;
    app_after_choice(app);
    app_goto(app, SCREEN_SCENE);
}

static void reveal_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const TogetherShow *show = together_flow_show(app->play.together);
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int y = draw_text(&app->gfx, FONT_TITLE, app_tr(app, "Both have chosen"), column.x, column.y,
                      column.w, gfx->theme.accent);
    int half = (column.w - gfx_px(gfx, 30)) / 2, bottom = y;
    for (int p = 0; p < PLAYERS; p++) {
        int x = column.x + p * (half + gfx_px(gfx, 30));
        char who[64];
        snprintf(who, sizeof who, app_tr(app, "Player %d"), p + 1);
        int py = draw_text(&app->gfx, FONT_BOLD, who, x, y + gfx_px(gfx, 24), half,
                           p ? gfx->theme.coach : gfx->theme.accent);
        SDL_Rect at = {x, py + gfx_px(gfx, 6), half, 0};
        py = at.y + stage_text(gfx, FONT_BODY, show->view->choices[show->picks[p]].text, at,
                               gfx->theme.text, -1, true);
        bottom = py > bottom ? py : bottom;
    }
    char outcome[256];
    if (show->agreed)
        snprintf(outcome, sizeof outcome, "%s", app_tr(app, "You agreed."));
    else
        snprintf(outcome, sizeof outcome,
                 app_tr(app, "You chose differently. It is player %d's turn to lead; "
                             "the story follows whichever you pick."),
                 show->leader + 1);
    y = draw_text(&app->gfx, FONT_BODY, outcome, column.x, bottom + gfx_px(gfx, 30), column.w,
                  gfx->theme.dim);
    if (show->reaction) /* the scenario's own word on it */
        draw_text(&app->gfx, FONT_BODY, show->reaction, column.x, y + gfx_px(gfx, 12), column.w,
                  gfx->theme.coach);
    int width = column.w / 2;
    menu_layout(&app->menu, gfx, column.x,
                gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, width), width);
    menu_draw(&app->menu, gfx);
}

const Screen screen_reveal = {reveal_enter, reveal_action, reveal_draw, NULL, NULL};
