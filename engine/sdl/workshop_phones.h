/* workshop_phones.h: a window workshop's room on phones: the room server's life, its QR code and
   address on the projector, and what each workshop screen sends to the phones. */
#ifndef HEARTLINES_WORKSHOP_PHONES_H
#define HEARTLINES_WORKSHOP_PHONES_H

#include <stdbool.h>
#include <stdint.h>

#include "app.h"

typedef struct WorkshopPhonesConfig {
    bool enabled;
    const char *bind;            /* NULL: the machine's LAN address */
    uint16_t port;               /* 0: any free port */
} WorkshopPhonesConfig;

/* Starts the room for the session; on failure the session goes on with counts typed in, and the
   title's notice says why. */
void workshop_phones_start(App *app, const WorkshopPhonesConfig *config);
void workshop_phones_stop(App *app);
bool workshop_phones_on(const App *app);
/* A vote opens: phones see the options, nobody sees bars until the facilitator reveals them. */
void workshop_phones_open_vote(App *app);
/* Closes the vote on the phones (the reveal); phones can no longer change their votes. */
void workshop_phones_close_vote(App *app);
/* The phones' tally into counts; returns how many phones voted. */
int workshop_phones_tally(App *app, int *counts, int count);
/* Between decisions: the phones show the story so far, as the terminal's do. */
void workshop_phones_waiting(App *app);
/* The discussion prompt and its countdown, or the ending's reflection, on the phones. */
void workshop_phones_discussion(App *app);
void workshop_phones_ending(App *app);
/* The QR code, the room code and the address in a panel panel_width wide at (x, y); returns its
 * height. */
int workshop_phones_draw_join(App *app, int x, int y, int panel_width);

#endif
