/* workshop_flow.h: a facilitated session's rules, once for every front end: the playlist, a
   discussion before the vote where the scenario asks for one, the room's vote and the tie rule,
   rewinding to an earlier decision, the debrief, ending early. A front end loads the scenario the
   flow names, shows what workshop_flow_show says and sends what the room does as events; it
   never decides anything itself. Times are milliseconds from the caller's clock. */
#ifndef HEARTLINES_WORKSHOP_FLOW_H
#define HEARTLINES_WORKSHOP_FLOW_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime.h"
#include "workshop.h"

typedef enum WorkshopStage {
    WORKSHOP_OPEN,       /* load show.path, then workshop_flow_begin (or WEV_NEXT if it fails) */
    WORKSHOP_STORY,      /* lines with one way on: WEV_GO_ON */
    WORKSHOP_DISCUSS,    /* a prompt for the room, maybe timed: WEV_GO_ON when the room is ready */
    WORKSHOP_VOTE,       /* the room's counts for each lettered option: WEV_CLOSE_VOTE */
    WORKSHOP_TIE,        /* asks before it is recorded: a tie, no votes, or the majority on a
                            locked option (show.tie says which). WEV_PICK confirms the
                            facilitator's option; WEV_SET_VOTES or WEV_ADD_VOTES corrects a count
                            and reopens the vote */
    WORKSHOP_REWIND,     /* which earlier decision to go back to: WEV_REWIND_TO or WEV_GO_ON */
    WORKSHOP_ENDING,     /* the scenario is over: the debrief, then WEV_NEXT */
    WORKSHOP_OVER,       /* the session is over: write the report from workshop_flow_session */
} WorkshopStage;

typedef enum WorkshopTie {
    TIE_NONE,
    TIE_EVEN,            /* two or more options share the most votes (show.tied) */
    TIE_NO_VOTES,        /* every count is zero: were the hands forgotten? */
    TIE_LOCKED,          /* most voted for an option that is not open now */
} WorkshopTie;

/* What to show now. Pointers stay valid until the next event or workshop_flow_begin. */
typedef struct WorkshopShow {
    WorkshopStage stage;
    const char *path;            /* the scenario file to open (WORKSHOP_OPEN) */
    int scenario, scenario_count;   /* the place in the playlist, from 0 */
    const View *view;            /* the story now; NULL before a scenario is open */
    const char *prompt;          /* WORKSHOP_DISCUSS: what the room talks about */
    bool timed, counting;        /* the discussion has a countdown; it is running (not at 0:00) */
    bool over;                   /* the countdown ran to 0:00: time to go on */
    bool restarts;               /* WEV_COUNTDOWN starts it again from the full length */
    uint32_t ms_left;            /* of the countdown */
    const int *counts;           /* WORKSHOP_VOTE and WORKSHOP_TIE: votes for each option */
    int option_count;
    WorkshopTie tie;             /* WORKSHOP_TIE: why the facilitator is asked */
    uint32_t tied;               /* TIE_EVEN: bit i for each option with the most votes */
    int followed;                /* the option the story took at the last vote, or -1 */
    int decisions;               /* earlier decisions the room can rewind to */
    int branch_from;             /* the decision rewound to, or -1 */
    const char *branch;          /* the branch left behind there, as the room saw it, or NULL */
    bool last;                   /* the playlist's last scenario */
} WorkshopShow;

typedef enum WorkshopEventKind {
    WEV_GO_ON,     /* story: continue; discussion: done; rewind: back without one */
    WEV_COUNTDOWN, /* start the countdown, pause it when running, restart it after a stop or 0:00 */
    WEV_COUNTDOWN_ADJUST, /* count milliseconds more (or, negative, less) on the countdown */
    WEV_COUNTDOWN_STOP,
    WEV_SET_VOTES,  /* option's count becomes count */
    WEV_ADD_VOTES,  /* option's count changes by count (-1: a phone changed its vote) */
    WEV_CLOSE_VOTE, /* follow the majority; a tie goes to WORKSHOP_TIE */
    WEV_PICK,       /* the facilitator's call: option (in a vote or a tie) */
    WEV_REWIND,     /* ask which decision to go back to */
    WEV_REWIND_TO,  /* back to decision option (0-based) */
    WEV_NEXT,       /* on to the next scenario, leaving this one where it is */
    WEV_RESTART,    /* the playlist from its first scenario, for the next group */
    WEV_END,        /* end the session now */
} WorkshopEventKind;

typedef struct WorkshopEvent {
    WorkshopEventKind kind;
    int option, count;
} WorkshopEvent;

typedef struct WorkshopFlow WorkshopFlow;

/* A session over playlist (copied); NULL when out of memory. */
WorkshopFlow *workshop_flow_new(char *const *playlist, int count);
void workshop_flow_free(WorkshopFlow *flow);
/* Plays the scenario show.path named, loaded by the front end (it must outlive the scenario's
   play). False when it cannot start (out of memory, or the session's log is full). */
bool workshop_flow_begin(WorkshopFlow *flow, const Scenario *scenario, const ScriptHooks *hooks,
                         uint32_t now);
const WorkshopShow *workshop_flow_show(WorkshopFlow *flow, uint32_t now);
/* False when the event does not fit the stage (nothing changes then). */
bool workshop_flow_send(WorkshopFlow *flow, WorkshopEvent event, uint32_t now);
/* The story being played, for drawing it and its debrief; NULL before a scenario is open. */
const Runtime *workshop_flow_runtime(const WorkshopFlow *flow);
/* After a rewind: the story from the decision rewound to, as it went this time, to show beside
   show.branch (caller frees; NULL when out of memory). */
char *workshop_flow_branch_now(const WorkshopFlow *flow);
/* Everything the report says. */
Session *workshop_flow_session(WorkshopFlow *flow);

#endif
