/* workshop_csv.c: the report as a spreadsheet: one row per option voted on, rewind, discussion
   and ending, each naming its session, group, run and scenario, so reports of many sessions (or
   of two groups in one session) can be pasted together and still be told apart. */
#include <stdio.h>

#include "report_text.h"
#include "workshop.h"

/* The cells every row starts with: session, group, run, scenario, kind, decision, node. */
static void row_start(const Session *session, int scenario, const char *kind, int decision,
                      const char *node, FILE *out)
{
    report_csv_cell(out, session->id);
    fputc(',', out);
    report_csv_cell(out, session->group ? session->group : "");
    fprintf(out, ",%d,", session->scenarios[scenario].run);
    report_csv_cell(out, session->scenarios[scenario].id);
    fprintf(out, ",%s,", kind);
    if (decision) fprintf(out, "%d", decision);
    fputc(',', out);
    if (node) report_csv_cell(out, node);
}

static void vote_rows(const Session *session, const LoggedVote *vote, FILE *out)
{
    if (vote->rewound_to) {
        row_start(session, vote->scenario, "rewind", vote->rewound_to, vote->node_id, out);
        fputs(",,,,,,,,\r\n", out);
    }
    for (int i = 0; i < vote->option_count; i++) {
        row_start(session, vote->scenario, "vote", vote->decision, vote->node_id, out);
        fprintf(out, ",%c,", 'A' + i);
        report_csv_line(out, vote->options[i]);
        fputc(',', out);
        report_csv_cell(out, vote->skills[i]);
        fputc(',', out);
        report_csv_cell(out, vote->pitfalls[i]);
        fprintf(out, ",%d,%s,,\r\n", vote->counts[i], i == vote->followed ? "yes" : "no");
    }
}

static void pause_row(const Session *session, const LoggedPause *pause, FILE *out)
{
    row_start(session, pause->scenario, "discussion", 0, pause->node_id, out);
    fputs(",,", out);
    report_csv_cell(out, pause->prompt);
    fprintf(out, ",,,,,%u,\r\n", (unsigned)pause->seconds);
}

void session_write_csv(const Session *session, FILE *out)
{
    fputs("session,group,run,scenario,kind,decision,node,option,text,skills,pitfalls,votes,"
          "followed,seconds,ending\r\n",
          out);
    for (int s = 0; s < session->scenario_count; s++) {
        for (int v = 0; v < session->vote_count; v++)
            if (session->votes[v].scenario == s) vote_rows(session, &session->votes[v], out);
        for (int p = 0; p < session->pause_count; p++)
            if (session->pauses[p].scenario == s) pause_row(session, &session->pauses[p], out);
        row_start(session, s, "ending", 0, NULL, out);
        fputs(",,,,,,,,", out);
        report_csv_cell(out, session->scenarios[s].ending ? session->scenarios[s].ending : "");
        fputs("\r\n", out);
    }
}
