/* workshop.c: tallies, countdowns, and the session log and its two reports. */
#include "workshop.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array_grow.h"
#include "report_file.h"
#include "report_text.h"
#include "safe_write.h"
#include "strbuf.h"
#include "vocab.h"

int tally_winner(const int *counts, int count, bool *tie)
{
    int best = TALLY_NONE, best_count = 0;
    *tie = false;
    for (int i = 0; i < count; i++) {
        if (counts[i] > best_count) best = i, best_count = counts[i], *tie = false;
        else if (counts[i] == best_count && best_count > 0) *tie = true;
    }
    return *tie ? TALLY_NONE : best;
}

void countdown_set(Countdown *c, uint32_t length_ms) { *c = (Countdown){.length = length_ms}; }

uint32_t countdown_elapsed(const Countdown *c, uint32_t now)
{
    uint32_t elapsed = c->used + (c->running ? now - c->started : 0);
    return elapsed > c->length ? c->length : elapsed;
}

uint32_t countdown_remaining(const Countdown *c, uint32_t now)
{
    if (c->done) return 0;
    uint32_t elapsed = countdown_elapsed(c, now);
    return elapsed >= c->length ? 0 : c->length - elapsed;
}

void countdown_start(Countdown *c, uint32_t now)
{
    if (c->running || c->done) return;
    c->running = true;
    c->started = now;
}

void countdown_pause(Countdown *c, uint32_t now)
{
    if (!c->running) return;
    c->used = countdown_elapsed(c, now);
    c->running = false;
}

void countdown_skip(Countdown *c, uint32_t now)
{
    countdown_pause(c, now);
    c->done = true;
}

void countdown_adjust(Countdown *c, int32_t delta_ms, uint32_t now)
{
    int64_t length = (int64_t)c->length + delta_ms, passed = countdown_elapsed(c, now);
    if (length < passed) length = passed;
    c->length = length > UINT32_MAX ? UINT32_MAX : (uint32_t)length;
}

void countdown_restart(Countdown *c, uint32_t now)
{
    countdown_set(c, c->length);
    countdown_start(c, now);
}

void session_init(Session *session) { *session = (Session){.run = 1}; }

static void keep_reports(Session *session);

static const char *keep(Session *session, const char *text)
{
    return arena_strdup(&session->arena, text ? text : "");
}

bool session_begin_scenario(Session *session, const Scenario *scenario)
{
    if (session->scenario_count == SESSION_SCENARIOS_MAX) return false;
    session->rewound_to = 0;
    session->decision = 0;
    session->scenarios[session->scenario_count++] =
        (SessionScenario){.id = keep(session, scenario->id),
                          .title = keep(session, scenario->title),
                          .run = session->run};
    keep_reports(session);
    return true;
}

void session_log_vote(Session *session, const char *node_id, const char *const *options,
                      const int *counts, int count, int followed, bool facilitator_pick)
{
    LoggedVote *votes = array_grow(session->votes, &session->vote_capacity, session->vote_count + 1,
                                   sizeof *votes, 16);
    if (!votes || session->scenario_count == 0) return;
    session->votes = votes;
    LoggedVote *vote = &votes[session->vote_count++];
    session->decision = session->rewound_to ? session->rewound_to : session->decision + 1;
    *vote = (LoggedVote){.scenario = session->scenario_count - 1,
                         .decision = session->decision,
                         .node_id = keep(session, node_id),
                         .option_count = count < TALLY_MAX ? count : TALLY_MAX,
                         .followed = followed,
                         .facilitator_pick = facilitator_pick,
                         .rewound_to = session->rewound_to};
    session->rewound_to = 0;
    for (int i = 0; i < vote->option_count; i++) {
        vote->options[i] = keep(session, options[i]);
        vote->skills[i] = vote->pitfalls[i] = "";
        vote->counts[i] = counts[i];
    }
    keep_reports(session);
}

/* The ids of a choice's tags of one kind, separated by spaces, kept in the session. */
static const char *tag_ids(Session *session, TagKind kind, const uint8_t *tags, int count)
{
    StrBuf ids = {0};
    for (int i = 0; i < count; i++)
        strbuf_printf(&ids, "%s%s", i ? " " : "", vocab_tag(kind, tags[i])->id);
    const char *kept = keep(session, strbuf_text(&ids));
    strbuf_free(&ids);
    return kept;
}

void session_mark_options(Session *session, const Node *node, const int *authored, int count)
{
    if (!session->vote_count) return;
    LoggedVote *vote = &session->votes[session->vote_count - 1];
    for (int i = 0; i < count && i < vote->option_count; i++) {
        const Choice *choice = &node->choices[authored[i]];
        vote->skills[i] = tag_ids(session, TAG_SKILL, choice->skills, choice->skill_count);
        vote->pitfalls[i] = tag_ids(session, TAG_PITFALL, choice->pitfalls, choice->pitfall_count);
    }
    vote->skilful = session_skilful_options(node, authored, count);
    keep_reports(session);   /* the report on disk says so now, not after the next decision */
}

void session_new_run(Session *session)
{
    int last = session->scenario_count - 1;
    if (last >= 0 && session->scenarios[last].run == session->run) session->run++;
}

void session_set_group(Session *session, const char *group)
{
    session->group = group ? keep(session, group) : NULL;
}

void session_log_pause(Session *session, const char *node_id, const char *prompt, uint32_t seconds)
{
    LoggedPause *pauses = array_grow(session->pauses, &session->pause_capacity,
                                     session->pause_count + 1, sizeof *pauses, 16);
    if (!pauses || session->scenario_count == 0) return;
    session->pauses = pauses;
    pauses[session->pause_count++] = (LoggedPause){.scenario = session->scenario_count - 1,
                                                   .node_id = keep(session, node_id),
                                                   .prompt = keep(session, prompt),
                                                   .seconds = seconds};
    keep_reports(session);
}

void session_log_rewind(Session *session, int decision)
{
    if (!session->scenario_count) return;
    session->scenarios[session->scenario_count - 1].rewinds++;
    session->rewound_to = decision + 1;
    keep_reports(session);
}

void session_log_ending(Session *session, const char *ending_title)
{
    if (session->scenario_count)
        session->scenarios[session->scenario_count - 1].ending = keep(session, ending_title);
    keep_reports(session);
}

static void markdown_votes(const Session *session, int s, FILE *out)
{
    for (int v = 0; v < session->vote_count; v++) {
        const LoggedVote *vote = &session->votes[v];
        if (vote->scenario != s) continue;
        if (vote->rewound_to)
            fprintf(out, "\n*Rewound to decision %d, for another branch.*\n", vote->rewound_to);
        fprintf(out, "\n**Decision %d** (", vote->decision);
        report_markdown_code(out, vote->node_id);
        fprintf(out, ")%s\n\n| option | votes | |\n|---|---|---|\n",
                vote->facilitator_pick ? ", the facilitator's pick" : "");
        for (int i = 0; i < vote->option_count; i++) {
            fprintf(out, "| %c. ", 'A' + i);
            report_markdown_line(out, vote->options[i]);
            fprintf(out, " | %d | %s |\n", vote->counts[i], i == vote->followed ? "followed" : "");
        }
    }
}

void session_write_markdown(const Session *session, const char *date, FILE *out)
{
    fprintf(out,
            "# Heartlines workshop, %s\n\nAn anonymous record: the room's totals only, no names "
            "and nothing "
            "anyone typed.\n",
            date);
    session_write_summary(session, date, out);
    for (int s = 0; s < session->scenario_count; s++) {
        const SessionScenario *sc = &session->scenarios[s];
        if (s > 0 && sc->run != session->scenarios[s - 1].run)
            fprintf(out, "\n*Run %d: the playlist again, for the next group.*\n", sc->run);
        fprintf(out, "\n## %d. ", s + 1);
        report_markdown_text(out, sc->title);
        fputs("\n\nEnding reached: ", out);
        if (sc->ending) report_markdown_text(out, sc->ending);
        else fputs("none (left before the end)", out);
        fprintf(out, ". Rewinds: %d.\n", sc->rewinds);
        markdown_votes(session, s, out);
        for (int p = 0; p < session->pause_count; p++)
            if (session->pauses[p].scenario == s) {
                fputs("\n**Discussion** (", out);
                report_markdown_code(out, session->pauses[p].node_id);
                fprintf(out, ", %u s): ", (unsigned)session->pauses[p].seconds);
                report_markdown_text(out, session->pauses[p].prompt);
                fputc('\n', out);
            }
    }
}

typedef struct ReportWriter {
    const Session *session;
    const char *date;
} ReportWriter;

static bool write_markdown(FILE *out, const void *ctx)
{
    const ReportWriter *report = ctx;
    session_write_markdown(report->session, report->date, out);
    return true;
}

static bool write_csv(FILE *out, const void *ctx)
{
    session_write_csv(((const ReportWriter *)ctx)->session, out);
    return true;
}

static bool write_both(Session *session)
{
    ReportWriter report = {session, session->report_date};
    char *why = session->report_why;
    size_t size = sizeof session->report_why;
    bool ok = safe_write(session->report_paths[0], write_markdown, &report, why, size) &&
              safe_write(session->report_paths[1], write_csv, &report, why, size);
    session->report_failed |= !ok;
    return ok;
}

static void keep_reports(Session *session)
{
    if (session->reports_open) write_both(session);
}

bool session_open_reports(Session *session, const char *dir, const char *date, char *why,
                          size_t why_size)
{
    char stem[64];
    snprintf(stem, sizeof stem, "workshop-%s", date);
    for (char *p = stem; *p; p++) *p = *p == ' ' || *p == ':' || *p == '/' ? '-' : *p;
    static const char *const extensions[] = {".md", ".csv"};
    if (!report_claim(dir, stem, extensions, 2, session->report_paths, why, why_size)) return false;
    /* the session's id is its report's name, which no other report in the folder has */
    const char *slash = strrchr(session->report_paths[0], '/');
    const char *name = (slash ? slash + 1 : session->report_paths[0]) + strlen("workshop-");
    snprintf(session->id, sizeof session->id, "%.*s", (int)(strlen(name) - strlen(".md")), name);
    snprintf(session->report_date, sizeof session->report_date, "%s", date);
    session->reports_open = true;
    if (write_both(session)) return true;
    snprintf(why, why_size, "%s", session->report_why);
    return false;
}

bool session_save_reports(Session *session, const char *dir, const char *date, char *written,
                          size_t size)
{
    if (!session->reports_open && !session_open_reports(session, dir, date, written, size))
        return false;
    bool ok = write_both(session);   /* the last write holds everything, whatever failed before */
    const char *md = session->report_paths[0], *csv = session->report_paths[1];
    if (ok) snprintf(written, size, "%s and %s", md, csv);
    else snprintf(written, size, "%s", session->report_why);
    return ok;
}

void session_free(Session *session)
{
    arena_free(&session->arena);
    free(session->votes);
    free(session->pauses);
    *session = (Session){0};
}
