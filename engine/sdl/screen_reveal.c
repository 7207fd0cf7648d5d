/* screen_reveal.c: both players' private picks, side by side. When they differ the players choose
   whose the story follows; the focus starts on the one whose turn it is to lead. */
#include <stdio.h>

#include "app.h"
#include "stage_text.h"

static bool picks_agree(const Together *together)
{
    return together->pending[0] == together->pending[1];
}

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
    app_goto(app, SCREEN_SCENE);
}

static void reveal_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Play *play = &app->play;
    const View *view = runtime_view(play->runtime);
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
        py = at.y + stage_text(gfx, FONT_BODY, view->choices[play->together.pending[p]].text, at,
                               gfx->theme.text, -1, true);
        bottom = py > bottom ? py : bottom;
    }
    char outcome[256];
    if (picks_agree(&play->together))
        snprintf(outcome, sizeof outcome, "%s", app_tr(app, "You agreed."));
    else
        snprintf(outcome, sizeof outcome,
                 app_tr(app, "You chose differently. It is player %d's turn to lead; "
                             "the story follows whichever you pick."),
                 play->together.leader + 1);
    y = draw_text(&app->gfx, FONT_BODY, outcome, column.x, bottom + gfx_px(gfx, 30), column.w,
                  gfx->theme.dim);
    const char *reaction = together_reaction(&play->together);   /* the scenario's own word on it */
    if (reaction)
        draw_text(&app->gfx, FONT_BODY, reaction, column.x, y + gfx_px(gfx, 12), column.w,
                  gfx->theme.coach);
    int width = column.w / 2;
    menu_layout(&app->menu, gfx, column.x,
                gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, width), width);
    menu_draw(&app->menu, gfx);
}

const Screen screen_reveal = {reveal_enter, reveal_action, reveal_draw, NULL, NULL};
