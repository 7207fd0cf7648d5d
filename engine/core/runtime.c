/* runtime.c: walks one playthrough of a scenario, building each view and recording each decision.
 */
#include "runtime.h"

#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "shuffle.h"
#include "vocab.h"

struct Runtime {
    const Scenario *scenario;
    ScriptHooks hooks;
    uint64_t seed;
    bool shuffle;
    uint64_t rolls;              /* chances drawn so far: each draw has its own number */
    int forced;                  /* where the next chance that can go there goes, or NODE_NONE */
    int node;
    int vars[MAX_STATE_VARS];
    bool pitfall_taken;          /* for spotting repairs */
    bool lock_hint_given;        /* a view of this run has carried the lock hint */
    int repair_skills[2];
    int principal;               /* the cast member with the most lines: whose reaction counts */
    int side;                    /* the role the player takes, or SPEAKER_YOU for every decision */
    Record record;
    DiagList diags;
    View view;
    StrBuf text;                 /* all text of the current view */
    ViewLine *lines;
    ViewChoice *choices;
    size_t *line_offsets, *choice_offsets;
    int capacity;                /* of lines and choices: the most any node has */
};

static bool has_skill(const Choice *choice, int skill)
{
    for (int i = 0; i < choice->skill_count; i++)
        if (choice->skills[i] == skill) return true;
    return false;
}

static void fail(Runtime *rt)
{
    rt->view = (View){.kind = VIEW_ERROR, .node = rt->node, .step = rt->record.count};
}

static bool build_lines(Runtime *rt, const Node *node)
{
    int count = 0;
    for (int i = 0; i < node->line_count; i++) {
        size_t start = rt->text.length;
        if (!rules_text(&node->lines[i].text, rt->vars, &rt->hooks, &rt->text, &rt->diags))
            return false;
        if (rt->text.length == start) continue;   /* a computed line chose to stay silent */
        strbuf_append(&rt->text, "", 1);          /* keep each text NUL-terminated in place */
        rt->line_offsets[count] = start;
        rt->lines[count++] = (ViewLine){
            .speaker = node->lines[i].speaker,
            .speaker_name = scenario_speaker_name(rt->scenario, node->lines[i].speaker),
        };
    }
    rt->view.line_count = count;
    return true;
}

static bool build_choices(Runtime *rt, const Node *node)
{
    int count = 0;
    int order[MAX_NODE_ITEMS];
    ChoiceState states[MAX_NODE_ITEMS];
    for (int i = 0; i < node->choice_count; i++)
        if (!rules_choice_state(rt->scenario, &node->choices[i], rt->vars, &rt->hooks, &rt->diags,
                                &states[i]))
            return false;
    rules_hide_fallbacks(node, states);
    for (int i = 0; i < node->choice_count; i++) {
        ChoiceState state = states[i];
        if (state == CHOICE_HIDDEN) continue;
        rt->choices[count] = (ViewChoice){.choice = i, .locked = state == CHOICE_LOCKED};
        if (state == CHOICE_LOCKED) rt->view.lock_hint = rt->scenario->self_flooding.hint;
        order[count] = count;
        count++;
    }
    if (rt->shuffle)
        shuffle_order(rt->seed, (uint64_t)rt->node * 131 + (uint64_t)rt->record.count, order,
                      count);
    ViewChoice authored[MAX_NODE_ITEMS];
    memcpy(authored, rt->choices, (size_t)count * sizeof *authored);
    for (int i = 0; i < count; i++) {
        rt->choices[i] = authored[order[i]];
        rt->choice_offsets[i] = rt->text.length;
        if (!rules_text(&node->choices[rt->choices[i].choice].text, rt->vars, &rt->hooks, &rt->text,
                        &rt->diags))
            return false;
        strbuf_append(&rt->text, "", 1);
    }
    rt->view.choice_count = count;
    return true;
}

/* Builds the view for the current node; the texts are fixed up once the buffer stops growing. */
static void enter(Runtime *rt, int node_index, const char *coach)
{
    const Node *node = &rt->scenario->nodes[node_index];
    rt->node = node_index;
    rules_enter(rt->scenario, node_index, rt->vars);
    strbuf_clear(&rt->text);
    rt->view =
        (View){.node = node_index,
               .coach = coach,
               .step = rt->record.count,
               .lines = rt->lines,
               .choices = rt->choices,
               .turn = rt->scenario->role_count ? node->turn : SPEAKER_YOU,
               .turn_name = rt->scenario->role_count ? rt->scenario->cast[node->turn].name : NULL};
    if (!build_lines(rt, node) || !build_choices(rt, node) || rt->text.failed) {
        fail(rt);
        return;
    }
    for (int i = 0; i < rt->view.line_count; i++)
        rt->lines[i].text = rt->text.data + rt->line_offsets[i];
    for (int i = 0; i < rt->view.choice_count; i++)
        rt->choices[i].text = rt->text.data + rt->choice_offsets[i];
    if (node->is_ending) {
        rt->view.kind = VIEW_ENDING;
        rt->record.ending = node_index;
    } else rt->view.kind = node->choice_count ? VIEW_CHOOSE : VIEW_CONTINUE;
    rt->view.others_turn =
        rt->view.kind == VIEW_CHOOSE && rt->side != SPEAKER_YOU && rt->view.turn != rt->side;
    if (rt->view.lock_hint && !rt->view.others_turn) { /* news once a run, to the player */
        rt->view.lock_hint_seen = rt->lock_hint_given;
        rt->lock_hint_given = true;
    }
    if (rt->view.kind == VIEW_CHOOSE && rt->view.choice_count == 0) {
        diag_add(&rt->diags, DIAG_DEAD_END, rt->scenario->file, node->line,
                 "node '%s' has no choice open in this state", node->id);
        fail(rt);
    }
}

Runtime *runtime_new(const Scenario *scenario, const ScriptHooks *hooks, uint64_t seed,
                     bool shuffle)
{
    if (scenario->start == NODE_NONE || scenario->most_items > MAX_NODE_ITEMS) return NULL;
    Runtime *rt = calloc(1, sizeof *rt);
    if (!rt) return NULL;
    rt->scenario = scenario;
    if (hooks) rt->hooks = *hooks;
    rt->seed = seed;
    rt->shuffle = shuffle;
    rt->forced = NODE_NONE;
    rt->capacity = scenario->most_items;
    rt->lines = calloc((size_t)rt->capacity, sizeof *rt->lines);
    rt->choices = calloc((size_t)rt->capacity, sizeof *rt->choices);
    rt->line_offsets = calloc((size_t)rt->capacity, sizeof *rt->line_offsets);
    rt->choice_offsets = calloc((size_t)rt->capacity, sizeof *rt->choice_offsets);
    if (!rt->lines || !rt->choices || !rt->line_offsets || !rt->choice_offsets) {
        runtime_free(rt);
        return NULL;
    }
    rt->repair_skills[0] = vocab_find(TAG_SKILL, "repair");
    rt->repair_skills[1] = vocab_find(TAG_SKILL, "take_responsibility");
    rt->principal = scenario->principal;
    rt->side = SPEAKER_YOU;
    record_init(&rt->record);
    rules_start_state(scenario, rt->vars);
    enter(rt, scenario->start, NULL);
    return rt;
}

void runtime_free(Runtime *rt)
{
    if (!rt) return;
    record_free(&rt->record);
    diag_list_free(&rt->diags);
    strbuf_free(&rt->text);
    free(rt->lines);
    free(rt->choices);
    free(rt->line_offsets);
    free(rt->choice_offsets);
    free(rt);
}

const View *runtime_view(const Runtime *rt) { return &rt->view; }
const Scenario *runtime_scenario(const Runtime *rt) { return rt->scenario; }
const Record *runtime_record(const Runtime *rt) { return &rt->record; }
const int *runtime_state(const Runtime *rt) { return rt->vars; }
const DiagList *runtime_diags(const Runtime *rt) { return &rt->diags; }


/* The reaction to a choice: what the other person says next. That is the principal speaker's first
   line, or in a scenario with roles the other role's; failing that, anyone else in the cast. */
static void record_reaction(Runtime *rt, int chooser)
{
    const Scenario *scenario = rt->scenario;
    int other = scenario->role_count ? scenario->roles[chooser == scenario->roles[0] ? 1 : 0]
                                     : rt->principal;
    const ViewLine *first_other = NULL, *first_anyone = NULL;
    for (int i = 0; i < rt->view.line_count && !first_other; i++) {
        const ViewLine *line = &rt->view.lines[i];
        if (line->speaker == other) first_other = line;
        else if (!first_anyone && line->speaker >= 0 && line->speaker != chooser)
            first_anyone = line;
    }
    const ViewLine *reaction = first_other ? first_other : first_anyone;
    if (reaction) record_set_reaction(&rt->record, reaction->speaker, reaction->text);
}

static int draw(void *ctx, const Branch *chance)
{
    Runtime *rt = ctx;
    uint64_t state = rt->seed ^ (++rt->rolls * 0x9FB21C651E98DF25ull);
    uint64_t roll = shuffle_mix(&state);
    for (int i = 0; rt->forced != NODE_NONE && i < chance->arm_count; i++)
        if (chance->arms[i].target == rt->forced) {
            rt->forced = NODE_NONE;
            return i;
        }
    return rules_weighted_arm(chance, roll);
}

/* Goes to next, or where branch leads when next is NODE_NONE. */
static void go(Runtime *rt, int next, const Branch *branch, const char *coach)
{
    if (next == NODE_NONE && branch) {
        if (!rules_follow(branch, rt->vars, &rt->hooks, &rt->diags, draw, rt, &next)) {
            fail(rt);
            return;
        }
        if (next == NODE_NONE) {
            diag_add(&rt->diags, DIAG_DEAD_END, rt->scenario->file, branch->line,
                     "no arm of this branch holds in this state, and it has no fallback");
            fail(rt);
            return;
        }
    }
    enter(rt, next, coach);
}

void runtime_fix_chance(Runtime *rt, int node) { rt->forced = node; }

void runtime_play_side(Runtime *rt, int role)
{
    const Scenario *scenario = rt->scenario;
    bool a_role =
        scenario->role_count == 2 && (role == scenario->roles[0] || role == scenario->roles[1]);
    rt->side = a_role ? role : SPEAKER_YOU;
    rt->view.others_turn = a_role && rt->view.kind == VIEW_CHOOSE && rt->view.turn != role;
}

int runtime_other_move(const Runtime *rt)
{
    int open[MAX_NODE_ITEMS], count = 0;
    for (int i = 0; i < rt->view.choice_count; i++)
        if (!rt->view.choices[i].locked) open[count++] = i;
    if (count == 0) return 0;
    uint64_t state = rt->seed ^ ((uint64_t)rt->record.count + 1) * 0xD1B54A32D192ED03ull;
    return open[shuffle_mix(&state) % (uint64_t)count];
}

static bool take(Runtime *rt, const ViewChoice *picked)
{
    const Node *node = &rt->scenario->nodes[rt->node];
    const Choice *choice = &node->choices[picked->choice];
    Offered offered[MAX_NODE_ITEMS];
    for (int i = 0; i < rt->view.choice_count; i++)
        offered[i] = (Offered){rt->choices[i].choice, rt->choices[i].text, rt->choices[i].locked};
    Step step = {.node = rt->node,
                 .choice = picked->choice,
                 .turn = rt->view.turn,
                 .other_side = rt->view.others_turn,
                 .said = picked->text,
                 .offered = offered,
                 .offered_count = rt->view.choice_count};
    memcpy(step.vars_before, rt->vars, sizeof rt->vars);
    int next = rules_apply(rt->scenario, choice, rt->vars);
    memcpy(step.vars_after, rt->vars, sizeof rt->vars);
    step.repair = rt->pitfall_taken && (has_skill(choice, rt->repair_skills[0]) ||
                                        has_skill(choice, rt->repair_skills[1]));
    if (step.other_side)
        step.repair = false; /* a repair mends the player's own slip */
    else
        rt->pitfall_taken |= choice->pitfall_count > 0;
    if (!record_add(&rt->record, &step)) return false;
    go(rt, next, choice->branch, choice->coach);
    if (rt->view.kind != VIEW_ERROR) record_reaction(rt, step.turn);
    return true;
}

bool runtime_replay(Runtime *rt, int node, int choice)
{
    for (int hops = 0; rt->view.kind == VIEW_CONTINUE && hops < rt->scenario->node_count; hops++)
        runtime_choose(rt, 0);
    if (rt->view.kind != VIEW_CHOOSE || rt->node != node) return false;
    for (int i = 0; i < rt->view.choice_count; i++)
        if (rt->choices[i].choice == choice) return runtime_choose(rt, i);
    return false;
}

bool runtime_choose(Runtime *rt, int index)
{
    const View *view = &rt->view;
    if (view->kind == VIEW_CONTINUE && index == 0) {
        const Node *node = &rt->scenario->nodes[rt->node];
        go(rt, node->next, node->next_branch, NULL);
        return true;
    }
    if (view->kind != VIEW_CHOOSE || index < 0 || index >= view->choice_count ||
        view->choices[index].locked)
        return false;
    return take(rt, &view->choices[index]);
}
