/* together_at_once.c: two players picking at the same time, each on their own keys or gamepad:
   the keys each has, which player an action picks for, and who has picked so far. */
#include <stdio.h>

#include "app.h"

/* At once, player 1 has the keys 1 to 5 and player 2 the last keys of the row, ending at 0
   (four options: 7, 8, 9, 0); on a gamepad, A, B, X, Y and the right shoulder. */
static const SDL_GameControllerButton pad_buttons[TOGETHER_AT_ONCE_MAX] = {
    SDL_CONTROLLER_BUTTON_A, SDL_CONTROLLER_BUTTON_B, SDL_CONTROLLER_BUTTON_X,
    SDL_CONTROLLER_BUTTON_Y, SDL_CONTROLLER_BUTTON_RIGHTSHOULDER};

static int second_key(int index, int count) { return (11 - count + index) % 10; }

bool app_picks_at_once(const App *app)
{
    return app->play.together && together_flow_show(app->play.together)->stage == TOGETHER_AT_ONCE;
}

void together_at_once_menu(App *app)
{
    const View *view = runtime_view(app->play.runtime);
    menu_reset(&app->menu, false);
    for (int i = 0; i < view->choice_count; i++) {
        char label[1100];
        snprintf(label, sizeof label, "%d \xc2\xb7 %d   %s%s", i + 1,
                 second_key(i, view->choice_count), view->choices[i].locked ? "(not now) " : "",
                 view->choices[i].text);
        menu_add(&app->menu, label, NULL, !view->choices[i].locked);
    }
    app->menu.focus = -1;
}

/* The player a gamepad belongs to: the first one connected is player 1's, the second player 2's. */
static int pad_player(const App *app, int pad)
{
    for (int slot = 0, player = 0; slot < 4 && player < PLAYERS; slot++) {
        if (!app->controllers[slot]) continue;
        if (SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(app->controllers[slot])) ==
            pad - 1)
            return player;
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
    TogetherFlow *flow = app->play.together;
    int player, index;
    if (!read_pick(app, action, runtime_view(app->play.runtime)->choice_count, &player, &index))
        return false;
    if (together_flow_send(flow, (TogetherEvent){TEV_PICK, player, index})) {
        if (together_flow_show(flow)->stage == TOGETHER_BOTH_IN) app_goto(app, SCREEN_REVEAL);
        app->dirty = true;
    }
    return true;
}

void together_at_once_status(const App *app, char *out, size_t size)
{
    const TogetherShow *show = together_flow_show(app->play.together);
    int count = show->view->choice_count;
    char who[PLAYERS][160];
    for (int p = 0; p < PLAYERS; p++) {
        bool in = show->picked[p];
        int first = p ? second_key(0, count) : 1, last = p ? second_key(count - 1, count) : count;
        snprintf(who[p], sizeof who[p],
                 app_tr(app, in ? "Player %d, keys %d-%d: chosen"
                                : "Player %d, keys %d-%d: still choosing"),
                 p + 1, first, last);
    }
    snprintf(out, size, "%s \xc2\xb7 %s \xc2\xb7 %s", who[0], who[1],
             app_tr(app, "each pick stays hidden until both are in."));
}
