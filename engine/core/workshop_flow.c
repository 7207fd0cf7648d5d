/* workshop_flow.c: the session as a state machine: each event moves the stage on, and every
   vote, discussion, rewind and ending goes into the session's log for the report. */
#include "workshop_flow.h"

#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

enum { REPLAY_MAX = 256 };   /* decisions a rewind can replay */

struct WorkshopFlow {
    char **playlist;
    int count, current;
    Session session;
    const Scenario *scenario;
    const ScriptHooks *hooks;
    Runtime *runtime;
    WorkshopStage stage;
    int counts[TALLY_MAX];
    int followed;                /* at the last vote, or -1 */
    int paused_at;               /* the node whose discussion has been held */
    Countdown countdown;
    uint32_t discussion_began;
    bool ending_logged;
    int branch_from;
    char *branch;
    WorkshopShow show;
};

WorkshopFlow *workshop_flow_new(char *const *playlist, int count)
{
    WorkshopFlow *flow = calloc(1, sizeof *flow);
    if (!flow) return NULL;
    flow->playlist = calloc((size_t)count + 1, sizeof *flow->playlist);
    bool copied = flow->playlist != NULL;
    for (int i = 0; copied && i < count; i++)
        copied = (flow->playlist[flow->count++] = strdup(playlist[i])) != NULL;
    session_init(&flow->session);
    flow->current = 0;
    flow->branch_from = -1;
    flow->stage = count ? WORKSHOP_OPEN : WORKSHOP_OVER;
    if (!copied) {
        workshop_flow_free(flow);
        return NULL;
    }
    return flow;
}

static void drop_scenario(WorkshopFlow *flow)
{
    runtime_free(flow->runtime);
    flow->runtime = NULL;
    flow->scenario = NULL;
    free(flow->branch);
    flow->branch = NULL;
    flow->branch_from = -1;
}

void workshop_flow_free(WorkshopFlow *flow)
{
    if (!flow) return;
    drop_scenario(flow);
    for (int i = 0; flow->playlist && i < flow->count; i++) free(flow->playlist[i]);
    free(flow->playlist);
    session_free(&flow->session);
    free(flow);
}

/* Where the story now stops for the room: a discussion first, then the vote; or the ending. */
static void settle(WorkshopFlow *flow, uint32_t now)
{
    const View *view = runtime_view(flow->runtime);
    const Node *node = &flow->scenario->nodes[view->node];
    if (view->kind == VIEW_ENDING || view->kind == VIEW_ERROR) {
        if (!flow->ending_logged && view->kind == VIEW_ENDING)
            session_log_ending(&flow->session, node->title);
        flow->ending_logged = true;
        flow->stage = WORKSHOP_ENDING;
    } else if (node->discuss && flow->paused_at != view->node) {
        flow->paused_at = view->node;
        countdown_set(&flow->countdown, (uint32_t)node->discuss_seconds * 1000);
        flow->discussion_began = now;
        flow->stage = WORKSHOP_DISCUSS;
    } else if (view->kind == VIEW_CHOOSE) {
        memset(flow->counts, 0, sizeof flow->counts);
        flow->stage = WORKSHOP_VOTE;
    } else flow->stage = WORKSHOP_STORY;
}

bool workshop_flow_begin(WorkshopFlow *flow, const Scenario *scenario, const ScriptHooks *hooks,
                         uint32_t now)
{
    if (flow->stage != WORKSHOP_OPEN) return false;
    drop_scenario(flow);
    /* The written order, so the letters mean the same for every group. */
    flow->runtime = runtime_new(scenario, hooks, 0, false);
    if (!flow->runtime || !session_begin_scenario(&flow->session, scenario)) {
        runtime_free(flow->runtime);
        flow->runtime = NULL;
        return false;
    }
    flow->scenario = scenario;
    flow->hooks = hooks;
    flow->paused_at = NODE_NONE;
    flow->followed = -1;
    flow->ending_logged = false;
    settle(flow, now);
    return true;
}

static int option_count(const WorkshopFlow *flow)
{
    int n = runtime_view(flow->runtime)->choice_count;
    return n < TALLY_MAX ? n : TALLY_MAX;
}

/* The story follows option: logged as the room's choice or the facilitator's. */
static bool follow(WorkshopFlow *flow, int option, bool facilitator_pick, uint32_t now)
{
    const View *view = runtime_view(flow->runtime);
    int n = option_count(flow);
    if (option < 0 || option >= n || view->choices[option].locked) return false;
    const char *texts[TALLY_MAX];
    for (int i = 0; i < n; i++) texts[i] = view->choices[i].text;
    const Node *node = &flow->scenario->nodes[view->node];
    session_log_vote(&flow->session, node->id, texts, flow->counts, n, option, facilitator_pick);
    int authored[TALLY_MAX];
    for (int i = 0; i < n; i++) authored[i] = view->choices[i].choice;
    session_mark_options(&flow->session, node, authored, n);
    if (!runtime_choose(flow->runtime, option)) return false;
    flow->followed = option;
    settle(flow, now);
    return true;
}

/* The lines of the story from decision from on, as the room saw them, with the ending. */
static char *branch_text(const Runtime *runtime, int from)
{
    const Record *record = runtime_record(runtime);
    const Scenario *scenario = runtime_scenario(runtime);
    StrBuf text = {0};
    for (int i = from; i < record->count; i++) {
        const Step *step = &record->steps[i];
        int letter = 0;   /* as the room saw it: the place among the options shown */
        while (letter < step->offered_count && step->offered[letter].choice != step->choice)
            letter++;
        strbuf_printf(&text, "%c. %s\n", 'A' + letter, step->said);
        const char *who = scenario_speaker_name(scenario, step->reaction_speaker);
        if (step->reaction[0])
            strbuf_printf(&text, "   %s%s%s\n", who ? who : "", who ? ": " : "", step->reaction);
    }
    if (record->ending != NODE_NONE)
        strbuf_printf(&text, "(%s)\n", scenario->nodes[record->ending].title);
    return text.data ? text.data : strdup("");
}

/* Back to decision, keeping the branch left behind to show beside the new one. */
static bool rewind_to(WorkshopFlow *flow, int decision, uint32_t now)
{
    const Record *record = runtime_record(flow->runtime);
    if (decision < 0 || decision >= record->count || decision >= REPLAY_MAX) return false;
    Runtime *again = runtime_new(flow->scenario, flow->hooks, 0, false);
    if (!again) return false;
    for (int i = 0; i < decision; i++)
        if (!runtime_replay(again, record->steps[i].node, record->steps[i].choice)) break;
    free(flow->branch);
    flow->branch = branch_text(flow->runtime, decision);
    flow->branch_from = decision;
    flow->paused_at = record->steps[decision].node; /* the room has talked about this one already */
    session_log_rewind(&flow->session, decision);
    runtime_free(flow->runtime);
    flow->runtime = again;
    flow->ending_logged = false;
    settle(flow, now);
    return true;
}

static void open_scenario(WorkshopFlow *flow, int index)
{
    drop_scenario(flow);
    flow->current = index;
    flow->stage = index < flow->count ? WORKSHOP_OPEN : WORKSHOP_OVER;
}

static bool discussion_event(WorkshopFlow *flow, WorkshopEvent event, uint32_t now)
{
    Countdown *countdown = &flow->countdown;
    switch (event.kind) {
    case WEV_COUNTDOWN:
        if (countdown->running && countdown_remaining(countdown, now))
            countdown_pause(countdown, now);
        else if (countdown->done || !countdown_remaining(countdown, now))
            countdown_restart(countdown, now);
        else countdown_start(countdown, now);
        return true;
    case WEV_COUNTDOWN_ADJUST: countdown_adjust(countdown, event.count, now); return true;
    case WEV_COUNTDOWN_STOP: countdown_skip(countdown, now); return true;
    case WEV_GO_ON: {
        const Node *node = &flow->scenario->nodes[runtime_view(flow->runtime)->node];
        session_log_pause(&flow->session, node->id, node->discuss,
                          (now - flow->discussion_began) / 1000);
        flow->paused_at = runtime_view(flow->runtime)->node;
        const View *view = runtime_view(flow->runtime);
        flow->stage = view->kind == VIEW_CHOOSE ? WORKSHOP_VOTE : WORKSHOP_STORY;
        memset(flow->counts, 0, sizeof flow->counts);
        return true;
    }
    default: return false;
    }
}

static bool vote_event(WorkshopFlow *flow, WorkshopEvent event, uint32_t now)
{
    int n = option_count(flow);
    bool valid = event.option >= 0 && event.option < n;
    switch (event.kind) {
    case WEV_SET_VOTES:
        if (!valid || event.count < 0) return false;
        flow->counts[event.option] = event.count;
        return true;
    case WEV_ADD_VOTES:
        if (!valid || flow->counts[event.option] + event.count < 0) return false;
        flow->counts[event.option] += event.count;
        return true;
    case WEV_CLOSE_VOTE: {
        bool tie;
        int winner = tally_winner(flow->counts, n, &tie);
        if (winner >= 0 && follow(flow, winner, false, now)) return true;
        flow->stage = WORKSHOP_TIE;
        return true;
    }
    case WEV_PICK: return follow(flow, event.option, true, now);
    default: return false;
    }
}

/* Events that fit any stage with a scenario open: rewind, skip, start again, end. */
static bool session_event(WorkshopFlow *flow, WorkshopEvent event, uint32_t now)
{
    bool playing = flow->runtime != NULL;
    switch (event.kind) {
    case WEV_REWIND:
        if (!playing || !runtime_record(flow->runtime)->count) return false;
        flow->stage = WORKSHOP_REWIND;
        return true;
    case WEV_REWIND_TO: return flow->stage == WORKSHOP_REWIND && rewind_to(flow, event.option, now);
    case WEV_NEXT: open_scenario(flow, flow->current + 1); return true;
    case WEV_RESTART:
        session_new_run(&flow->session);
        open_scenario(flow, 0);
        return true;
    case WEV_END: open_scenario(flow, flow->count); return true;
    default: return false;
    }
}

bool workshop_flow_send(WorkshopFlow *flow, WorkshopEvent event, uint32_t now)
{
    if (flow->stage == WORKSHOP_OVER) return false;
    switch (flow->stage) {
    case WORKSHOP_STORY:
        if (event.kind == WEV_GO_ON) {
            if (!runtime_choose(flow->runtime, 0)) return false;
            settle(flow, now);
            return true;
        }
        break;
    case WORKSHOP_DISCUSS:
        if (discussion_event(flow, event, now)) return true;
        break;
    case WORKSHOP_VOTE:
        if (vote_event(flow, event, now)) return true;
        break;
    case WORKSHOP_TIE:
        if (event.kind == WEV_PICK) return follow(flow, event.option, true, now);
        if (event.kind == WEV_SET_VOTES || event.kind == WEV_ADD_VOTES) {
            flow->stage = WORKSHOP_VOTE;   /* a corrected count: the vote is open again */
            if (vote_event(flow, event, now)) return true;
            flow->stage = WORKSHOP_TIE;
        }
        break;
    case WORKSHOP_REWIND:
        if (event.kind == WEV_GO_ON) {
            settle(flow, now);
            return true;
        }
        break;
    default: break;
    }
    return session_event(flow, event, now);
}

/* Why the vote asks the facilitator, and which options share the most votes. */
static WorkshopTie tie_kind(const WorkshopFlow *flow, int n, uint32_t *tied)
{
    int most = 0;
    for (int i = 0; i < n; i++) most = flow->counts[i] > most ? flow->counts[i] : most;
    *tied = 0;
    for (int i = 0; most && i < n; i++)
        if (flow->counts[i] == most) *tied |= 1u << i;
    if (flow->stage != WORKSHOP_TIE) return TIE_NONE;
    if (!most) return TIE_NO_VOTES;
    return *tied & (*tied - 1) ? TIE_EVEN : TIE_LOCKED;
}

const WorkshopShow *workshop_flow_show(WorkshopFlow *flow, uint32_t now)
{
    WorkshopShow *show = &flow->show;
    bool playing = flow->runtime != NULL;
    const View *view = playing ? runtime_view(flow->runtime) : NULL;
    *show = (WorkshopShow){
        .stage = flow->stage,
        .path = flow->stage == WORKSHOP_OPEN ? flow->playlist[flow->current] : NULL,
        .scenario = flow->current,
        .scenario_count = flow->count,
        .view = view,
        .prompt =
            flow->stage == WORKSHOP_DISCUSS ? flow->scenario->nodes[view->node].discuss : NULL,
        .timed = flow->countdown.length > 0,
        .counting = flow->countdown.running && countdown_remaining(&flow->countdown, now) > 0,
        .over = countdown_remaining(&flow->countdown, now) == 0 &&
                (flow->countdown.running || flow->countdown.used),
        .restarts = flow->countdown.done || countdown_remaining(&flow->countdown, now) == 0,
        .ms_left = countdown_remaining(&flow->countdown, now),
        .counts = flow->counts,
        .option_count = playing ? option_count(flow) : 0,
        .followed = flow->followed,
        .decisions = playing ? runtime_record(flow->runtime)->count : 0,
        .branch_from = flow->branch_from,
        .branch = flow->branch,
        .last = flow->current + 1 >= flow->count,
    };
    show->tie = playing ? tie_kind(flow, show->option_count, &show->tied) : TIE_NONE;
    return show;
}

const Runtime *workshop_flow_runtime(const WorkshopFlow *flow) { return flow->runtime; }

char *workshop_flow_branch_now(const WorkshopFlow *flow)
{
    return flow->runtime && flow->branch_from >= 0 ? branch_text(flow->runtime, flow->branch_from)
                                                   : NULL;
}

Session *workshop_flow_session(WorkshopFlow *flow) { return &flow->session; }
