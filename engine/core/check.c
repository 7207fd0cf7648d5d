/* check.c: what a writer needs to hear before a player finds it.

   Static checks look at each node alone. The walk then visits every distinct (node, state) pair
   reachable from the start, breadth first, calling the scenario's conditions and computed text
   at each, so a failing function, a node stuck with no open choice in some state, and nodes or
   endings no path reaches are all found. A function that failed once is not called again, so
   one bug gives one message. A budget or memory failure (E105, E106) stops the scenario's code
   for good, so the walk stops there too: every later call would only repeat it, and what the
   walk has not reached says nothing about the scenario. The walk as a whole has a CPU-time
   budget too, checked before every call: calls that each keep to their own budget could
   otherwise add up to hours. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "array_grow.h"
#include "rules.h"
#include "state_set.h"

typedef struct Explorer {
    const Scenario *scenario;
    const ScriptHooks *hooks;
    DiagList *diags;
    StateSet seen;               /* tuples of (node, vars...) */
    bool *reached;
    uint8_t *reported;           /* per node: which state-dependent findings were already given */
    bool *failed_fns;            /* by function handle */
    int failed_size;
    bool scripts_stopped;        /* E105 or E106: no function can run again */
    double walk_seconds;         /* the walk's budget of CPU time */
    double walk_deadline;        /* on the process's CPU clock */
    double cpu_seen, wall_seen;  /* the last CPU clock reading, and the monotonic clock then */
    StrBuf scratch;
} Explorer;

static void check_static(const Scenario *scenario, DiagList *diags)
{
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        if (node->choice_count && node->need < 0)
            diag_add(
                diags, DIAG_NO_NEED, scenario->file, node->line,
                "node '%s' has choices but no need: what does the other person need right now?",
                node->id);
        for (int c = 0; c < node->choice_count; c++)
            if (!node->choices[c].coach)
                diag_add(diags, DIAG_NO_COACHING, scenario->file, node->choices[c].line,
                         "choice %d of node '%s' has no coaching note (coach = \"...\")", c + 1,
                         node->id);
    }
}

static double clock_seconds(clockid_t clock)
{
    struct timespec now;
    clock_gettime(clock, &now);
    return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

/* Stops the walk, once, when its budget is spent: as a script's E105 does. Reading the process's
   CPU clock is a system call and this runs before every call, so (as the sandbox does) the cheap
   monotonic clock stands in until CPU time could have reached the deadline. */
static bool walk_over_budget(Explorer *ex)
{
    if (ex->scripts_stopped) return true;
    double wall = clock_seconds(CLOCK_MONOTONIC);
    if (ex->cpu_seen + (wall - ex->wall_seen) < ex->walk_deadline) return false;
    ex->cpu_seen = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
    ex->wall_seen = wall;
    if (ex->cpu_seen < ex->walk_deadline) return false;
    ex->scripts_stopped = true;
    diag_add(ex->diags, DIAG_BUDGET, ex->scenario->file, ex->scenario->line,
             "the check's walk ran past its budget (%.1f s of CPU time), so its results are "
             "partial; check --walk-seconds S raises it", ex->walk_seconds);
    return true;
}

static bool can_call(Explorer *ex, int fn)
{
    return !walk_over_budget(ex) && !(fn < ex->failed_size && ex->failed_fns[fn]);
}

/* The hooks' contract (script_hooks.h): E105 and E106 mean the scenario's code cannot run again. */
static bool failure_stops_scripts(const DiagList *diags)
{
    if (diags->count == 0) return false;
    DiagCode last = diags->items[diags->count - 1].code;
    return last == DIAG_BUDGET || last == DIAG_MEMORY;
}

static void remember_failure(Explorer *ex, int fn)
{
    ex->scripts_stopped |= failure_stops_scripts(ex->diags);
    int old_size = ex->failed_size;
    bool *fns = array_grow(ex->failed_fns, &ex->failed_size, fn + 1, sizeof *fns, 64);
    if (!fns) return;
    memset(fns + old_size, 0, (size_t)(ex->failed_size - old_size) * sizeof *fns);
    ex->failed_fns = fns;
    ex->failed_fns[fn] = true;
}

static void try_text(Explorer *ex, const Text *text, const int *vars)
{
    if (text->fn == NO_FUNCTION || !can_call(ex, text->fn)) return;
    strbuf_clear(&ex->scratch);
    if (!rules_text(text, vars, ex->hooks, &ex->scratch, ex->diags)) remember_failure(ex, text->fn);
}

/* The choice's state; *failed is set when its condition failed (now or before), so that one
   broken function does not also show up as a dead end or a missing option. */
static ChoiceState choice_state(Explorer *ex, const Choice *choice, const int *vars, bool *failed)
{
    ChoiceState state = CHOICE_HIDDEN;
    if (choice->when_fn != NO_FUNCTION && !can_call(ex, choice->when_fn)) {
        *failed = true;
        return CHOICE_HIDDEN;
    }
    if (!rules_choice_state(ex->scenario, choice, vars, ex->hooks, ex->diags, &state)) {
        remember_failure(ex, choice->when_fn);
        *failed = true;
        return CHOICE_HIDDEN;
    }
    return state;
}

static uint8_t finding_bit(DiagCode code)
{
    switch (code) {
    case DIAG_DEAD_END: return 1;
    case DIAG_SINGLE_OPTION: return 2;
    case DIAG_NO_SKILL_OPTION: return 4;
    default: return 8;
    }
}

/* Reports a finding about node n in the state vars, once per node and code. */
static void report_state(Explorer *ex, int n, const int *vars, DiagCode code, const char *finding)
{
    const Scenario *scenario = ex->scenario;
    uint8_t bit = finding_bit(code);
    if (ex->reported[n] & bit) return;
    ex->reported[n] |= bit;
    StrBuf state = {0};
    rules_describe_state(scenario, vars, &state);
    diag_add(ex->diags, code, scenario->file, scenario->nodes[n].line, "node '%s' %s when %s",
             scenario->nodes[n].id, finding,
             state.length ? strbuf_text(&state) : "the story reaches it");
    strbuf_free(&state);
}

/* What a decision offers in one state: the pedagogy checks of CONTENT.md. A scene the story comes
   back to, with some once-only choices used up, or down to its fallback, is judged only for dead
   ends: the narrower offer is the writer's design, and its first showing was judged in full. */
static void judge_offer(Explorer *ex, int n, const int *vars, int open, int shown, int open_skilled,
                        int tempting, bool leftover)
{
    if (open == 0) report_state(ex, n, vars, DIAG_DEAD_END, "can offer no open choice");
    if (leftover) return;
    if (open && shown == 1) report_state(ex, n, vars, DIAG_SINGLE_OPTION, "offers only one option");
    if (open && !open_skilled)
        report_state(ex, n, vars, DIAG_NO_SKILL_OPTION, "offers no open option with a skill");
    if (shown && !tempting)
        report_state(ex, n, vars, DIAG_NO_PITFALL_OPTION,
                     "offers no tempting option with a pitfall");
}

static bool once_used(const Node *node, const int *vars)
{
    for (int c = 0; c < node->choice_count; c++)
        if (node->choices[c].once && vars[node->choices[c].once_var]) return true;
    return false;
}

/* Queues (node, vars) as the story enters node; false only when memory ran out. */
static bool visit(Explorer *ex, int node, const int *vars)
{
    int tuple[1 + MAX_STATE_VARS];
    tuple[0] = node;
    memcpy(tuple + 1, vars, (size_t)ex->scenario->var_count * sizeof(int));
    rules_enter(ex->scenario, node, tuple + 1);
    return state_set_add(&ex->seen, tuple) >= 0;
}

/* Whether the condition fn holds in vars; false too when it failed (now or before). */
static bool holds(Explorer *ex, int fn, const int *vars)
{
    bool result = false;
    if (fn == NO_FUNCTION) return true;
    if (!can_call(ex, fn)) return false;
    if (ex->hooks && ex->hooks->condition(ex->hooks->ctx, fn, vars, &result, ex->diags))
        return result;
    remember_failure(ex, fn);
    return false;
}

/* Queues every node the jump from node n can reach in vars: each arm of a chance, and the first
   arm of a branch whose condition holds. False only when memory ran out. */
static bool visit_branch(Explorer *ex, int n, const Branch *branch, const int *vars)
{
    for (int i = 0; i < branch->arm_count; i++) {
        const BranchArm *arm = &branch->arms[i];
        if (!branch->chance && !holds(ex, arm->when_fn, vars)) {
            if (arm->when_fn != NO_FUNCTION && !can_call(ex, arm->when_fn))
                return true;   /* failed */
            continue;
        }
        if (!(arm->sub ? visit_branch(ex, n, arm->sub, vars) : visit(ex, arm->target, vars)))
            return false;
        if (!branch->chance) return true;
    }
    if (!branch->chance) {
        char finding[64];
        snprintf(finding, sizeof finding, "goes to the branch at line %d, where no arm holds,",
                 branch->line);
        report_state(ex, n, vars, DIAG_DEAD_END, finding);
    }
    return true;
}

/* Queues where the story goes from node n: target, or where branch leads when target is none. */
static bool go(Explorer *ex, int n, int target, const Branch *branch, const int *vars)
{
    if (target == NODE_NONE) return branch ? visit_branch(ex, n, branch, vars) : true;
    return visit(ex, target, vars);
}

static bool expand(Explorer *ex, const int *tuple)
{
    const Scenario *scenario = ex->scenario;
    const Node *node = &scenario->nodes[tuple[0]];
    const int *vars = tuple + 1;
    ex->reached[tuple[0]] = true;
    for (int i = 0; i < node->line_count; i++) try_text(ex, &node->lines[i].text, vars);
    if (node->is_ending) return true;
    if (!node->choice_count) return go(ex, tuple[0], node->next, node->next_branch, vars);
    int open = 0, shown = 0, open_skilled = 0, tempting = 0;
    bool failed = false, lone_fallback = false;
    ChoiceState states[MAX_NODE_ITEMS];
    for (int c = 0; c < node->choice_count; c++)
        states[c] = choice_state(ex, &node->choices[c], vars, &failed);
    rules_hide_fallbacks(node, states);
    for (int c = 0; c < node->choice_count; c++) {
        const Choice *choice = &node->choices[c];
        ChoiceState state = states[c];
        if (state == CHOICE_HIDDEN) continue;
        lone_fallback = choice->fallback;
        shown++;
        tempting += choice->pitfall_count > 0;
        try_text(ex, &choice->text, vars);
        if (state == CHOICE_LOCKED) continue;
        open++;
        open_skilled += choice->skill_count > 0;
        int after[MAX_STATE_VARS];
        memcpy(after, vars, sizeof after);
        if (!go(ex, tuple[0], rules_apply(scenario, choice, after), choice->branch, after))
            return false;
    }
    if (!failed)
        judge_offer(ex, tuple[0], vars, open, shown, open_skilled, tempting,
                    once_used(node, vars) || (shown == 1 && lone_fallback));
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
    rules_start_state(scenario, vars);   /* visit counts the start, as runtime_new does */
    bool ok = visit(ex, scenario->start, vars);
    int i = 0;
    for (; ok && !ex->scripts_stopped && i < ex->seen.count; i++) {
        if (i >= options->max_states) {
            stats->bounded = true;
            diag_add(ex->diags, DIAG_STATE_SPACE, scenario->file, scenario->line,
                     "stopped after %d states; reachability results are partial",
                     options->max_states);
            break;
        }
        int tuple[1 + MAX_STATE_VARS];   /* a copy: visiting may move the set's storage */
        memcpy(tuple, state_set_at(&ex->seen, i), (size_t)ex->seen.width * sizeof(int));
        ok = expand(ex, tuple);
    }
    stats->states = i;
    if (!ok)
        diag_add(ex->diags, DIAG_MEMORY, scenario->file, scenario->line,
                 "out of memory while exploring");
    else if (!stats->bounded && !ex->scripts_stopped) report_unreached(ex, stats);
}

void check_scenario(const Scenario *scenario, const ScriptHooks *hooks, const CheckOptions *options,
                    DiagList *diags, CheckStats *stats)
{
    *stats = (CheckStats){0};
    check_static(scenario, diags);
    if (scenario->start == NODE_NONE) return;
    double walk_seconds = options->walk_seconds > 0 ? options->walk_seconds
                                                    : CHECK_DEFAULT_WALK_SECONDS;
    Explorer ex = {
        .scenario = scenario, .hooks = hooks, .diags = diags, .walk_seconds = walk_seconds};
    ex.cpu_seen = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
    ex.wall_seen = clock_seconds(CLOCK_MONOTONIC);
    ex.walk_deadline = ex.cpu_seen + walk_seconds;
    ex.reached = calloc((size_t)scenario->node_count, sizeof *ex.reached);
    ex.reported = calloc((size_t)scenario->node_count, sizeof *ex.reported);
    if (ex.reached && ex.reported && state_set_init(&ex.seen, 1 + scenario->var_count))
        explore(&ex, options, stats);
    else
        diag_add(diags, DIAG_MEMORY, scenario->file, scenario->line,
                 "out of memory while exploring");
    state_set_free(&ex.seen);
    free(ex.reached);
    free(ex.reported);
    free(ex.failed_fns);
    strbuf_free(&ex.scratch);
}
