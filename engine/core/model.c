/* model.c: scenario lifetime, lookups, and linking node references by id. */
#include "model.h"

#include <ctype.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "suggest.h"

Scenario *scenario_new(const char *file)
{
    Scenario *scenario = calloc(1, sizeof *scenario);
    if (!scenario) return NULL;
    scenario->file = arena_strdup(&scenario->arena, file);
    scenario->start = NODE_NONE;
    scenario->flooding = (Flooding){.var = -1, .target = NODE_NONE};
    scenario->self_flooding = (SelfFlooding){.var = -1};
    return scenario;
}

void scenario_free(Scenario *scenario)
{
    if (!scenario) return;
    arena_free(&scenario->arena);
    free(scenario);
}

int scenario_find_cast(const Scenario *scenario, const char *key)
{
    for (int i = 0; i < scenario->cast_count; i++)
        if (strcmp(scenario->cast[i].key, key) == 0) return i;
    return -1;
}

int scenario_find_var(const Scenario *scenario, const char *name)
{
    for (int i = 0; i < scenario->var_count; i++)
        if (strcmp(scenario->vars[i].name, name) == 0) return i;
    return -1;
}

bool scenario_var_settable(const StateVar *var)
{
    return var->kind == VAR_NUMBER || var->kind == VAR_FLAG;
}

const char *scenario_speaker_name(const Scenario *scenario, int speaker)
{
    if (speaker == SPEAKER_YOU) return "You";
    if (speaker >= 0 && speaker < scenario->cast_count) return scenario->cast[speaker].name;
    return NULL;
}

int scenario_ending_count(const Scenario *scenario)
{
    int endings = 0;
    for (int i = 0; i < scenario->node_count; i++) endings += scenario->nodes[i].is_ending;
    return endings;
}

/* FNV-1a: ids are short, and the table is built once per load. */
static uint32_t hash_id(const char *id)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) h = (h ^ *p) * 16777619u;
    return h;
}

static int *index_slot(const Scenario *scenario, const char *id)
{
    unsigned mask = (unsigned)scenario->node_index_size - 1;
    for (unsigned slot = hash_id(id) & mask;; slot = (slot + 1) & mask) {
        int *entry = &scenario->node_index[slot];
        if (*entry == NODE_NONE || strcmp(scenario->nodes[*entry].id, id) == 0) return entry;
    }
}

int scenario_find_node(const Scenario *scenario, const char *id)
{
    if (!scenario->node_index || !id) return NODE_NONE;
    return *index_slot(scenario, id);
}

bool scenario_valid_id(const char *id)
{
    if (!isalpha((unsigned char)id[0])) return false;
    for (const char *p = id; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_') return false;
    return true;
}

static bool build_index(Scenario *scenario, DiagList *diags)
{
    int size = 16;
    while (size < scenario->node_count * 2) size *= 2;
    scenario->node_index = arena_array(&scenario->arena, (size_t)size, sizeof(int));
    if (!scenario->node_index) return false;
    scenario->node_index_size = size;
    for (int i = 0; i < size; i++) scenario->node_index[i] = NODE_NONE;
    for (int i = 0; i < scenario->node_count; i++) {
        const Node *node = &scenario->nodes[i];
        if (!scenario_valid_id(node->id))
            diag_add(diags, DIAG_BAD_ID, scenario->file, node->line,
                     "node id '%s' must be letters, digits and underscores, starting with a letter",
                     node->id);
        int *slot = index_slot(scenario, node->id);
        if (*slot != NODE_NONE)
            diag_add(diags, DIAG_DUPLICATE_ID, scenario->file, node->line,
                     "node '%s' is already defined at line %d", node->id,
                     scenario->nodes[*slot].line);
        else *slot = i;
    }
    return true;
}

static const char *node_id_at(const void *ctx, int i)
{
    return ((const Scenario *)ctx)->nodes[i].id;
}

/* Resolves id to a node index, or reports E206 with a suggestion. */
static int resolve(const Scenario *scenario, const char *id, int line, const char *what,
                   DiagList *diags)
{
    int index = scenario_find_node(scenario, id);
    if (index != NODE_NONE) return index;
    const char *near = suggest_nearest(id, scenario, scenario->node_count, node_id_at);
    if (near)
        diag_add(diags, DIAG_TARGET_MISSING, scenario->file, line,
                 "%s '%s' does not exist (did you mean '%s'?)", what, id, near);
    else
        diag_add(diags, DIAG_TARGET_MISSING, scenario->file, line, "%s '%s' does not exist", what,
                 id);
    return NODE_NONE;
}

static void link_branch(const Scenario *scenario, const Branch *branch, DiagList *diags)
{
    for (int i = 0; branch && i < branch->arm_count; i++) {
        BranchArm *arm = &branch->arms[i];
        if (arm->target_id)
            arm->target = resolve(scenario, arm->target_id, branch->line, "branch target", diags);
        link_branch(scenario, arm->sub, diags);
    }
}

static void link_node(Scenario *scenario, Node *node, DiagList *diags)
{
    for (int c = 0; c < node->choice_count; c++) {
        Choice *choice = &node->choices[c];   /* a missing 'to' was reported when it was read */
        choice->target = choice->target_id ? resolve(scenario, choice->target_id, choice->line,
                                                     "choice target", diags)
                                           : NODE_NONE;
        link_branch(scenario, choice->branch, diags);
    }
    node->next = node->next_id ? resolve(scenario, node->next_id, node->line, "next node", diags)
                               : NODE_NONE;
    link_branch(scenario, node->next_branch, diags);
    bool has_next = node->next_id || node->next_branch;
    if (node->is_ending && (node->choice_count || has_next))
        diag_add(diags, DIAG_NODE_SHAPE, scenario->file, node->line,
                 "ending '%s' cannot have choices or next", node->id);
    else if (node->choice_count && has_next)
        diag_add(diags, DIAG_NODE_SHAPE, scenario->file, node->line,
                 "node '%s' has both choices and next; keep one", node->id);
    else if (!node->is_ending && !node->choice_count && !has_next)
        diag_add(diags, DIAG_DEAD_END, scenario->file, node->line,
                 "node '%s' is a dead end: it has no choices, no next, and is not an ending",
                 node->id);
}

/* Stable ids survive edits elsewhere in the scenario: a line or choice keeps its id while its
   text stays the same, wherever it moves in its node; a writer can also pin a choice's id.
   Computed text has no fixed words to hash, so its id is its place. */
static const char *derived_id(Scenario *scenario, const Node *node, const Text *text, char kind,
                              int index)
{
    char id[300];
    if (text->fn == NO_FUNCTION)
        snprintf(id, sizeof id, "%s.%08x", node->id,
                 (unsigned)hash_id(text->fixed ? text->fixed : ""));
    else snprintf(id, sizeof id, "%s.%c%d", node->id, kind, index + 1);
    return arena_strdup(&scenario->arena, id);
}

/* An authored id is scoped by its node like every other ("node.ask_first"), so that translators
   see where it belongs and two nodes can each have an "ask_first". */
static const char *node_scoped_id(Scenario *scenario, const Node *node, const char *authored)
{
    char id[300];
    snprintf(id, sizeof id, "%s.%s", node->id, authored);
    return arena_strdup(&scenario->arena, id);
}

static void assign_ids(Scenario *scenario, Node *node, DiagList *diags)
{
    for (int i = 0; i < node->line_count; i++) {
        Line *line = &node->lines[i];
        line->id = derived_id(scenario, node, &line->text, 'l', i);
        for (int k = 0; k < i; k++)   /* the same words twice in a node: tell them apart by place */
            if (strcmp(node->lines[k].id, line->id) == 0)
                line->id = derived_id(scenario, node, &(Text){.fn = 1}, 'l', i);
    }
    for (int c = 0; c < node->choice_count; c++) {
        Choice *choice = &node->choices[c];
        if (choice->id_authored)
            choice->id = node_scoped_id(scenario, node, choice->id);
        else
            choice->id = derived_id(scenario, node, &choice->text, 'c', c);
        for (int k = 0; k < c; k++)
            if (strcmp(node->choices[k].id, choice->id) == 0) {
                if (choice->id_authored)
                    diag_add(diags, DIAG_DUPLICATE_ID, scenario->file, choice->line,
                             "choice id '%s' is used twice in node '%s'",
                             choice->id + strlen(node->id) + 1, node->id);
                else choice->id = derived_id(scenario, node, &(Text){.fn = 1}, 'c', c);
            }
    }
}

int scenario_find_choice(const Scenario *scenario, int node, const char *id)
{
    const Node *n = &scenario->nodes[node];
    size_t scope = strlen(n->id) + 1;
    for (int c = 0; c < n->choice_count; c++) {
        const Choice *choice = &n->choices[c];
        if (choice->id && strcmp(choice->id, id) == 0) return c;
        if (choice->id_authored && strcmp(choice->id + scope, id) == 0)
            return c;   /* saved before ids were scoped */
    }
    char *end;
    long index = strtol(id, &end, 10);
    return *id && !*end && index >= 0 && index < n->choice_count ? (int)index : -1;
}

static int most_lines_speaker(const Scenario *scenario)
{
    int best = SPEAKER_NARRATOR, best_count = 0;
    for (int c = 0; c < scenario->cast_count; c++) {
        int count = 0;
        for (int n = 0; n < scenario->node_count; n++)
            for (int i = 0; i < scenario->nodes[n].line_count; i++)
                count += scenario->nodes[n].lines[i].speaker == c;
        if (count > best_count) best = c, best_count = count;
    }
    return best;
}

static int most_items(const Scenario *scenario)
{
    int most = 1;
    for (int i = 0; i < scenario->node_count; i++) {
        const Node *node = &scenario->nodes[i];
        if (node->line_count > most) most = node->line_count;
        if (node->choice_count > most) most = node->choice_count;
    }
    return most;
}

/* Counters name the node they count; each once-only choice gets a hidden state value of its own,
   so that the checker's walk and a save's replay both see it like any other state. */
static void link_vars(Scenario *scenario, DiagList *diags)
{
    for (int i = 0; i < scenario->var_count; i++) {
        StateVar *var = &scenario->vars[i];
        if (var->node_id)
            var->node = resolve(scenario, var->node_id, scenario->line, "counted node", diags);
    }
    int once = 0;
    for (int n = 0; n < scenario->node_count; n++)
        for (int c = 0; c < scenario->nodes[n].choice_count; c++)
            once += scenario->nodes[n].choices[c].once;
    if (once == 0) return;
    if (scenario->var_count + once > MAX_STATE_VARS) {
        diag_add(diags, DIAG_FIELD_TYPE, scenario->file, scenario->line,
                 "%d state values and %d once-only choices: together they can be at most %d",
                 scenario->var_count, once, MAX_STATE_VARS);
        return;
    }
    StateVar *vars =
        arena_array(&scenario->arena, (size_t)(scenario->var_count + once), sizeof *vars);
    if (!vars) return;
    memcpy(vars, scenario->vars, (size_t)scenario->var_count * sizeof *vars);
    for (int n = 0; n < scenario->node_count; n++)
        for (int c = 0; c < scenario->nodes[n].choice_count; c++) {
            Choice *choice = &scenario->nodes[n].choices[c];
            if (!choice->once) continue;
            choice->once_var = scenario->var_count;
            vars[scenario->var_count++] =
                (StateVar){.name = choice->id, .max = 1, .kind = VAR_TAKEN};
        }
    scenario->vars = vars;
}

/* Also counts, once, what every runtime needs to know of the whole scenario: counting it for each
   new playthrough made starting one cost as much as the scenario is long. */
bool scenario_link(Scenario *scenario, DiagList *diags)
{
    scenario->most_items = most_items(scenario);
    scenario->principal = most_lines_speaker(scenario);
    int errors_before = diag_error_count(diags);
    if (!build_index(scenario, diags)) return false;
    for (int i = 0; i < scenario->node_count; i++) assign_ids(scenario, &scenario->nodes[i], diags);
    for (int i = 0; i < scenario->node_count; i++) link_node(scenario, &scenario->nodes[i], diags);
    link_vars(scenario, diags);
    if (scenario->start_id)
        scenario->start =
            resolve(scenario, scenario->start_id, scenario->line, "start node", diags);
    if (scenario->flooding.target_id)
        scenario->flooding.target = resolve(scenario, scenario->flooding.target_id,
                                            scenario->flooding.line, "flooding node", diags);
    if (scenario->node_count && scenario_ending_count(scenario) == 0)
        diag_add(diags, DIAG_NO_ENDING, scenario->file, scenario->line,
                 "the scenario has no ending: add at least one ending \"id\" { ... }");
    return diag_error_count(diags) == errors_before;
}
