/* workshop_run.h: a facilitated session in the window: the playlist, the room's votes,
   discussion pauses with a countdown, rewinds, and the report. It knows nothing of the screens:
   each function returns what the window should do next, and app.c does it. */
#ifndef HEARTLINES_WORKSHOP_RUN_H
#define HEARTLINES_WORKSHOP_RUN_H

#include <stdbool.h>

#include "../core/runtime.h"
#include "../core/settings.h"
#include "../core/workshop.h"

typedef struct WorkshopRun {
    Session session;
    char **playlist;
    int count, current;
    char report_dir[4096];
    Settings saved;              /* the player's settings, put back when the session ends */
    int counts[TALLY_MAX];       /* the current decision's tally */
    int selected;                /* the option the facilitator's keys act on */
    bool typing;                 /* digits replace the selected count, then add to it */
    int paused_at;               /* the node whose discussion has been held */
    Countdown countdown;
    uint32_t discussion_began;   /* when the discussion screen opened, for the report */
    int branch_from;             /* the decision the room rewound to, or -1 */
    char *branch;                /* what was said, and how the other person reacted, on the first branch */
} WorkshopRun;

/* Where the story stops for the room before the scene goes on. */
typedef enum WorkshopStop { WORKSHOP_GO_ON, WORKSHOP_DISCUSS, WORKSHOP_VOTE } WorkshopStop;

/* A session over playlist (copied), reports to report_dir ("" for none); NULL when out of memory. */
WorkshopRun *workshop_run_new(char **playlist, int count, const char *report_dir);
void workshop_run_free(WorkshopRun *ws);
/* The playlist's next scenario to open, or NULL after the last (the session is over). */
const char *workshop_run_next(WorkshopRun *ws);
/* The next group: the playlist from its first scenario again (the report keeps both groups). */
const char *workshop_run_restart(WorkshopRun *ws);
/* Claims the report's files in report_dir and writes them (see session_open_reports); false with
   why when they cannot be written, so the session does not start. True when there is no folder. */
bool workshop_run_open_report(WorkshopRun *ws, const char *date, char *why, size_t size);
/* Writes the report dated date; written gets its paths, or why it could not be written. */
bool workshop_run_write_report(WorkshopRun *ws, const char *date, char *written, size_t size);

/* Rewind for the room: back to decision index (0-based), keeping the branch left behind to show
   beside the new one. Fills steps with the (node, choice) pairs to replay and returns their
   count, or -1 when there is no such decision. */
int workshop_run_rewind(WorkshopRun *ws, const Runtime *runtime, int decision, int *steps, int steps_max);
/* The lines of the current branch from the decision rewound to (caller frees; NULL when out of
   memory). */
char *workshop_run_branch_text(const Runtime *runtime, int from);

/* For the scene: whether the room talks (a discussion, its countdown set) or votes first. */
WorkshopStop workshop_run_stop(WorkshopRun *ws, const Runtime *runtime);

#endif
