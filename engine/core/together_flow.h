/* together_flow.h: two players, one story, once for every front end. Take a side: in a two-role
   scenario each plays one role, with a hand-over whenever the decision passes to the other.
   Pick, then reveal: both choose in private, in turn after a hand-over or at once on their own
   keys, then both picks are shown and the story follows the leader's, or the one the players
   name. A front end shows what together_flow_show says and sends what the players do as events;
   it decides nothing itself. Who chose what is in together_flow_picks, for the debrief for two
   (together_debrief.h) and, only when the players ask, a file (together_save). */
#ifndef HEARTLINES_TOGETHER_FLOW_H
#define HEARTLINES_TOGETHER_FLOW_H

#include <stdbool.h>

#include "together.h"

typedef enum TogetherMode {
    TOGETHER_SIDES,  /* a two-role scenario: each player plays one role */
    TOGETHER_REVEAL, /* any scenario: both pick in private, then both picks are shown */
} TogetherMode;

/* At once, each player has a key (or a gamepad button) per option: up to five options. A
   decision with more is picked in turn, after hand-overs. */
enum { TOGETHER_AT_ONCE_MAX = 5 };

typedef enum TogetherStage {
    TOGETHER_STORY,    /* lines with one way on, or (take a side) the decision itself: TEV_PICK */
    TOGETHER_HANDOVER, /* show.player's turn, the other looks away: TEV_READY (or TEV_AT_ONCE) */
    TOGETHER_PICK,     /* show.player chooses in private: TEV_PICK */
    TOGETHER_AT_ONCE,  /* both choose now, each on their own keys: TEV_PICK from either */
    TOGETHER_BOTH_IN,  /* both picks in, shown side by side: TEV_FOLLOW */
    TOGETHER_ENDING,   /* the story is over: the debrief for two */
    TOGETHER_BROKEN,   /* the story stopped on an error: runtime_diags says why */
} TogetherStage;

/* What to show now. Pointers stay valid until the next event. */
typedef struct TogetherShow {
    TogetherStage stage;
    TogetherMode mode;
    const View *view;     /* the story now */
    int player;           /* HANDOVER, PICK: whose turn it is (0 or 1) */
    bool offer_at_once;   /* HANDOVER: both may choose at once instead (TEV_AT_ONCE) */
    bool at_once;         /* picking at once is on; it applies where the options fit */
    bool picked[PLAYERS]; /* PICK, AT_ONCE: who has chosen (never what) */
    int picks[PLAYERS];   /* BOTH_IN: the option each chose */
    bool agreed;          /* BOTH_IN: both chose the same */
    int leader;           /* whose pick the story follows where they differ, unless told */
    const char *reaction; /* BOTH_IN: the scenario's line on agreeing or differing */
} TogetherShow;

typedef enum TogetherEventKind {
    TEV_READY,   /* HANDOVER: the player whose turn it is is ready, the other looks away */
    TEV_AT_ONCE, /* pick-then-reveal: at once from now (option 1) or in turn (0); this
                    decision's picks are dropped, so it is chosen afresh */
    TEV_PICK,    /* STORY: take option; PICK: show.player picks option; AT_ONCE: player does */
    TEV_FOLLOW,  /* BOTH_IN: the story follows player's pick (-1: the leader's) */
} TogetherEventKind;

typedef struct TogetherEvent {
    TogetherEventKind kind;
    int player, option;
} TogetherEvent;

typedef struct TogetherFlow TogetherFlow;

/* Two players over runtime (not owned; it must outlive the flow). lead: where picks differ the
   story follows player 0 or 1, or each in turn from player 0 (LEAD_TURNS). Sides needs the
   scenario's two roles. NULL when out of memory. */
TogetherFlow *together_flow_new(Runtime *runtime, TogetherMode mode, int lead);
void together_flow_free(TogetherFlow *flow);
const TogetherShow *together_flow_show(TogetherFlow *flow);
/* False when the event does not fit the stage (nothing changes then). */
bool together_flow_send(TogetherFlow *flow, TogetherEvent event);
/* Who chose what so far, for the debrief for two and for keeping. */
const Together *together_flow_picks(const TogetherFlow *flow);

#endif
