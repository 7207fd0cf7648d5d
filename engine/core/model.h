/* model.h: a scenario as plain data: cast, state, nodes, lines, choices. One arena owns it all. */
#ifndef HEARTLINES_MODEL_H
#define HEARTLINES_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"

enum {
    NODE_NONE = -1,
    SPEAKER_NARRATOR = -1,
    SPEAKER_YOU = -2,
    NO_FUNCTION = 0,     /* a Text or condition with no script function behind it */
    MAX_DECLARED_VARS = 16,  /* what a writer can declare in state */
    MAX_STATE_VARS = 32,     /* those, plus one for each once-only choice */
    MAX_NODE_ITEMS = 256,    /* lines plus choices in one node */
};

/* Text is either fixed or computed by a script function (fn, a handle the script hooks know). */
typedef struct Text {
    const char *fixed;
    int fn;
} Text;

typedef struct Line {
    const char *id;      /* stable id, "node.3f2a9c1e": see scenario_link */
    int speaker;         /* a cast index, SPEAKER_NARRATOR or SPEAKER_YOU */
    Text text;
    int line;
} Line;

typedef struct Effect {
    int var;
    int delta;           /* or, when set, the value itself */
    bool set;
} Effect;

/* A jump decided by the state or by chance: `to = branch { ... }` or `chance { ... }`, or the same
   in a node's next. A branch takes its first arm whose condition holds; a chance draws an arm by
   weight, seeded so that a game replays the same way. An arm goes to a node or to a nested jump. */
typedef struct Branch Branch;
typedef struct BranchArm {
    const char *target_id;   /* NULL when sub is set */
    int target;              /* node index once linked */
    const Branch *sub;
    int when_fn;             /* branch arms: NO_FUNCTION when the arm always holds */
    int weight;              /* chance arms: at least 1 */
} BranchArm;

struct Branch {
    bool chance;
    BranchArm *arms;
    int arm_count;
    int line;
};

typedef struct Choice {
    const char *id;      /* stable id: authored (id = "..."), or "node.3f2a9c1e" from its text */
    Text text;
    const char *target_id;
    int target;          /* node index once linked; NODE_NONE when branch decides */
    const Branch *branch;
    int line;
    uint8_t *skills, *pitfalls;   /* vocabulary indices */
    int skill_count, pitfall_count;
    Effect *effects;
    int effect_count;
    const char *coach;
    int when_fn;         /* NO_FUNCTION: always available */
    bool calm;           /* locked while the player is flooded */
    bool fallback;       /* shown only when no other choice is open */
    bool once;           /* hidden once taken */
    int once_var;        /* the hidden state value that marks it taken: by scenario_link */
    bool id_authored;    /* id came from the scenario, not from the text */
} Choice;

typedef struct Node {
    const char *id;
    int line;
    int need;            /* vocabulary need index, -1 when none */
    int turn;            /* who decides here: SPEAKER_YOU, or a role's cast index */
    const char *discuss; /* a prompt that pauses a workshop here for the room to talk, or NULL */
    int discuss_seconds; /* the countdown the facilitator can start (0: none) */
    const char *agreed, *differed;   /* two players picking in private: a line shown with both picks
                                        when they chose the same, or not (NULL: none) */
    Line *lines;
    int line_count;
    Choice *choices;
    int choice_count;
    const char *next_id; /* for nodes that continue without a choice */
    int next;
    const Branch *next_branch;   /* or next = branch { ... } / chance { ... } */
    bool is_ending;
    const char *title, *summary, *reflect;   /* endings only */
} Node;

typedef enum VarKind {
    VAR_NUMBER,          /* a whole number the debrief follows */
    VAR_FLAG,            /* true or false, 1 or 0 */
    VAR_VISITS,          /* how many times the story entered node (counting stops at max) */
    VAR_TAKEN,           /* hidden: whether a once-only choice was taken */
} VarKind;

typedef struct StateVar {
    const char *name;
    int start, min, max;
    bool lower_is_better;
    VarKind kind;
    const char *node_id; /* VAR_VISITS: the node counted */
    int node;
} StateVar;

typedef struct CastMember {
    const char *key, *name;
} CastMember;

/* The other person floods: a choice that pushes var to at or above goes to target instead. */
typedef struct Flooding {
    int var;             /* -1 when the scenario has none */
    int at;
    const char *target_id;
    int target;
    int line;
} Flooding;

/* The player floods: while var is at or above at, calm choices are locked with hint. */
typedef struct SelfFlooding {
    int var;             /* -1 when the scenario has none */
    int at;
    const char *hint;
} SelfFlooding;

typedef struct Scenario {
    Arena arena;
    const char *file;
    int line;
    const char *id, *title, *blurb, *setting, *reflect;
    int minutes;
    const char **notes;
    int note_count;
    CastMember *cast;
    int cast_count;
    int roles[2];        /* cast indices of the two playable roles, when role_count is 2 */
    int role_count;
    StateVar *vars;
    int var_count;
    Node *nodes;
    int node_count;
    const char *start_id;
    int start;
    Flooding flooding;
    SelfFlooding self_flooding;
    int *node_index;     /* open-addressing table of node ids, built by scenario_link */
    int node_index_size;
    int most_items; /* the most lines, or choices, in one node (at least 1): by scenario_link */
    int principal;  /* the cast member with the most lines, or SPEAKER_NARRATOR: by scenario_link */
} Scenario;

Scenario *scenario_new(const char *file);
void scenario_free(Scenario *scenario);

int scenario_find_cast(const Scenario *scenario, const char *key);    /* -1 when unknown */
int scenario_find_var(const Scenario *scenario, const char *name);    /* -1 when unknown */
/* Whether a choice can change var: numbers and flags can, counters cannot. */
bool scenario_var_settable(const StateVar *var);
int scenario_find_node(const Scenario *scenario, const char *id);     /* after scenario_link */
const char *scenario_speaker_name(const Scenario *scenario, int speaker);  /* NULL for narration */
int scenario_ending_count(const Scenario *scenario);
/* Ids are words: letters, digits and underscores, starting with a letter. */
bool scenario_valid_id(const char *id);

/* The choice of node with this id (or, for old saves, this index written as a number); -1. */
int scenario_find_choice(const Scenario *scenario, int node, const char *id);

/* Resolves every node reference by id, gives every line and choice its stable id, and reports
   what does not fit (see diag_codes.h). Returns false when the scenario has errors. */
bool scenario_link(Scenario *scenario, DiagList *diags);

#endif
