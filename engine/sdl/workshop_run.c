/* workshop_run.c: the session's life: the playlist, where the story stops for the room, rewinds,
   the report. */
#include "workshop_run.h"

#include <stdlib.h>
#include <string.h>

#include "../core/strbuf.h"

WorkshopRun *workshop_run_new(char **playlist, int count, const char *report_dir)
{
    WorkshopRun *ws = calloc(1, sizeof *ws);
    if (!ws) return NULL;
    ws->playlist = calloc((size_t)count + 1, sizeof *ws->playlist);
    for (int i = 0; ws->playlist && i < count; i++)
        if (!(ws->playlist[ws->count++] = strdup(playlist[i]))) break;
    if (!ws->playlist || (count && !ws->playlist[count - 1])) {
        workshop_run_free(ws);
        return NULL;
    }
    snprintf(ws->report_dir, sizeof ws->report_dir, "%s", report_dir);
    ws->current = -1;
    ws->branch_from = -1;
    session_init(&ws->session);
    return ws;
}

void workshop_run_free(WorkshopRun *ws)
{
    if (!ws) return;
    for (int i = 0; ws->playlist && i < ws->count; i++) free(ws->playlist[i]);
    free(ws->playlist);
    session_free(&ws->session);
    free(ws->branch);
    free(ws);
}

const char *workshop_run_next(WorkshopRun *ws)
{
    if (++ws->current >= ws->count) return NULL;
    ws->paused_at = NODE_NONE;
    ws->branch_from = -1;
    free(ws->branch);
    ws->branch = NULL;
    return ws->playlist[ws->current];
}

const char *workshop_run_restart(WorkshopRun *ws)
{
    ws->current = -1;
    return workshop_run_next(ws);
}

bool workshop_run_open_report(WorkshopRun *ws, const char *date, char *why, size_t size)
{
    return !ws->report_dir[0] || session_open_reports(&ws->session, ws->report_dir, date, why, size);
}

bool workshop_run_write_report(WorkshopRun *ws, const char *date, char *written, size_t size)
{
    return ws->report_dir[0] && session_save_reports(&ws->session, ws->report_dir, date, written, size);
}

char *workshop_run_branch_text(const Runtime *runtime, int from)
{
    const Record *record = runtime_record(runtime);
    const Scenario *scenario = runtime_scenario(runtime);
    StrBuf text = {0};
    for (int i = from; i < record->count; i++) {
        const Step *step = &record->steps[i];
        int letter = 0;   /* as the room saw it: the place among the options shown */
        while (letter < step->offered_count && step->offered[letter].choice != step->choice) letter++;
        strbuf_printf(&text, "%c. %s\n", 'A' + letter, step->said);
        const char *who = scenario_speaker_name(scenario, step->reaction_speaker);
        if (step->reaction[0]) strbuf_printf(&text, "   %s%s%s\n", who ? who : "", who ? ": " : "", step->reaction);
    }
    if (record->ending != NODE_NONE) strbuf_printf(&text, "(%s)\n", scenario->nodes[record->ending].title);
    return text.data ? text.data : strdup("");
}

int workshop_run_rewind(WorkshopRun *ws, const Runtime *runtime, int decision, int *steps, int steps_max)
{
    const Record *record = runtime_record(runtime);
    if (decision < 0 || decision >= record->count) return -1;
    free(ws->branch);
    ws->branch = workshop_run_branch_text(runtime, decision);
    ws->branch_from = decision;
    session_log_rewind(&ws->session, decision);
    int count = decision < steps_max ? decision : steps_max;
    for (int i = 0; i < count; i++) steps[2 * i] = record->steps[i].node, steps[2 * i + 1] = record->steps[i].choice;
    ws->paused_at = record->steps[decision].node;   /* the room has talked about this one already */
    return count;
}

WorkshopStop workshop_run_stop(WorkshopRun *ws, const Runtime *runtime)
{
    const View *view = runtime_view(runtime);
    const Node *node = &runtime_scenario(runtime)->nodes[view->node];
    if (node->discuss && ws->paused_at != view->node) {
        ws->paused_at = view->node;
        countdown_set(&ws->countdown, (uint32_t)node->discuss_seconds * 1000);
        return WORKSHOP_DISCUSS;
    }
    if (view->kind != VIEW_CHOOSE) return WORKSHOP_GO_ON;
    memset(ws->counts, 0, sizeof ws->counts);
    ws->selected = 0;
    ws->typing = false;
    return WORKSHOP_VOTE;
}
