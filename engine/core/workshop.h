/* workshop.h: a facilitated session: the room's votes at each decision, discussion pauses with a
   countdown, and the anonymous session report (Markdown to read, CSV for a spreadsheet). Times
   come from the caller, so tests can run the clock. Nothing about who voted is kept. */
#ifndef HEARTLINES_WORKSHOP_H
#define HEARTLINES_WORKSHOP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "model.h"
#include "report_file.h"

enum { TALLY_MAX = 26, TALLY_NONE = -1 };

/* The option with the most votes; TALLY_NONE when no votes or a tie (the facilitator decides). */
int tally_winner(const int *counts, int count, bool *tie);

/* A countdown the facilitator starts, pauses and skips. Milliseconds, from the caller's clock. */
typedef struct Countdown {
    uint32_t length, used;       /* used: time spent before the current run */
    uint32_t started;            /* when the current run began */
    bool running, done;
} Countdown;

void countdown_set(Countdown *countdown, uint32_t length_ms);
void countdown_start(Countdown *countdown, uint32_t now);
void countdown_pause(Countdown *countdown, uint32_t now);
void countdown_skip(Countdown *countdown, uint32_t now);
/* The facilitator's +1 / -1 minute: adds delta_ms (or takes it away), never below what has passed.
 */
void countdown_adjust(Countdown *countdown, int32_t delta_ms, uint32_t now);
/* Starts again from the full length, after a stop or at 0:00. */
void countdown_restart(Countdown *countdown, uint32_t now);
uint32_t countdown_elapsed(const Countdown *countdown, uint32_t now);
uint32_t countdown_remaining(const Countdown *countdown, uint32_t now);

/* What happened in a session, for the report. */
typedef struct LoggedVote {
    int scenario;                /* index into the session's scenarios */
    int decision;                /* 1-based, as the story numbers it (after a rewind, from there) */
    const char *node_id;
    const char *options[TALLY_MAX];   /* texts, as shown */
    const char *skills[TALLY_MAX], *pitfalls[TALLY_MAX];   /* each option's tags, by id, or "" */
    int counts[TALLY_MAX];
    int option_count;
    int followed;                /* the option the story took */
    bool facilitator_pick;       /* taken by the facilitator (a tie, or their call) */
    int rewound_to; /* 1-based: the room came back to decision N for this vote; 0 if not */
    uint32_t skilful;            /* bit i: option i practises a skill and falls into no pitfall */
} LoggedVote;

typedef struct LoggedPause {
    int scenario;
    const char *node_id, *prompt;
    uint32_t seconds;
} LoggedPause;

typedef struct SessionScenario {
    const char *id, *title;
    int run;                     /* 1 for the first group, 2 when the playlist starts again... */
    const char *ending;          /* the ending's title, NULL if the session left it before one */
    int rewinds;
} SessionScenario;

enum { SESSION_SCENARIOS_MAX = 64 };

typedef struct Session {
    Arena arena;                 /* owns every text the log holds */
    SessionScenario scenarios[SESSION_SCENARIOS_MAX];
    int scenario_count;
    LoggedVote *votes;
    int vote_count, vote_capacity;
    LoggedPause *pauses;
    int pause_count, pause_capacity;
    int rewound_to;              /* a rewind waiting for the vote it leads to; 0 for none */
    int decision;                /* the current scenario's last decision, as the story numbers it */
    int run;                     /* the run scenarios begin in now, from 1 */
    const char *group;           /* --group: who the session was for, or NULL */
    char id[64];                 /* the session's name, from its report's: "2026-11-26-14-05" */
    /* The reports on disk, once session_open_reports has claimed them: rewritten after every
       change, so a crash or a closed lid keeps what happened. */
    char report_paths[2][REPORT_PATH_MAX];   /* the .md, then the .csv */
    char report_date[32];
    bool reports_open;
    bool report_failed;          /* a write failed; report_why says why */
    char report_why[512];
} Session;

void session_init(Session *session);
/* Makes dir (with parents) and claims DIR/workshop-DATE.md and .csv (DATE with ' ' and ':' as '-';
   "-2", "-3"... when taken), then writes both and keeps them written after every logged change.
   False with why when they cannot be written: before the session starts, not after. */
bool session_open_reports(Session *session, const char *dir, const char *date, char *why,
                          size_t why_size);
/* Starts logging a scenario; false when the session holds SESSION_SCENARIOS_MAX already. */
bool session_begin_scenario(Session *session, const Scenario *scenario);
void session_log_vote(Session *session, const char *node_id, const char *const *options,
                      const int *counts, int count, int followed, bool facilitator_pick);
void session_log_pause(Session *session, const char *node_id, const char *prompt, uint32_t seconds);
/* The skilful options among those shown (authored[i]: the node's choice shown as option i): bit i
   for option i when it practises a skill and falls into no pitfall. */
uint32_t session_skilful_options(const Node *node, const int *authored, int count);
/* Keeps the tags of the vote just logged (authored as above), and which options are skilful. */
void session_mark_options(Session *session, const Node *node, const int *authored, int count);
/* The playlist starts again for the next group: scenarios begun from now on are a new run, with
   rows of their own. Nothing changes until a scenario of the current run has begun. */
void session_new_run(Session *session);
/* Names the group the session is for, as the report's summary shows it. */
void session_set_group(Session *session, const char *group);
/* The report's first page, for a client: group, date, headcount, scenarios and endings, the share
   of the room choosing a skilful option at each decision, where the room split, discussion time. */
void session_write_summary(const Session *session, const char *date, FILE *out);
/* The room goes back to decision (0-based) in the current scenario; the next vote is marked. */
void session_log_rewind(Session *session, int decision);
void session_log_ending(Session *session, const char *ending_title);
/* date: as the report should print it (the caller's clock), e.g. "2026-11-26 14:05". */
void session_write_markdown(const Session *session, const char *date, FILE *out);
void session_write_csv(const Session *session, FILE *out);
/* Writes both reports again (opening them in dir first, as session_open_reports does, if they are
   not open), each through a temporary file and a rename; written gets the two paths, or the
   reason when it fails. */
bool session_save_reports(Session *session, const char *dir, const char *date, char *written,
                          size_t size);
void session_free(Session *session);

#endif
