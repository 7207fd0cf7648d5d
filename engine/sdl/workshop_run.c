/* workshop_run.c: the session's life: start at projector scale, the playlist, the report. */
#include "workshop_run.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/strbuf.h"

void workshop_run_start(App *app, char **playlist, int count, const char *report_dir)
{
    if (app->workshop) workshop_run_finish(app);   /* one session at a time; the last one's report is kept */
    WorkshopRun *ws = calloc(1, sizeof *ws);
    if (!ws) return;
    ws->playlist = calloc((size_t)count + 1, sizeof *ws->playlist);
    for (int i = 0; ws->playlist && i < count; i++) ws->playlist[ws->count++] = strdup(playlist[i]);
    snprintf(ws->report_dir, sizeof ws->report_dir, "%s", report_dir);
    ws->saved = app->prefs.settings;
    ws->current = -1;
    ws->branch_from = -1;
    session_init(&ws->session);
    app->workshop = ws;
    app->together_mode = false;
    char date[32], reason[4600];
    time_t now = time(NULL);
    strftime(date, sizeof date, "%Y-%m-%d %H:%M", localtime(&now));
    if (ws->report_dir[0] && !session_open_reports(&ws->session, ws->report_dir, date, reason, sizeof reason)) {
        workshop_run_finish(app);   /* says why; back at the title, before any report is lost */
        return;
    }
    Settings *s = &app->prefs.settings;   /* projector scale for the session; not saved */
    s->high_contrast = true;
    s->text_size = s->text_size < 150 ? 150 : s->text_size;
    char why[256];
    gfx_refresh(&app->gfx, s, why, sizeof why);
    workshop_run_next(app);
}

void app_start_workshop(App *app, char **files, int count, const char *report_dir)
{
    char dir[4300], reports[4400];
    snprintf(dir, sizeof dir, "%s/scripts/scenarios", app->cli->data_dir);
    int bundled = 0;
    char **all = count ? NULL : cli_list_files(dir, ".lua", &bundled);
    if (report_dir && *report_dir) snprintf(reports, sizeof reports, "%s", report_dir);
    else snprintf(reports, sizeof reports, "%sreports", app->prefs.dir);   /* made when it opens */
    workshop_run_start(app, count ? files : all, count ? count : bundled, app->prefs.dir[0] || report_dir ? reports : "");
    cli_free_list(all, bundled);
}

void workshop_run_next(App *app)
{
    WorkshopRun *ws = app->workshop;
    if (++ws->current >= ws->count) {
        workshop_run_finish(app);
        return;
    }
    ws->paused_at = NODE_NONE;
    ws->branch_from = -1;
    free(ws->branch);
    ws->branch = NULL;
    app_open_scenario(app, ws->playlist[ws->current]);
    if (app->play.loaded.scenario) session_begin_scenario(&ws->session, app->play.loaded.scenario);
}

void workshop_run_restart(App *app)
{
    app->workshop->current = -1;
    workshop_run_next(app);
}

void workshop_run_finish(App *app)
{
    WorkshopRun *ws = app->workshop;
    char date[32], written[9000];
    time_t now = time(NULL);
    strftime(date, sizeof date, "%Y-%m-%d %H:%M", localtime(&now));
    snprintf(written, sizeof written, "%s", app_tr(app, "no folder to write it to"));
    bool ok = ws->report_dir[0] && session_save_reports(&ws->session, ws->report_dir, date, written, sizeof written);
    snprintf(app->prefs.notice, sizeof app->prefs.notice, "%s%s",
             app_tr(app, ok ? "Workshop report: " : "The workshop report could not be written: "), written);
    app->prefs.settings = ws->saved;
    char why[256];
    gfx_refresh(&app->gfx, &app->prefs.settings, why, sizeof why);
    for (int i = 0; i < ws->count; i++) free(ws->playlist[i]);
    free(ws->playlist);
    session_free(&ws->session);
    free(ws->branch);
    free(ws);
    app->workshop = NULL;
    app_close_scenario(app);
    app_goto(app, SCREEN_TITLE);
}

char *workshop_run_branch_text(const App *app, int from)
{
    const Record *record = runtime_record(app->play.runtime);
    const Scenario *scenario = app->play.loaded.scenario;
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

void workshop_run_rewind(App *app, int decision)
{
    WorkshopRun *ws = app->workshop;
    const Record *record = runtime_record(app->play.runtime);
    if (decision < 0 || decision >= record->count) return;
    free(ws->branch);
    ws->branch = workshop_run_branch_text(app, decision);
    ws->branch_from = decision;
    session_log_rewind(&ws->session, decision);
    int steps[2 * 256];
    for (int i = 0; i < decision && i < 256; i++) steps[2 * i] = record->steps[i].node, steps[2 * i + 1] = record->steps[i].choice;
    ws->paused_at = record->steps[decision].node;   /* the room has talked about this one already */
    app_start_play(app, steps, decision < 256 ? decision : 256);
}

bool workshop_run_intercepts(App *app)
{
    WorkshopRun *ws = app->workshop;
    const View *view = runtime_view(app->play.runtime);
    const Node *node = &app->play.loaded.scenario->nodes[view->node];
    if (node->discuss && ws->paused_at != view->node) {
        ws->paused_at = view->node;
        countdown_set(&ws->countdown, (uint32_t)node->discuss_seconds * 1000);
        app_goto(app, SCREEN_DISCUSS);
        return true;
    }
    if (view->kind != VIEW_CHOOSE) return false;
    memset(ws->counts, 0, sizeof ws->counts);
    ws->selected = 0;
    ws->typing = false;
    app_goto(app, SCREEN_VOTE);
    return true;
}
