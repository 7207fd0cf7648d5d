/* fuzz_runtime.c: a fuzzer-chosen session in a known-good scenario. The first byte picks the
   scenario and the shuffle, the second the seed; each later byte is one action: take a choice
   (sometimes one that is out of range or locked), rewind to an earlier decision the way the
   workshop does (a new runtime with the same seed, replaying the decisions before it), or save
   the autosave to a file and restore from it (resume_save, store_write, store_read, resume_replay).
   Findings, besides sanitizer reports: a view that disagrees with the scenario or the record, a
   choice accepted or refused against the rules, or a rewind or restore that does not reach the
   same decisions, text, state and place. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/resume.h"
#include "support.h"

static const char *const fixtures[] = {
    "tests/fixtures/valid.lua", "tests/fixtures/two_roles.lua",
    "scripts/scenarios/seems_off.lua", "scripts/scenarios/big_meeting.lua",
    "tests/fixtures/language.lua",   /* chance, branch, once, fallback, flags and counters */
};
enum { FIXTURE_COUNT = sizeof fixtures / sizeof fixtures[0] };

static LoadedScenario loaded[FIXTURE_COUNT];
static char save_path[4200];

typedef struct Session {
    const LoadedScenario *fixture;
    uint64_t seed;
    bool shuffle;
    Runtime *runtime;
} Session;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    for (int i = 0; i < FIXTURE_COUNT; i++) fuzz_load_fixture(fixtures[i], &loaded[i]);
    fuzz_scratch_path(".autosave.txt", save_path, sizeof save_path);
    return 0;
}

static Runtime *start(const Session *session)
{
    Runtime *runtime = runtime_new(session->fixture->scenario, &session->fixture->hooks, session->seed,
                                   session->shuffle);
    FUZZ_CHECK(runtime != NULL);
    return runtime;
}

/* Whether a branch or chance can lead to node. */
static bool can_reach(const Branch *branch, int node)
{
    for (int i = 0; i < branch->arm_count; i++)
        if (branch->arms[i].sub ? can_reach(branch->arms[i].sub, node) : branch->arms[i].target == node)
            return true;
    return false;
}

/* index runs from -1 to one past the last choice, so refusals are tried too. */
static void choose(Session *session, int arg)
{
    Runtime *runtime = session->runtime;
    const View *view = runtime_view(runtime);
    int index = arg % (view->choice_count + 2) - 1;
    bool allowed = (view->kind == VIEW_CONTINUE && index == 0) ||
                   (view->kind == VIEW_CHOOSE && index >= 0 && index < view->choice_count &&
                    !view->choices[index].locked);
    int node = view->node, steps = runtime_record(runtime)->count;
    int picked = allowed && view->kind == VIEW_CHOOSE ? view->choices[index].choice : -1;
    char *said = picked >= 0 ? strdup(view->choices[index].text) : NULL;
    int next = runtime_scenario(runtime)->nodes[node].next;
    const Branch *branch = runtime_scenario(runtime)->nodes[node].next_branch;
    bool taken = runtime_choose(runtime, index);
    FUZZ_CHECK(taken == allowed);
    const Record *record = runtime_record(runtime);
    if (picked >= 0) {
        FUZZ_CHECK(record->count == steps + 1);
        const Step *step = &record->steps[steps];
        FUZZ_CHECK(step->node == node && step->choice == picked && strcmp(step->said, said) == 0);
    } else {
        FUZZ_CHECK(record->count == steps);
        const View *after = runtime_view(runtime);
        if (taken && branch)   /* where a jump leads, or stopped where it failed */
            FUZZ_CHECK(can_reach(branch, after->node) || (after->kind == VIEW_ERROR && after->node == node));
        else if (taken) FUZZ_CHECK(after->node == next);
        else FUZZ_CHECK(runtime_view(runtime)->node == node);
    }
    free(said);
}

/* The first count decisions of a and b are the same, as shown to the player. */
static bool same_decisions(const Record *a, const Record *b, int count)
{
    if (a->count < count || b->count < count) return false;
    for (int i = 0; i < count; i++) {
        const Step *x = &a->steps[i], *y = &b->steps[i];
        if (x->node != y->node || x->choice != y->choice || strcmp(x->said, y->said) != 0) return false;
    }
    return true;
}

static bool same_state(const Scenario *scenario, const int *a, const int *b)
{
    return memcmp(a, b, sizeof *a * (size_t)scenario->var_count) == 0;
}

/* As the workshop rewinds: a fresh runtime replays every decision before the chosen one. */
static void rewind_to(Session *session, int arg)
{
    const Record *record = runtime_record(session->runtime);
    int decision = arg % (record->count + 1);
    Runtime *again = start(session);
    for (int i = 0; i < decision; i++)
        FUZZ_CHECK(runtime_replay(again, record->steps[i].node, record->steps[i].choice));
    FUZZ_CHECK(runtime_record(again)->count == decision);
    FUZZ_CHECK(same_decisions(record, runtime_record(again), decision));
    const int *expected = decision < record->count ? record->steps[decision].vars_before : runtime_state(session->runtime);
    FUZZ_CHECK(same_state(runtime_scenario(again), runtime_state(again), expected));
    runtime_free(session->runtime);
    session->runtime = again;
}

/* Through the file, as the game autosaves and resumes. */
static void save_and_restore(Session *session)
{
    const Scenario *scenario = session->fixture->scenario;
    const Record *record = runtime_record(session->runtime);
    Store store = {0};
    char why[512];
    resume_save(&store, scenario->file, scenario, session->seed, record);
    FUZZ_CHECK(store_write(&store, save_path, RESUME_HEADER, why, sizeof why));
    FUZZ_CHECK(store_read(&store, save_path, RESUME_HEADER, why, sizeof why) == STORE_OK);
    remove(save_path);
    const char *path;
    uint64_t seed;
    FUZZ_CHECK(resume_target(&store, &path, &seed));
    FUZZ_CHECK(strcmp(path, scenario->file) == 0 && seed == session->seed);
    Runtime *restored = start(session);
    FUZZ_CHECK(resume_replay(restored, &store, why, sizeof why) == record->count);
    FUZZ_CHECK(same_decisions(record, runtime_record(restored), record->count));
    FUZZ_CHECK(same_state(scenario, runtime_state(restored), runtime_state(session->runtime)));
    /* The replay stops after the last decision; the player may have continued past scenes since. */
    const View *before = runtime_view(session->runtime);
    for (int hops = 0; hops < scenario->node_count && runtime_view(restored)->node != before->node &&
                       runtime_view(restored)->kind == VIEW_CONTINUE; hops++)
        runtime_choose(restored, 0);
    FUZZ_CHECK(runtime_view(restored)->node == before->node && runtime_view(restored)->kind == before->kind);
    store_free(&store);
    runtime_free(session->runtime);
    session->runtime = restored;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    Session session = {
        .fixture = &loaded[data[0] % FIXTURE_COUNT],
        .shuffle = data[0] & 0x80,
        .seed = data[1],
    };
    session.runtime = start(&session);
    fuzz_check_view(session.runtime);
    for (size_t i = 2; i < size; i++) {
        int op = data[i] >> 6, arg = data[i] & 63;
        if (op <= 1) choose(&session, arg);
        else if (op == 2) rewind_to(&session, arg);
        else save_and_restore(&session);
        fuzz_check_view(session.runtime);
    }
    runtime_free(session.runtime);
    return 0;
}
