/* workshop_run.h: a facilitated session in the window: the core's workshop flow (its rules),
   with what only the window keeps: the facilitator's keys, the player's settings to put back
   after projector scale, and where the report goes. */
#ifndef HEARTLINES_WORKSHOP_RUN_H
#define HEARTLINES_WORKSHOP_RUN_H

#include <stdbool.h>

#include "../core/settings.h"
#include "../core/workshop_flow.h"

typedef struct WorkshopRun {
    WorkshopFlow *flow;
    char report_dir[4096];
    Settings saved;              /* the player's settings, put back when the session ends */
    int selected;                /* the option the facilitator's keys act on */
    bool typing;                 /* digits replace the selected count, then add to it */
    struct Room *room;           /* --phones: the room server, or NULL */
    int phones_decision;         /* numbers the votes shown on the phones */
    bool vote_open;              /* a vote is open on the phones (or would be) */
    bool revealed; /* the bars are shown (with phones, only once the facilitator says) */
} WorkshopRun;

/* A session over playlist (copied), reports to report_dir ("" for none); NULL when out of memory.
 */
WorkshopRun *workshop_run_new(char **playlist, int count, const char *report_dir);
void workshop_run_free(WorkshopRun *ws);
/* Claims the report's files in report_dir and writes them (see session_open_reports); false with
   why when they cannot be written, so the session does not start. True when there is no folder. */
bool workshop_run_open_report(WorkshopRun *ws, const char *date, char *why, size_t size);
/* Writes the report dated date; written gets its paths, or why it could not be written. */
bool workshop_run_write_report(WorkshopRun *ws, const char *date, char *written, size_t size);

#endif
