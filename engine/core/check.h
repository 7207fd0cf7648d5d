/* check.h: static checks and an exhaustive walk of every reachable (node, state) of a scenario. */
#ifndef HEARTLINES_CHECK_H
#define HEARTLINES_CHECK_H

#include <stdbool.h>

#include "model.h"
#include "script_hooks.h"

typedef struct CheckOptions {
    int max_states;      /* exploration bound; W305 when reached */
    double walk_seconds; /* CPU time for the whole walk (0: CHECK_DEFAULT_WALK_SECONDS); E105 when
                            reached. Each call has a budget, but together they could take hours */
} CheckOptions;

typedef struct CheckStats {
    int states;          /* distinct (node, state) pairs visited */
    int nodes_reached;
    int endings_reached;
    bool bounded;        /* stopped at max_states */
} CheckStats;

enum { CHECK_DEFAULT_MAX_STATES = 200000 };
#define CHECK_DEFAULT_WALK_SECONDS 1.0   /* the shipped scenarios' walks take under 0.1 s */

/* Adds every finding to diags. The scenario must be linked without errors. */
void check_scenario(const Scenario *scenario, const ScriptHooks *hooks, const CheckOptions *options,
                    DiagList *diags, CheckStats *stats);

#endif
