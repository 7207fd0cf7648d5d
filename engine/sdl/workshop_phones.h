/* workshop_phones.h: a window workshop's room on phones: the room server's life, its QR code and
   address on the projector, and what each workshop screen sends to the phones. */
#ifndef HEARTLINES_WORKSHOP_PHONES_H
#define HEARTLINES_WORKSHOP_PHONES_H

#include <stdbool.h>
#include <stdint.h>

#include "../host/cli.h"
#include "../core/record.h"
#include "../core/runtime.h"
#include "gfx.h"
#include "workshop_run.h"

typedef struct WorkshopPhonesConfig {
    bool enabled;
    const char *bind;            /* NULL: the machine's LAN address */
    uint16_t port;               /* 0: any free port */
} WorkshopPhonesConfig;

/* These take the session and what they show, never the window's App, so the window calls down
   into them and they never call back up. */

/* Starts the room for the session ws; a vote pushes *votes_event (which must outlive the room)
   to wake the loop. On failure the session goes on with counts typed in, and stderr says why. */
void workshop_phones_start(WorkshopRun *ws, const WorkshopPhonesConfig *config, const Cli *cli,
                           const Uint32 *votes_event);
void workshop_phones_stop(WorkshopRun *ws);
bool workshop_phones_on(const WorkshopRun *ws);   /* ws may be NULL: no workshop */
/* A vote opens: phones see the options, nobody sees bars until the facilitator reveals them. */
void workshop_phones_open_vote(WorkshopRun *ws, const Scenario *scenario, const View *view);
/* Closes the vote on the phones (the reveal); phones can no longer change their votes. */
void workshop_phones_close_vote(WorkshopRun *ws, const Scenario *scenario, const View *view);
/* The phones' tally into counts; returns how many phones voted. */
int workshop_phones_tally(WorkshopRun *ws, int *counts, int count);
/* Between decisions: the phones show the story so far, as the terminal's do. */
void workshop_phones_waiting(WorkshopRun *ws, const Scenario *scenario, const View *view);
/* The discussion prompt and its countdown (at time now, in ms), or the ending's reflection. */
void workshop_phones_discussion(WorkshopRun *ws, const Scenario *scenario, Uint32 now);
void workshop_phones_ending(WorkshopRun *ws, const Scenario *scenario, const Record *record);
/* The QR code, the room code and the address in a panel panel_width wide at (x, y), its words
   in ui's language; returns its height. */
int workshop_phones_draw_join(const WorkshopRun *ws, Gfx *gfx, const Catalog *ui, int x, int y,
                              int panel_width);

#endif
