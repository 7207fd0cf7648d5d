/* workshop_run.c: the window's hold on a session: the flow, and where its report goes. */
#include "workshop_run.h"

#include <stdio.h>
#include <stdlib.h>

WorkshopRun *workshop_run_new(char **playlist, int count, const char *report_dir)
{
    WorkshopRun *ws = calloc(1, sizeof *ws);
    if (!ws) return NULL;
    ws->flow = workshop_flow_new(playlist, count);
    if (!ws->flow) {
        free(ws);
        return NULL;
    }
    snprintf(ws->report_dir, sizeof ws->report_dir, "%s", report_dir);
    return ws;
}

void workshop_run_free(WorkshopRun *ws)
{
    if (!ws) return;
    workshop_flow_free(ws->flow);
    free(ws);
}

bool workshop_run_open_report(WorkshopRun *ws, const char *date, char *why, size_t size)
{
    return !ws->report_dir[0] ||
           session_open_reports(workshop_flow_session(ws->flow), ws->report_dir, date, why, size);
}

bool workshop_run_write_report(WorkshopRun *ws, const char *date, char *written, size_t size)
{
    return ws->report_dir[0] && session_save_reports(workshop_flow_session(ws->flow),
                                                     ws->report_dir, date, written, size);
}
