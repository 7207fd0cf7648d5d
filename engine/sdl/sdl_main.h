/* sdl_main.h: open the window and run the game until the player quits. */
#ifndef HEARTLINES_SDL_MAIN_H
#define HEARTLINES_SDL_MAIN_H

#include <stdint.h>

#include "../host/cli.h"
#include "presenter.h"
#include "workshop_phones.h"

typedef struct WindowOptions {
    const char *scenario;        /* "heartlines play FILE": straight to its content notes */
    int width, height;           /* initial window size */
    int exit_after_frames;       /* exit 0 after this many presented frames (0: never) */
    const char *keys; /* key names pressed in order after the first frame, one per frame */
    const char *screenshot;      /* save the window as BMP after the keys, then exit */
    bool frame_stats; /* on exit, print the frames drawn after the first and their CPU time */
    uint64_t seed;    /* every scenario's choices in this one order (0: a new order each time) */
    bool workshop;    /* start a facilitated session over these files (all bundled when none) */
    char **workshop_files;
    int workshop_count;
    const char *report_dir;      /* "" or NULL: reports/ in the player's folder */
    WorkshopPhonesConfig phones; /* --phones: the room votes on phones */
    const char *group;           /* --group: who the session is for, as the report names them */
    PresenterMode presenter;     /* a workshop's facilitator window beside the projector's */
} WindowOptions;

/* Returns the exit status, or -1 when no window can be opened (no display), so the caller can
   offer the terminal instead. */
int sdl_main_run(Cli *cli, const WindowOptions *options);

#endif
