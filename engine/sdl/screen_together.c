/* screen_together.c: two players on one screen: the hand-over ("your turn; the other looks
   away") and the reveal of both private picks, side by side. When the picks differ the players
   choose whose the story follows; the focus starts on the one whose turn it is to lead. */
#include <stdio.h>

#include "app.h"

static void handover_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "I'm ready"), NULL, true);
}

static void handover_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK) {
        app_goto(app, SCREEN_PAUSE);
        return;
    }
    if (menu_handle(&app->menu, action) != MENU_CHOSEN) return;
    app->screen = SCREEN_SCENE;
    app->dirty = true;
    screen_scene.enter(app);
}

static void handover_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Play *play = &app->play;
    const View *view = runtime_view(play->runtime);
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
    char heading[256], detail[512];
    if (app_reveal_mode(app)) {
        snprintf(heading, sizeof heading, app_tr(app, "Player %d: choose in private"), play->picker + 1);
        snprintf(detail, sizeof detail, app_tr(app, "Player %d, please look away until both have chosen."), 2 - play->picker);
    } else {
        const Scenario *scenario = play->loaded.scenario;
        int player = view->turn == scenario->roles[0] ? 1 : 2;
        snprintf(heading, sizeof heading, app_tr(app, "Player %d's turn"), player);
        snprintf(detail, sizeof detail, app_tr(app, "Player %d plays %s: the next words are theirs."), player,
                 view->turn_name ? view->turn_name : "");
    }
    SDL_Color color = app_reveal_mode(app) ? (play->picker ? gfx->theme.coach : gfx->theme.accent) : gfx->theme.accent;
    int y = app_draw_text(app, FONT_TITLE, heading, column.x, gfx->height / 4, column.w, color);
    app_draw_text(app, FONT_BODY, detail, column.x, y + gfx_px(gfx, 16), column.w, gfx->theme.text);
    int width = column.w / 2;
    menu_layout(&app->menu, gfx, column.x, gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, width), width);
    menu_draw(&app->menu, gfx);
}

const Screen screen_handover = {handover_enter, handover_action, handover_draw, NULL};

static bool picks_agree(const Together *together) { return together->pending[0] == together->pending[1]; }

static void reveal_enter(App *app)
{
    const Together *together = &app->play.together;
    menu_reset(&app->menu, false);
    if (picks_agree(together)) {
        menu_add(&app->menu, app_tr(app, "Continue"), NULL, true);
        return;
    }
    for (int p = 0; p < PLAYERS; p++) {
        char label[128];
        snprintf(label, sizeof label, app_tr(app, "Follow player %d's choice"), p + 1);
        menu_add(&app->menu, label, NULL, true);
    }
    app->menu.focus = together->leader;
}

static void reveal_action(App *app, const Action *action)
{
    if (menu_handle(&app->menu, action) != MENU_CHOSEN) return;
    Play *play = &app->play;
    if (!picks_agree(&play->together)) together_follow(&play->together, app->menu.focus);
    if (!together_reveal(&play->together)) return;
    play->picker = -1;
    app_after_choice(app);
    app->screen = SCREEN_SCENE;
    app->dirty = true;
    screen_scene.enter(app);
}

static void reveal_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Play *play = &app->play;
    const View *view = runtime_view(play->runtime);
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
    int y = app_draw_text(app, FONT_TITLE, app_tr(app, "Both have chosen"), column.x, column.y, column.w, gfx->theme.accent);
    int half = (column.w - gfx_px(gfx, 30)) / 2, bottom = y;
    for (int p = 0; p < PLAYERS; p++) {
        int x = column.x + p * (half + gfx_px(gfx, 30));
        char who[64];
        snprintf(who, sizeof who, app_tr(app, "Player %d"), p + 1);
        int py = app_draw_text(app, FONT_BOLD, who, x, y + gfx_px(gfx, 24), half, p ? gfx->theme.coach : gfx->theme.accent);
        py = app_draw_text(app, FONT_BODY, view->choices[play->together.pending[p]].text, x, py + gfx_px(gfx, 6), half,
                           gfx->theme.text);
        bottom = py > bottom ? py : bottom;
    }
    char outcome[256];
    if (picks_agree(&play->together)) snprintf(outcome, sizeof outcome, "%s", app_tr(app, "You agreed."));
    else snprintf(outcome, sizeof outcome, app_tr(app, "You chose differently. It is player %d's turn to lead; "
                                                       "the story follows whichever you pick."),
                  play->together.leader + 1);
    app_draw_text(app, FONT_BODY, outcome, column.x, bottom + gfx_px(gfx, 30), column.w, gfx->theme.dim);
    int width = column.w / 2;
    menu_layout(&app->menu, gfx, column.x, gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, width), width);
    menu_draw(&app->menu, gfx);
}

const Screen screen_reveal = {reveal_enter, reveal_action, reveal_draw, NULL};
