/* screen_discuss.c: a discussion pause for the room, with a countdown the facilitator runs. */
#include <stdio.h>

#include "app.h"

static void discuss_enter(App *app) { menu_reset(&app->menu, false); }

static void discuss_action(App *app, const Action *action)
{
    WorkshopFlow *flow = app->workshop->flow;
    switch (action->kind) {
    case ACTION_BACK: app_goto(app, SCREEN_PAUSE); return;
    case ACTION_RIGHT: workshop_flow_send(flow, (WorkshopEvent){WEV_COUNTDOWN, 0, 0}, app->now); break;
    case ACTION_LEFT: workshop_flow_send(flow, (WorkshopEvent){WEV_COUNTDOWN_STOP, 0, 0}, app->now); break;
    case ACTION_ACCEPT: app_workshop_send(app, WEV_GO_ON, 0); break;
    default: return;
    }
    app->dirty = true;
}

static void discuss_tick(App *app) { app->dirty = true; }

static void discuss_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const WorkshopShow *show = workshop_flow_show(app->workshop->flow, app->now);
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int y = draw_text(&app->gfx, FONT_BOLD, app_tr(app, "For the room"), column.x, column.y, column.w, gfx->theme.speaker);
    y = draw_text(&app->gfx, FONT_TITLE, show->prompt, column.x, y + gfx_px(gfx, 10), column.w, gfx->theme.text);
    if (show->timed) {
        uint32_t left = (show->ms_left + 999) / 1000;
        char clock[32];
        snprintf(clock, sizeof clock, "%u:%02u", (unsigned)(left / 60), (unsigned)(left % 60));
        y = draw_text(&app->gfx, FONT_TITLE, clock, column.x, y + gfx_px(gfx, 30), column.w, gfx->theme.accent);
        draw_text(&app->gfx, FONT_SMALL, app_tr(app, show->counting ? "Right pauses the countdown; Left stops it."
                                                                       : "Right starts the countdown; Left stops it."),
                      column.x, y + gfx_px(gfx, 6), column.w, gfx->theme.dim);
    }
    draw_text(&app->gfx, FONT_SMALL, app_tr(app, "Enter: go on with the story. Esc: menu. F1: every key."), column.x,
                  gfx->height - gfx_px(gfx, 60), column.w, gfx->theme.dim);
}

const Screen screen_discuss = {discuss_enter, discuss_action, discuss_draw, discuss_tick, NULL};
