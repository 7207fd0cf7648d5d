/* together_flow.c: the two players' session as a state machine: each event moves the stage on;
   the picks themselves are recorded by together.c. */
#include "together_flow.h"

#include <stdlib.h>

struct TogetherFlow {
    Runtime *runtime; /* not owned */
    TogetherMode mode;
    TogetherStage stage;
    Together together;
    int picker;    /* HANDOVER, PICK: whose turn it is */
    int last_turn; /* take a side: whose decision the last one was */
    bool at_once;
    TogetherShow show;
};

/* Where the story now stops for the players. */
static void settle(TogetherFlow *flow)
{
    const View *view = runtime_view(flow->runtime);
    together_forget_picks(&flow->together);
    flow->picker = 0;
    if (view->kind == VIEW_ERROR)
        flow->stage = TOGETHER_BROKEN;
    else if (view->kind == VIEW_ENDING)
        flow->stage = TOGETHER_ENDING;
    else if (view->kind != VIEW_CHOOSE)
        flow->stage = TOGETHER_STORY;
    else if (flow->mode == TOGETHER_SIDES) {
        const Scenario *scenario = runtime_scenario(flow->runtime);
        flow->picker = view->turn == scenario->roles[0] ? 0 : 1;
        flow->stage = view->turn != flow->last_turn ? TOGETHER_HANDOVER : TOGETHER_STORY;
    } else if (flow->at_once && view->choice_count <= TOGETHER_AT_ONCE_MAX)
        flow->stage = TOGETHER_AT_ONCE;
    else
        flow->stage = TOGETHER_HANDOVER;
}

TogetherFlow *together_flow_new(Runtime *runtime, TogetherMode mode, int lead)
{
    TogetherFlow *flow = calloc(1, sizeof *flow);
    if (!flow) return NULL;
    flow->runtime = runtime;
    flow->mode = mode;
    flow->last_turn = SPEAKER_NARRATOR;
    together_init(&flow->together, runtime, lead == LEAD_TURNS ? 0 : lead, lead == LEAD_TURNS);
    settle(flow);
    return flow;
}

void together_flow_free(TogetherFlow *flow)
{
    if (!flow) return;
    together_free(&flow->together);
    free(flow);
}

const Together *together_flow_picks(const TogetherFlow *flow)
{
    return &flow->together;
}

const TogetherShow *together_flow_show(TogetherFlow *flow)
{
    const Together *t = &flow->together;
    const View *view = runtime_view(flow->runtime);
    TogetherShow *show = &flow->show;
    *show = (TogetherShow){.stage = flow->stage,
                           .mode = flow->mode,
                           .view = view,
                           .player = flow->picker,
                           .at_once = flow->at_once,
                           .leader = t->leader,
                           .picks = {PICK_NONE, PICK_NONE}};
    show->offer_at_once = flow->stage == TOGETHER_HANDOVER && flow->mode == TOGETHER_REVEAL &&
                          flow->picker == 0 && view->choice_count <= TOGETHER_AT_ONCE_MAX;
    for (int p = 0; p < PLAYERS; p++) show->picked[p] = t->pending[p] != PICK_NONE;
    if (flow->stage == TOGETHER_BOTH_IN) {
        for (int p = 0; p < PLAYERS; p++) show->picks[p] = t->pending[p];
        show->agreed = t->pending[0] == t->pending[1];
        show->reaction = together_reaction(t);
    }
    return show;
}

/* A private pick; both in, the picks are revealed. */
static bool pick(TogetherFlow *flow, int player, int option)
{
    if (!together_pick(&flow->together, player, option)) return false;
    if (together_both_picked(&flow->together))
        flow->stage = TOGETHER_BOTH_IN;
    else if (flow->stage == TOGETHER_PICK) {
        flow->picker = 1 - player;
        flow->stage = TOGETHER_HANDOVER;
    }
    return true;
}

static bool follow(TogetherFlow *flow, int player)
{
    Together *t = &flow->together;
    if (player < -1 || player >= PLAYERS) return false;
    if (player >= 0 && t->pending[0] != t->pending[1]) together_follow(t, player);
    if (!together_reveal(t)) return false;
    settle(flow);
    return true;
}

static bool ready(TogetherFlow *flow)
{
    if (flow->mode == TOGETHER_SIDES) {
        flow->last_turn = runtime_view(flow->runtime)->turn;
        flow->stage = TOGETHER_STORY;
    } else
        flow->stage = TOGETHER_PICK;
    return true;
}

static bool take(TogetherFlow *flow, int option)
{
    if (!runtime_choose(flow->runtime, option)) return false;
    settle(flow);
    return true;
}

bool together_flow_send(TogetherFlow *flow, TogetherEvent event)
{
    TogetherStage stage = flow->stage;
    switch (event.kind) {
        case TEV_READY: return stage == TOGETHER_HANDOVER && ready(flow);
        case TEV_AT_ONCE:
            if (flow->mode != TOGETHER_REVEAL || stage == TOGETHER_ENDING ||
                stage == TOGETHER_BROKEN)
                return false;
            flow->at_once = event.option != 0;
            if (stage != TOGETHER_STORY) settle(flow);
            return true;
        case TEV_PICK:
            if (stage == TOGETHER_STORY) return take(flow, event.option);
            if (stage == TOGETHER_PICK) return pick(flow, flow->picker, event.option);
            return stage == TOGETHER_AT_ONCE && pick(flow, event.player, event.option);
        case TEV_FOLLOW: return stage == TOGETHER_BOTH_IN && follow(flow, event.player);
    }
    return false;
}
