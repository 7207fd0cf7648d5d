/* stats.c: static counts, then random playthroughs through the real runtime. */
#include "stats.h"

#include <stdlib.h>
#include <string.h>

#include "runtime.h"
#include "shuffle.h"
#include "vocab.h"

enum { DEBRIEF_WORDS = 150 };   /* about what a debrief asks a player to read */

static int count_words(const char *text)
{
    int words = 0;
    bool in_word = false;
    for (const char *p = text ? text : ""; *p; p++) {
        bool space = *p == ' ' || *p == '\n' || *p == '\t';
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

static void count_tags(const Scenario *scenario, ScenarioStats *out)
{
    bool skills[64] = {false}, pitfalls[64] = {false};
    for (int n = 0; n < scenario->node_count; n++)
        for (int c = 0; c < scenario->nodes[n].choice_count; c++) {
            const Choice *choice = &scenario->nodes[n].choices[c];
            for (int i = 0; i < choice->skill_count; i++) skills[choice->skills[i]] = true;
            for (int i = 0; i < choice->pitfall_count; i++) pitfalls[choice->pitfalls[i]] = true;
        }
    for (int i = 0; i < 64; i++) out->skills_used += skills[i], out->pitfalls_used += pitfalls[i];
}

/* Whether the option with the most skills is also the longest: a pattern players learn to game. */
static bool longest_is_best(const Node *node)
{
    int best = -1, longest = -1;
    size_t longest_length = 0;
    for (int c = 0; c < node->choice_count; c++) {
        const Choice *choice = &node->choices[c];
        size_t length = choice->text.fixed ? strlen(choice->text.fixed) : 0;
        if (best < 0 || choice->skill_count > node->choices[best].skill_count) best = c;
        if (longest < 0 || length > longest_length) longest = c, longest_length = length;
    }
    return best >= 0 && node->choices[best].skill_count > 0 &&
           node->choices[longest].skill_count == node->choices[best].skill_count;
}

static void count_static(const Scenario *scenario, ScenarioStats *out)
{
    out->nodes = scenario->node_count;
    out->endings = scenario_ending_count(scenario);
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        for (int i = 0; i < node->line_count; i++)
            out->words += count_words(node->lines[i].text.fixed);
        for (int c = 0; c < node->choice_count; c++)
            out->words += count_words(node->choices[c].text.fixed);
        if (node->choice_count) {
            out->decisions++;
            out->longest_is_best += longest_is_best(node);
        }
    }
    count_tags(scenario, out);
}

static int compare_ints(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

/* One playthrough; returns false on an error. Adds what was read to *words. */
static bool play_once(const Scenario *scenario, const ScriptHooks *hooks, uint64_t seed,
                      bool *endings, int *words, int *decisions, bool *visited, DiagList *diags)
{
    Runtime *rt = runtime_new(scenario, hooks, seed, true);
    if (!rt) return false;
    /* The pick has its own stream: drawn from the seed that also shuffles the display, it followed
       the shuffle, and the last option authored was taken two times in three. */
    uint64_t rng = seed ^ 0x6A09E667F3BCC909ull;
    int guard = 0;
    for (const View *view = runtime_view(rt);
         view->kind == VIEW_CHOOSE || view->kind == VIEW_CONTINUE; view = runtime_view(rt)) {
        visited[view->node] = true;
        for (int i = 0; i < view->line_count; i++) *words += count_words(view->lines[i].text);
        if (++guard > 10000) break;
        if (view->kind == VIEW_CONTINUE) {
            runtime_choose(rt, 0);
            continue;
        }
        int open[MAX_NODE_ITEMS], count = 0;
        for (int i = 0; i < view->choice_count; i++)
            if (!view->choices[i].locked) open[count++] = i;
        if (count == 0) break;
        int pick = open[shuffle_mix(&rng) % (uint64_t)count];
        for (int i = 0; i < view->choice_count; i++)
            *words += count_words(view->choices[i].text); /* all are read */
        (*decisions)++;
        runtime_choose(rt, pick);
    }
    const View *end = runtime_view(rt);
    bool ok = end->kind == VIEW_ENDING;
    if (ok) endings[end->node] = visited[end->node] = true;
    const DiagList *errors = runtime_diags(rt);
    for (int i = 0; i < errors->count && diags->count < 50; i++)
        diag_add(diags, errors->items[i].code, errors->items[i].file, errors->items[i].line, "%s",
                 errors->items[i].message);
    runtime_free(rt);
    return ok;
}

void stats_measure(const Scenario *scenario, const ScriptHooks *hooks, int runs, ScenarioStats *out,
                   int *node_hits, DiagList *diags)
{
    *out = (ScenarioStats){.runs = runs};
    count_static(scenario, out);
    size_t nodes = (size_t)scenario->node_count + 1;
    bool *endings = calloc(nodes, sizeof *endings), *visited = calloc(nodes, sizeof *visited);
    int *words = calloc((size_t)runs + 1, sizeof *words),
        *decisions = calloc((size_t)runs + 1, sizeof *decisions);
    if (!endings || !visited || !words || !decisions) runs = 0;
    for (int r = 0; r < runs; r++) {
        memset(visited, 0, nodes * sizeof *visited);
        out->failed_runs += !play_once(scenario, hooks, (uint64_t)r + 1, endings, &words[r],
                                       &decisions[r], visited, diags);
        for (int n = 0; node_hits && n < scenario->node_count; n++) node_hits[n] += visited[n];
    }
    for (int n = 0; n < scenario->node_count && endings; n++) out->endings_reached += endings[n];
    if (runs > 0) {
        qsort(words, (size_t)runs, sizeof *words, compare_ints);
        qsort(decisions, (size_t)runs, sizeof *decisions, compare_ints);
        out->median_words = words[runs / 2];
        out->median_decisions = decisions[runs / 2];
        out->minutes =
            (out->median_words + DEBRIEF_WORDS) / 180.0 + out->median_decisions * 10.0 / 60.0;
    }
    free(endings);
    free(visited);
    free(words);
    free(decisions);
}
