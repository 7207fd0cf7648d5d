/* together.c: both players' picks over one runtime: this decision's private picks, the lead, and
   the record of who chose what. The stages around them are together_flow.c's. */
#include "together.h"

#include <stdlib.h>

#include "array_grow.h"
#include "vocab.h"

void together_init(Together *together, Runtime *runtime, int first_leader, bool alternate)
{
    *together = (Together){.runtime = runtime, .leader = first_leader, .alternate = alternate,
                           .pending = {PICK_NONE, PICK_NONE}};
}

bool together_pick(Together *together, int player, int index)
{
    const View *view = runtime_view(together->runtime);
    if (player < 0 || player >= PLAYERS || view->kind != VIEW_CHOOSE || index < 0 ||
        index >= view->choice_count || view->choices[index].locked)
        return false;
    together->pending[player] = index;
    return true;
}

bool together_both_picked(const Together *together)
{
    return together->pending[0] != PICK_NONE && together->pending[1] != PICK_NONE;
}

void together_forget_picks(Together *together)
{
    together->pending[0] = together->pending[1] = PICK_NONE;
}

void together_follow(Together *together, int player)
{
    if (player >= 0 && player < PLAYERS) together->leader = player;
}

const char *together_reaction(const Together *together)
{
    if (!together_both_picked(together)) return NULL;
    const Node *node =
        &runtime_scenario(together->runtime)->nodes[runtime_view(together->runtime)->node];
    return together->pending[0] == together->pending[1] ? node->agreed : node->differed;
}

bool together_reveal(Together *together)
{
    if (!together_both_picked(together)) return false;
    PairPick *picks = array_grow(together->picks, &together->capacity, together->count + 1,
                                 sizeof *picks, 16);
    if (!picks) return false;
    together->picks = picks;
    const View *view = runtime_view(together->runtime);
    PairPick pick = {.node = view->node, .leader = together->leader};
    for (int p = 0; p < PLAYERS; p++) pick.choice[p] = view->choices[together->pending[p]].choice;
    if (!runtime_choose(together->runtime, together->pending[together->leader])) return false;
    together->picks[together->count++] = pick;
    together_forget_picks(together);
    if (together->alternate) together->leader = 1 - together->leader;
    return true;
}

void together_free(Together *together)
{
    free(together->picks);
    together->picks = NULL;
    together->count = together->capacity = 0;
}

int together_agreed(const Together *together)
{
    int agreed = 0;
    for (int i = 0; i < together->count; i++)
        agreed += together->picks[i].choice[0] == together->picks[i].choice[1];
    return agreed;
}

void together_threads(const Together *together, int player, ThreadLevel out[THREAD_COUNT])
{
    const Scenario *scenario = runtime_scenario(together->runtime);
    int skills[THREAD_COUNT] = {0}, pitfalls[THREAD_COUNT] = {0};
    bool touched[THREAD_COUNT] = {false};
    for (int i = 0; i < together->count; i++) {
        const Node *node = &scenario->nodes[together->picks[i].node];
        const Choice *mine = &node->choices[together->picks[i].choice[player]];
        for (int k = 0; k < mine->skill_count; k++)
            skills[vocab_tag(TAG_SKILL, mine->skills[k])->thread]++;
        for (int k = 0; k < mine->pitfall_count; k++)
            pitfalls[vocab_tag(TAG_PITFALL, mine->pitfalls[k])->thread]++;
        const Step *step =
            &runtime_record(together->runtime)->steps[i]; /* one step per revealed decision */
        for (int o = 0; o < step->offered_count; o++) {
            const Choice *offered = &node->choices[step->offered[o].choice];
            for (int k = 0; k < offered->skill_count; k++)
                touched[vocab_tag(TAG_SKILL, offered->skills[k])->thread] = true;
            for (int k = 0; k < offered->pitfall_count; k++)
                touched[vocab_tag(TAG_PITFALL, offered->pitfalls[k])->thread] = true;
        }
    }
    for (int t = 0; t < THREAD_COUNT; t++)
        out[t] = debrief_level(touched[t], skills[t], pitfalls[t]);
}

const char *together_said(const Together *together, int decision, int player)
{
    const Step *step = &runtime_record(together->runtime)->steps[decision];
    for (int o = 0; o < step->offered_count; o++)
        if (step->offered[o].choice == together->picks[decision].choice[player])
            return step->offered[o].text;
    return "";
}
