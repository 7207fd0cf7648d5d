/* screen_together.c: two players on one screen: the hand-over ("your turn; the other looks
   away"), or both picking at once on their own keys, and the reveal of both private picks, side
   by side. When the picks differ the players choose whose the story follows; the focus starts on
   the one whose turn it is to lead. */
#include <stdio.h>

#include "app.h"

/* At once, player 1 has the keys 1 to 5 and player 2 the last keys of the row, ending at 0
   (four options: 7, 8, 9, 0); on a gamepad, A, B, X, Y and the right shoulder. */
enum { AT_ONCE_MAX = 5 };
static const SDL_GameControllerButton pad_buttons[AT_ONCE_MAX] = {
    SDL_CONTROLLER_BUTTON_A, SDL_CONTROLLER_BUTTON_B, SDL_CONTROLLER_BUTTON_X, SDL_CONTROLLER_BUTTON_Y,
    SDL_CONTROLLER_BUTTON_RIGHTSHOULDER};

static int second_key(int index, int count) { return (11 - count + index) % 10; }

static bool can_pick_at_once(const View *view) { return view->kind == VIEW_CHOOSE && view->choice_count <= AT_ONCE_MAX; }

bool app_picks_at_once(const App *app)
{
    return app_reveal_mode(app) && app->play.picks_at_once && can_pick_at_once(runtime_view(app->play.runtime));
}

void together_at_once_menu(App *app)
{
    const View *view = runtime_view(app->play.runtime);
    menu_reset(&app->menu, false);
    for (int i = 0; i < view->choice_count; i++) {
        char label[1100];
        snprintf(label, sizeof label, "%d \xc2\xb7 %d   %s%s", i + 1, second_key(i, view->choice_count),
                 view->choices[i].locked ? "(not now) " : "", view->choices[i].text);
        menu_add(&app->menu, label, NULL, !view->choices[i].locked);
    }
    app->menu.focus = -1;
}

/* The player a gamepad belongs to: the first one connected is player 1's, the second player 2's. */
static int pad_player(const App *app, int pad)
{
    for (int slot = 0, player = 0; slot < 4 && player < PLAYERS; slot++) {
        if (!app->controllers[slot]) continue;
        if (SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(app->controllers[slot])) == pad - 1) return player;
        player++;
    }
    return -1;
}

/* Which player an action picks for, and which option; false when it is no pick. */
static bool read_pick(const App *app, const Action *action, int count, int *player, int *index)
{
    for (int i = 0; i < count; i++) {
        bool first = action->kind == ACTION_NUMBER && action->value == i + 1;
        bool second = action->kind == ACTION_NUMBER && action->value == second_key(i, count);
        bool button = action->pad && action->value == (int)pad_buttons[i];
        if (!first && !second && !button) continue;
        *player = button ? pad_player(app, action->pad) : second;
        *index = i;
        return *player >= 0;
    }
    return false;
}

bool together_pick_at_once(App *app, const Action *action)
{
    Play *play = &app->play;
    int player, index;
    if (!read_pick(app, action, runtime_view(play->runtime)->choice_count, &player, &index)) return false;
    if (together_pick(&play->together, player, index)) {
        if (together_both_picked(&play->together)) app_goto(app, SCREEN_REVEAL);
        app->dirty = true;
    }
    return true;
}

void together_at_once_status(const App *app, char *out, size_t size)
{
    int count = runtime_view(app->play.runtime)->choice_count;
    char who[PLAYERS][160];
    for (int p = 0; p < PLAYERS; p++) {
        bool in = app->play.together.pending[p] != PICK_NONE;
        int first = p ? second_key(0, count) : 1, last = p ? second_key(count - 1, count) : count;
        snprintf(who[p], sizeof who[p], app_tr(app, in ? "Player %d, keys %d-%d: chosen" : "Player %d, keys %d-%d: still choosing"),
                 p + 1, first, last);
    }
    snprintf(out, size, "%s \xc2\xb7 %s \xc2\xb7 %s", who[0], who[1], app_tr(app, "each pick stays hidden until both are in."));
}

enum { HANDOVER_READY, HANDOVER_AT_ONCE };

static void handover_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "I'm ready"), NULL, true);
    if (app_reveal_mode(app) && app->play.picker == 0 && can_pick_at_once(runtime_view(app->play.runtime)))
        menu_add(&app->menu, app_tr(app, "Both choose at once, on your own keys"), NULL, true);
}

static void handover_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK) {
        app_goto(app, SCREEN_PAUSE);
        return;
    }
    if (menu_handle(&app->menu, action) != MENU_CHOSEN) return;
    if (app->menu.focus == HANDOVER_AT_ONCE) app->play.picks_at_once = true, app->play.picker = -1;
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
    y = app_draw_text(app, FONT_BODY, outcome, column.x, bottom + gfx_px(gfx, 30), column.w, gfx->theme.dim);
    const char *reaction = together_reaction(&play->together);   /* the scenario's own word on it */
    if (reaction) app_draw_text(app, FONT_BODY, reaction, column.x, y + gfx_px(gfx, 12), column.w, gfx->theme.coach);
    int width = column.w / 2;
    menu_layout(&app->menu, gfx, column.x, gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, width), width);
    menu_draw(&app->menu, gfx);
}

const Screen screen_reveal = {reveal_enter, reveal_action, reveal_draw, NULL};
