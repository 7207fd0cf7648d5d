/* screen_discuss.c: a discussion pause for the room, with a countdown the facilitator runs. */
#include <stdio.h>

#include "app.h"
#include "workshop_phones.h"

static void discuss_enter(App *app) { menu_reset(&app->menu, false); }

static void discuss_action(App *app, const Action *action)
{
    WorkshopFlow *flow = app->workshop->flow;
    switch (action->kind) {
    case ACTION_BACK: app_goto(app, SCREEN_PAUSE); return;
    case ACTION_RIGHT:
        workshop_flow_send(flow, (WorkshopEvent){WEV_COUNTDOWN, 0, 0}, app->now);
        break;
    case ACTION_UP:
    case ACTION_DOWN:   /* a minute more, or less */
        workshop_flow_send(
            flow,
            (WorkshopEvent){WEV_COUNTDOWN_ADJUST, 0, action->kind == ACTION_UP ? 60000 : -60000},
            app->now);
        break;
    case ACTION_LEFT:
        workshop_flow_send(flow, (WorkshopEvent){WEV_COUNTDOWN_STOP, 0, 0}, app->now);
        break;
    case ACTION_ACCEPT: app_workshop_send(app, WEV_GO_ON, 0); app->dirty = true; return;
    default: return;
    }
    workshop_phones_discussion(app);   /* the phones' clock follows the projector's */
    app->dirty = true;
}

static void discuss_tick(App *app) { app->dirty = true; }

static void discuss_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const WorkshopShow *show = workshop_flow_show(app->workshop->flow, app->now);
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int y = draw_text(&app->gfx, FONT_BOLD, app_tr(app, "For the room"), column.x, column.y,
                      column.w, gfx->theme.speaker);
    y = draw_text(&app->gfx, FONT_TITLE, show->prompt, column.x, y + gfx_px(gfx, 10), column.w,
                  gfx->theme.text);
    if (show->timed) {
        uint32_t left = (show->ms_left + 999) / 1000;
        char clock[32];
        snprintf(clock, sizeof clock, "%u:%02u", (unsigned)(left / 60), (unsigned)(left % 60));
        if (show->over) snprintf(clock, sizeof clock, "%s", app_tr(app, "0:00. Time to go on."));
        int top = y + gfx_px(gfx, 30);
        if (show->over) /* a cue the room sees from the back: the clock on a block of the accent
                           colour */
            gfx_fill(gfx,
                     (SDL_Rect){column.x - gfx_px(gfx, 8), top - gfx_px(gfx, 4),
                                column.w + gfx_px(gfx, 16),
                                gfx->font_px[FONT_TITLE] + gfx_px(gfx, 16)},
                     gfx->theme.accent);
        y = draw_text(&app->gfx, FONT_TITLE, clock, column.x, top, column.w,
                      show->over ? (SDL_Color){0, 0, 0, 255} : gfx->theme.accent);
        const char *keys =
            show->restarts ? "Right starts the countdown again. Up and Down: a minute more or less."
            : show->counting
                ? "Right pauses the countdown; Left stops it. Up and Down: a minute more or less."
                : "Right starts the countdown; Left stops it. Up and Down: a minute more or less.";
        if (!app->audience)
            draw_text(&app->gfx, FONT_SMALL, app_tr(app, keys), column.x, y + gfx_px(gfx, 10),
                      column.w, gfx->theme.dim);
    }
    if (!app->audience)   /* in the presenter view, the keys are on the facilitator's window */
        draw_text(&app->gfx, FONT_SMALL,
              app_tr(app, "Enter: go on with the story. Esc: menu. F1: every key."), column.x,
              gfx->height - gfx_px(gfx, 60), column.w, gfx->theme.dim);
}

const Screen screen_discuss = {discuss_enter, discuss_action, discuss_draw, discuss_tick, NULL};
