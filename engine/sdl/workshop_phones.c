/* workshop_phones.c: the window's side of the room. The room's callback pushes an SDL event from
   the server's thread, so the loop keeps sleeping in SDL_WaitEvent until a vote comes in. */
#include "workshop_phones.h"

#include <stdio.h>
#include <stdlib.h>

#include "../room/room_scene.h"
#include "workshop_run.h"

static const char *translate(const void *catalog, const char *english)
{
    return catalog_tr(catalog, english);
}

/* Called on the room's thread: SDL_PushEvent may be called from any thread. */
static void push_votes_event(void *context)
{
    SDL_Event event = {.type = *(const Uint32 *)context};
    SDL_PushEvent(&event);
}

void workshop_phones_start(App *app, const WorkshopPhonesConfig *config)
{
    WorkshopRun *ws = app->workshop;
    if (!config || !config->enabled || !ws || app->votes_event == (Uint32)-1) return;
    RoomConfig room = {.bind = config->bind, .port = config->port, .on_votes = push_votes_event,
                       .context = &app->votes_event, .lang = app->cli->lang, .translate = translate,
                       .catalog = &app->cli->ui};
    char error[256];
    if (!(ws->room = room_start(&room, error, sizeof error)))
        fprintf(stderr,
                "heartlines: the room for phones could not start (%s); type the room's counts "
                "instead\n",
                error);
}

void workshop_phones_stop(App *app)
{
    room_stop(app->workshop->room);
    app->workshop->room = NULL;
}

bool workshop_phones_on(const App *app) { return app->workshop && app->workshop->room; }

void workshop_phones_open_vote(App *app)
{
    WorkshopRun *ws = app->workshop;
    ws->revealed = !ws->room;   /* typed counts have nothing to hide */
    if (!ws->room) return;
    room_show_scene(ws->room, app->play.loaded.scenario, runtime_view(app->play.runtime),
                    ROOM_VOTING, ++ws->phones_decision);
}

void workshop_phones_close_vote(App *app)
{
    WorkshopRun *ws = app->workshop;
    ws->revealed = true;
    if (!ws->room) return;
    room_show_scene(ws->room, app->play.loaded.scenario, runtime_view(app->play.runtime),
                    ROOM_CLOSED, ws->phones_decision);
}

int workshop_phones_tally(App *app, int *counts, int count)
{
    for (int i = 0; i < count; i++) counts[i] = 0;
    return app->workshop->room ? room_tally(app->workshop->room, counts, count) : 0;
}

void workshop_phones_waiting(App *app)
{
    WorkshopRun *ws = app->workshop;
    if (ws->room && app->play.runtime)
        room_show_scene(ws->room, app->play.loaded.scenario, runtime_view(app->play.runtime),
                        ROOM_WAITING, ws->phones_decision);
}

void workshop_phones_discussion(App *app)
{
    WorkshopRun *ws = app->workshop;
    if (!ws->room) return;
    const WorkshopShow *show = workshop_flow_show(ws->flow, app->now);
    uint32_t left = show->timed ? (show->ms_left + 999) / 1000 : 0;
    room_show_discussion(ws->room, app->play.loaded.scenario, show->view, show->prompt, left,
                         show->counting);
}

void workshop_phones_ending(App *app)
{
    WorkshopRun *ws = app->workshop;
    if (ws->room)
        room_show_ending(ws->room, app->play.loaded.scenario, runtime_record(app->play.runtime));
}

int workshop_phones_draw_join(App *app, int x, int y, int panel_width)
{
    WorkshopRun *ws = app->workshop;
    Gfx *gfx = &app->gfx;
    int modules_wide = 0;
    unsigned char *modules = ws->room ? room_qr(ws->room, &modules_wide) : NULL;
    if (!modules) return 0;
    int most = panel_width < gfx->height / 3 ? panel_width : gfx->height / 3;
    int module = most / (modules_wide + 8), quiet = 4 * module, size = module * (modules_wide + 8);
    /* dark on light, whatever the theme: that is what phone cameras read */
    gfx_fill(gfx, (SDL_Rect){x, y, size, size}, (SDL_Color){255, 255, 255, 255});
    for (int row = 0; row < modules_wide; row++)
        for (int column = 0; column < modules_wide; column++)
            if (modules[row * modules_wide + column])
                gfx_fill(gfx,
                         (SDL_Rect){x + quiet + column * module, y + quiet + row * module, module,
                                    module},
                         (SDL_Color){0, 0, 0, 255});
    free(modules);
    char line[200];
    snprintf(line, sizeof line, app_tr(app, "Room code: %s"), room_code(ws->room));
    int below = draw_text(&app->gfx, FONT_BOLD, line, x, y + size + gfx_px(gfx, 8), panel_width,
                          gfx->theme.accent);
    below = draw_text(&app->gfx, FONT_SMALL, room_address(ws->room), x, below, panel_width,
                      gfx->theme.text);
    return below - y;
}
