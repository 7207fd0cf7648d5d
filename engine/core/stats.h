/* stats.h: what a scenario is like to play: size, words, time, tags, and seeded random
 * playthroughs. */
#ifndef HEARTLINES_STATS_H
#define HEARTLINES_STATS_H

#include <stdbool.h>

#include "model.h"
#include "script_hooks.h"

typedef struct ScenarioStats {
    int nodes, endings;
    int decisions;               /* nodes with choices */
    int words;                   /* in every fixed line and choice */
    int skills_used, pitfalls_used;   /* distinct tags */
    int longest_is_best; /* decisions where the option with most skills is also the longest */
    int runs;                    /* random playthroughs made */
    int failed_runs;             /* that stopped on an error */
    int endings_reached;         /* distinct endings the runs reached */
    int median_words, median_decisions;   /* per playthrough */
    double minutes; /* a median playthrough: every line and option shown, and the debrief,
                       read at 180 words a minute, and 10 s to weigh each decision */
} ScenarioStats;

/* Measures scenario; runs playthroughs use seeds 1..runs and pick uniformly among open choices.
   node_hits, when not NULL, has a count per node: how many runs passed through it. Diagnostics
   from failing runs go to diags. */
void stats_measure(const Scenario *scenario, const ScriptHooks *hooks, int runs, ScenarioStats *out,
                   int *node_hits, DiagList *diags);

#endif
