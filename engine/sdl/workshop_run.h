/* workshop_run.h: a facilitated session in the window: a playlist at projector scale, the room's
   votes, discussion pauses with a countdown, and the report written when the session ends. */
#ifndef HEARTLINES_WORKSHOP_RUN_H
#define HEARTLINES_WORKSHOP_RUN_H

#include "app.h"

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
    Uint32 discussion_began;     /* when the discussion screen opened, for the report */
    int branch_from;             /* the decision the room rewound to, or -1 */
    char *branch;                /* what was said, and how the other person reacted, on the first branch */
    struct Room *room;           /* --phones: the room server, or NULL */
    int phones_decision;         /* numbers the votes shown on the phones */
    bool revealed;               /* the bars are shown (with phones, only once the facilitator says) */
} WorkshopRun;

/* Starts a session over playlist (copied). Projector scale: high contrast and large text. */
void workshop_run_start(App *app, char **playlist, int count, const char *report_dir);
/* Starts a session over files, or every bundled scenario when count is 0; reports go to
   report_dir, or to reports/ in the player's folder when it is NULL or empty. */
void app_start_workshop(App *app, char **files, int count, const char *report_dir);
/* Opens the playlist's next scenario, or ends the session (writing the report) after the last. */
void workshop_run_next(App *app);
/* The next group: the playlist from its first scenario again (the report keeps both groups). */
void workshop_run_restart(App *app);
/* Writes the report, restores the settings, and returns to the title with the report's path. */
void workshop_run_finish(App *app);

/* Rewind for the room: back to decision index (0-based), keeping the branch left behind to show
   beside the new one. */
void workshop_run_rewind(App *app, int decision);
/* The lines of the current branch from the decision rewound to (caller frees). */
char *workshop_run_branch_text(const App *app, int from);

/* For the scene: where a workshop takes over (a discussion, then the room's vote). */
bool workshop_run_intercepts(App *app);

#endif
