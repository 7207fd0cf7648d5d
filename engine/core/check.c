/* check.c: what a writer needs to hear before a player finds it.

   Static checks look at each node alone. The walk then visits every distinct (node, state) pair
   reachable from the start, breadth first, calling the scenario's conditions and computed text
   at each, so a failing function, a node stuck with no open choice in some state, and nodes or
   endings no path reaches are all found. A function that failed once is not called again, so
   one bug gives one message. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "state_set.h"

typedef struct Explorer {
    const Scenario *scenario;
    const ScriptHooks *hooks;
    DiagList *diags;
    StateSet seen;               /* tuples of (node, vars...) */
    bool *reached, *stuck_reported;
    int *failed_fns;
    int failed_count, failed_capacity;
    StrBuf scratch;
} Explorer;

static void check_static(const Scenario *scenario, DiagList *diags)
{
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        if (node->choice_count && node->need < 0)
            diag_add(diags, DIAG_NO_NEED, scenario->file, node->line,
                     "node '%s' has choices but no need: what does the other person need right now?", node->id);
        for (int c = 0; c < node->choice_count; c++)
            if (!node->choices[c].coach)
                diag_add(diags, DIAG_NO_COACHING, scenario->file, node->choices[c].line,
                         "choice %d of node '%s' has no coaching note (coach = \"...\")", c + 1, node->id);
    }
}

static bool has_failed(const Explorer *ex, int fn)
{
    for (int i = 0; i < ex->failed_count; i++)
        if (ex->failed_fns[i] == fn) return true;
    return false;
}

static void remember_failure(Explorer *ex, int fn)
{
    if (ex->failed_count == ex->failed_capacity) {
        int capacity = ex->failed_capacity ? ex->failed_capacity * 2 : 8;
        int *fns = realloc(ex->failed_fns, (size_t)capacity * sizeof *fns);
        if (!fns) return;
        ex->failed_fns = fns;
        ex->failed_capacity = capacity;
    }
    ex->failed_fns[ex->failed_count++] = fn;
}

static void try_text(Explorer *ex, const Text *text, const int *vars)
{
    if (text->fn == NO_FUNCTION || has_failed(ex, text->fn)) return;
    strbuf_clear(&ex->scratch);
    if (!rules_text(text, vars, ex->hooks, &ex->scratch, ex->diags)) remember_failure(ex, text->fn);
}

static ChoiceState choice_state(Explorer *ex, const Choice *choice, const int *vars)
{
    ChoiceState state = CHOICE_HIDDEN;
    if (choice->when_fn != NO_FUNCTION && has_failed(ex, choice->when_fn)) return CHOICE_HIDDEN;
    if (!rules_choice_state(ex->scenario, choice, vars, ex->hooks, ex->diags, &state)) {
        remember_failure(ex, choice->when_fn);
        return CHOICE_HIDDEN;
    }
    return state;
}

static void report_stuck(Explorer *ex, int n, const int *vars)
{
    const Scenario *scenario = ex->scenario;
    if (ex->stuck_reported[n]) return;
    ex->stuck_reported[n] = true;
    StrBuf state = {0};
    for (int i = 0; i < scenario->var_count; i++)
        strbuf_printf(&state, "%s%s=%d", i ? ", " : "", scenario->vars[i].name, vars[i]);
    diag_add(ex->diags, DIAG_DEAD_END, scenario->file, scenario->nodes[n].line,
             "node '%s' can offer no open choice when %s", scenario->nodes[n].id,
             state.length ? strbuf_text(&state) : "the story reaches it");
    strbuf_free(&state);
}

/* Queues (node, vars); false only when memory ran out. */
static bool visit(Explorer *ex, int node, const int *vars)
{
    int tuple[1 + MAX_STATE_VARS];
    tuple[0] = node;
    memcpy(tuple + 1, vars, (size_t)ex->scenario->var_count * sizeof(int));
    return state_set_add(&ex->seen, tuple) >= 0;
}

static bool expand(Explorer *ex, const int *tuple)
{
    const Scenario *scenario = ex->scenario;
    const Node *node = &scenario->nodes[tuple[0]];
    const int *vars = tuple + 1;
    ex->reached[tuple[0]] = true;
    for (int i = 0; i < node->line_count; i++) try_text(ex, &node->lines[i].text, vars);
    if (node->is_ending) return true;
    if (node->next != NODE_NONE) return visit(ex, node->next, vars);
    int open = 0;
    for (int c = 0; c < node->choice_count; c++) {
        const Choice *choice = &node->choices[c];
        ChoiceState state = choice_state(ex, choice, vars);
        if (state == CHOICE_HIDDEN) continue;
        try_text(ex, &choice->text, vars);
        if (state == CHOICE_LOCKED) continue;
        open++;
        int after[MAX_STATE_VARS];
        memcpy(after, vars, sizeof after);
        if (!visit(ex, rules_apply(scenario, choice, after), after)) return false;
    }
    if (open == 0) report_stuck(ex, tuple[0], vars);
    return true;
}

static void report_unreached(const Explorer *ex, CheckStats *stats)
{
    const Scenario *scenario = ex->scenario;
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        if (ex->reached[n]) {
            stats->nodes_reached++;
            stats->endings_reached += node->is_ending;
        } else if (node->is_ending)
            diag_add(ex->diags, DIAG_ENDING_UNREACHED, scenario->file, node->line,
                     "ending '%s' is never reached from the start", node->id);
        else
            diag_add(ex->diags, DIAG_UNREACHABLE_NODE, scenario->file, node->line,
                     "node '%s' is never reached from the start", node->id);
    }
}

static void explore(Explorer *ex, const CheckOptions *options, CheckStats *stats)
{
    const Scenario *scenario = ex->scenario;
    int vars[MAX_STATE_VARS] = {0};
    rules_start_state(scenario, vars);
    bool ok = visit(ex, scenario->start, vars);
    int i = 0;
    for (; ok && i < ex->seen.count; i++) {
        if (i >= options->max_states) {
            stats->bounded = true;
            diag_add(ex->diags, DIAG_STATE_SPACE, scenario->file, scenario->line,
                     "stopped after %d states; reachability results are partial", options->max_states);
            break;
        }
        int tuple[1 + MAX_STATE_VARS];   /* a copy: visiting may move the set's storage */
        memcpy(tuple, state_set_at(&ex->seen, i), (size_t)ex->seen.width * sizeof(int));
        ok = expand(ex, tuple);
    }
    stats->states = i;
    if (!ok) diag_add(ex->diags, DIAG_MEMORY, scenario->file, scenario->line, "out of memory while exploring");
    else if (!stats->bounded) report_unreached(ex, stats);
}

void check_scenario(const Scenario *scenario, const ScriptHooks *hooks, const CheckOptions *options,
                    DiagList *diags, CheckStats *stats)
{
    *stats = (CheckStats){0};
    check_static(scenario, diags);
    if (scenario->start == NODE_NONE) return;
    Explorer ex = {.scenario = scenario, .hooks = hooks, .diags = diags};
    ex.reached = calloc((size_t)scenario->node_count, sizeof *ex.reached);
    ex.stuck_reported = calloc((size_t)scenario->node_count, sizeof *ex.stuck_reported);
    if (ex.reached && ex.stuck_reported && state_set_init(&ex.seen, 1 + scenario->var_count))
        explore(&ex, options, stats);
    else diag_add(diags, DIAG_MEMORY, scenario->file, scenario->line, "out of memory while exploring");
    state_set_free(&ex.seen);
    free(ex.reached);
    free(ex.stuck_reported);
    free(ex.failed_fns);
    strbuf_free(&ex.scratch);
}
