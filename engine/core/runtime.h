/* runtime.h: the narrow waist every front end drives: what is on screen now, and take a choice. */
#ifndef HEARTLINES_RUNTIME_H
#define HEARTLINES_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"
#include "record.h"
#include "script_hooks.h"

typedef enum ViewKind {
    VIEW_CHOOSE,         /* lines, then choices to pick from */
    VIEW_CONTINUE,       /* lines, then one way on (runtime_choose(rt, 0)) */
    VIEW_ENDING,         /* the story is over: see debrief.h */
    VIEW_ERROR,          /* a scenario function failed: see runtime_diags */
} ViewKind;

typedef struct ViewLine {
    int speaker;                 /* cast index, SPEAKER_NARRATOR or SPEAKER_YOU */
    const char *speaker_name;    /* NULL for narration */
    const char *text;
} ViewLine;

typedef struct ViewChoice {
    int choice;                  /* authored index in the node */
    const char *text;
    bool locked;                 /* shown, but cannot be taken now (see View.lock_hint) */
} ViewChoice;

/* What is on screen now. Pointers stay valid until the next runtime_choose or runtime_free. */
typedef struct View {
    ViewKind kind;
    int node;
    const ViewLine *lines;
    int line_count;
    const ViewChoice *choices;   /* in display order (shuffled when asked) */
    int choice_count;
    const char *lock_hint;       /* why locked choices are locked, or NULL */
    bool lock_hint_seen;         /* an earlier decision of this run had the hint: front ends show
                                    it once, then only mark the locked choices */
    const char *coach;           /* the coaching note on the choice just taken, or NULL */
    int step;                    /* decisions taken so far */
    int turn;                    /* who decides: SPEAKER_YOU, or a role's cast index */
    const char *turn_name;       /* that role's name, or NULL when the scenario has no roles */
    bool others_turn;            /* a decision of the role the player did not take (see
                                    runtime_play_side): show runtime_other_move's line as that
                                    character's, and take it */
} View;

typedef struct Runtime Runtime;

/* Starts the scenario at its start node. seed fixes the choice order when shuffle is set. */
Runtime *runtime_new(const Scenario *scenario, const ScriptHooks *hooks, uint64_t seed,
                     bool shuffle);
void runtime_free(Runtime *runtime);

const View *runtime_view(const Runtime *runtime);
/* Takes the choice at display position index (0 to continue). False if it cannot be taken. */
bool runtime_choose(Runtime *runtime, int index);
/* Replays a recorded decision: continues through scenes without choices, then takes the choice
   with authored index choice at node. False when the story is elsewhere or it cannot be taken. */
bool runtime_replay(Runtime *runtime, int node, int choice);

/* A player alone in a two-role scenario takes one side: role is a cast index from the scenario's
   roles (SPEAKER_YOU: both sides in turn, the default). The other role's decisions are then
   marked View.others_turn, and their steps Step.other_side, which the debrief and the skills
   journal leave out. Call it before the first decision. */
void runtime_play_side(Runtime *runtime, int role);
/* At the other side's decision: the display index of their move, one of their open choices drawn
   at random from the seed and the decision's number, so --seed replays it. Every option a writer
   gives a character is something that person might really say, so none is favoured. */
int runtime_other_move(const Runtime *runtime);

/* The next chance that can go to node goes there, whatever the seed says: for scenario tests. */
void runtime_fix_chance(Runtime *runtime, int node);

const Scenario *runtime_scenario(const Runtime *runtime);
const Record *runtime_record(const Runtime *runtime);
const int *runtime_state(const Runtime *runtime);
const DiagList *runtime_diags(const Runtime *runtime);

#endif
