/* screen_discuss.c: a discussion pause for the room, with a countdown the facilitator runs. */
#include <stdio.h>

#include "app.h"

static void discuss_enter(App *app)
{
    menu_reset(&app->menu, false);
    app->workshop->discussion_began = app->now;
}

/* Back from the pause menu: the countdown and the time the discussion began are kept. */
static void discuss_resume(App *app) { menu_reset(&app->menu, false); }

static void discuss_action(App *app, const Action *action)
{
    WorkshopRun *ws = app->workshop;
    switch (action->kind) {
    case ACTION_BACK: app_goto(app, SCREEN_PAUSE); return;
    case ACTION_RIGHT:
        if (ws->countdown.running) countdown_pause(&ws->countdown, app->now);
        else countdown_start(&ws->countdown, app->now);
        break;
    case ACTION_LEFT: countdown_skip(&ws->countdown, app->now); break;
    case ACTION_ACCEPT: {
        const Node *node = &app->play.loaded.scenario->nodes[runtime_view(app->play.runtime)->node];
        session_log_pause(&ws->session, node->id, node->discuss, (app->now - ws->discussion_began) / 1000);
        app_goto(app, SCREEN_SCENE);
        break;
    }
    default: return;
    }
    app->dirty = true;
}

static void discuss_tick(App *app) { app->dirty = true; }

static void discuss_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    WorkshopRun *ws = app->workshop;
    const Node *node = &app->play.loaded.scenario->nodes[runtime_view(app->play.runtime)->node];
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int y = draw_text(&app->gfx, FONT_BOLD, app_tr(app, "For the room"), column.x, column.y, column.w, gfx->theme.speaker);
    y = draw_text(&app->gfx, FONT_TITLE, node->discuss, column.x, y + gfx_px(gfx, 10), column.w, gfx->theme.text);
    if (ws->countdown.length) {
        uint32_t left = (countdown_remaining(&ws->countdown, app->now) + 999) / 1000;
        char clock[32];
        snprintf(clock, sizeof clock, "%u:%02u", (unsigned)(left / 60), (unsigned)(left % 60));
        y = draw_text(&app->gfx, FONT_TITLE, clock, column.x, y + gfx_px(gfx, 30), column.w, gfx->theme.accent);
        draw_text(&app->gfx, FONT_SMALL, app_tr(app, ws->countdown.running ? "Right pauses the countdown; Left stops it."
                                                                       : "Right starts the countdown; Left stops it."),
                      column.x, y + gfx_px(gfx, 6), column.w, gfx->theme.dim);
    }
    draw_text(&app->gfx, FONT_SMALL, app_tr(app, "Enter: go on with the story. Esc: menu. F1: every key."), column.x,
                  gfx->height - gfx_px(gfx, 60), column.w, gfx->theme.dim);
}

const Screen screen_discuss = {discuss_enter, discuss_action, discuss_draw, discuss_tick, discuss_resume};
