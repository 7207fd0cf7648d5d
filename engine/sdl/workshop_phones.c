/* workshop_phones.c: the window's side of the room. The room's callback pushes an SDL event from
   the server's thread, so the loop keeps sleeping in SDL_WaitEvent until a vote comes in. */
#include "workshop_phones.h"

#include <stdio.h>
#include <stdlib.h>

#include "../room/room_scene.h"
#include "draw.h"

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

void workshop_phones_start(WorkshopRun *ws, const WorkshopPhonesConfig *config, const Cli *cli,
                           const Uint32 *votes_event)
{
    if (!config || !config->enabled || !ws || *votes_event == (Uint32)-1) return;
    RoomConfig room = {.bind = config->bind, .port = config->port, .on_votes = push_votes_event,
                       .context = (void *)votes_event, .lang = cli->lang, .translate = translate,
                       .catalog = &cli->ui};
    char error[256];
    if (!(ws->room = room_start(&room, error, sizeof error)))
        fprintf(stderr,
                "heartlines: the room for phones could not start (%s); type the room's counts "
                "instead\n",
                error);
}

void workshop_phones_stop(WorkshopRun *ws)
{
    room_stop(ws->room);
    ws->room = NULL;
}

bool workshop_phones_on(const WorkshopRun *ws) { return ws && ws->room; }

void workshop_phones_open_vote(WorkshopRun *ws, const Scenario *scenario, const View *view)
{
    ws->revealed = !ws->room;   /* typed counts have nothing to hide */
    if (!ws->room) return;
    room_show_scene(ws->room, scenario, view, ROOM_VOTING, ++ws->phones_decision);
}

void workshop_phones_close_vote(WorkshopRun *ws, const Scenario *scenario, const View *view)
{
    ws->revealed = true;
    if (!ws->room) return;
    room_show_scene(ws->room, scenario, view, ROOM_CLOSED, ws->phones_decision);
}

int workshop_phones_tally(WorkshopRun *ws, int *counts, int count)
{
    for (int i = 0; i < count; i++) counts[i] = 0;
    return ws->room ? room_tally(ws->room, counts, count) : 0;
}

void workshop_phones_waiting(WorkshopRun *ws, const Scenario *scenario, const View *view)
{
    if (ws->room) room_show_scene(ws->room, scenario, view, ROOM_WAITING, ws->phones_decision);
}

void workshop_phones_discussion(WorkshopRun *ws, const Scenario *scenario, Uint32 now)
{
    if (!ws->room) return;
    const WorkshopShow *show = workshop_flow_show(ws->flow, now);
    uint32_t left = show->timed ? (show->ms_left + 999) / 1000 : 0;
    room_show_discussion(ws->room, scenario, show->view, show->prompt, left, show->counting);
}

void workshop_phones_ending(WorkshopRun *ws, const Scenario *scenario, const Record *record)
{
    if (ws->room) room_show_ending(ws->room, scenario, record);
}

int workshop_phones_draw_join(const WorkshopRun *ws, Gfx *gfx, const Catalog *ui, int x, int y,
                              int panel_width)
{
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
    snprintf(line, sizeof line, catalog_tr(ui, "Room code: %s"), room_code(ws->room));
    int below = draw_text(gfx, FONT_BOLD, line, x, y + size + gfx_px(gfx, 8), panel_width,
                          gfx->theme.accent);
    below = draw_text(gfx, FONT_SMALL, room_address(ws->room), x, below, panel_width,
                      gfx->theme.text);
    return below - y;
}
