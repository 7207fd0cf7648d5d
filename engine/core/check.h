/* check.h: static checks and an exhaustive walk of every reachable (node, state) of a scenario. */
#ifndef HEARTLINES_CHECK_H
#define HEARTLINES_CHECK_H

#include <stdbool.h>

#include "model.h"
#include "script_hooks.h"

typedef struct CheckOptions {
    int max_states;      /* exploration bound; W305 when reached */
} CheckOptions;

typedef struct CheckStats {
    int states;          /* distinct (node, state) pairs visited */
    int nodes_reached;
    int endings_reached;
    bool bounded;        /* stopped at max_states */
} CheckStats;

enum { CHECK_DEFAULT_MAX_STATES = 200000 };

/* Adds every finding to diags. The scenario must be linked without errors. */
void check_scenario(const Scenario *scenario, const ScriptHooks *hooks, const CheckOptions *options,
                    DiagList *diags, CheckStats *stats);

#endif
