/* fuzz_saves.c: any bytes as a settings, progress or autosave file. They are read the way the game
   reads them (store_read from a file), then handed to what uses each: settings_from_store, the
   progress queries and progress_add_record, and resume_target and resume_replay against loaded
   scenarios. Besides sanitizer reports, findings are broken promises: a file holding a NUL byte
   read as good, a store that does not survive its own write and read, settings out of range, a
   replay that records something other than what it replayed, or a re-saved game that does not
   replay to the same place. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/progress.h"
#include "../../engine/core/resume.h"
#include "../../engine/core/settings.h"
#include "support.h"

static const char *const fixtures[] = {
    "tests/fixtures/valid.lua", "tests/fixtures/two_roles.lua", "scripts/scenarios/cancelled_plans.lua",
};
enum { FIXTURE_COUNT = sizeof fixtures / sizeof fixtures[0] };

static LoadedScenario loaded[FIXTURE_COUNT];
static char input_path[4200], copy_path[4200];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    for (int i = 0; i < FIXTURE_COUNT; i++) fuzz_load_fixture(fixtures[i], &loaded[i]);
    fuzz_scratch_path(".txt", input_path, sizeof input_path);
    fuzz_scratch_path(".copy.txt", copy_path, sizeof copy_path);
    return 0;
}

/* What store_write writes, store_read reads back the same, in the same order. */
static void check_round_trip(const Store *store, const char *header)
{
    Store back = {0};
    char why[512];
    FUZZ_CHECK(store_write(store, copy_path, header, why, sizeof why));
    FUZZ_CHECK(store_read(&back, copy_path, header, why, sizeof why) == STORE_OK);
    FUZZ_CHECK(back.count == store->count);
    for (int i = 0; i < back.count; i++) {
        FUZZ_CHECK(strcmp(back.entries[i].key, store->entries[i].key) == 0);
        FUZZ_CHECK(strcmp(back.entries[i].value, store->entries[i].value) == 0);
    }
    store_free(&back);
    remove(copy_path);
}

static void check_settings(const Store *store)
{
    Settings settings = settings_from_store(store);
    FUZZ_CHECK(settings.text_size >= TEXT_SIZE_MIN && settings.text_size <= TEXT_SIZE_MAX);
    FUZZ_CHECK(settings.text_speed >= 0 && settings.text_speed < SPEED_COUNT);
    FUZZ_CHECK(settings.speech_rate >= SPEECH_RATE_MIN && settings.speech_rate <= SPEECH_RATE_MAX);
    FUZZ_CHECK(settings_reveal_rate(&settings) >= 0);
    Store saved = {0};
    settings_to_store(&settings, &saved);
    Settings again = settings_from_store(&saved);
    FUZZ_CHECK(memcmp(&settings, &again, sizeof settings) == 0);
    store_free(&saved);
}

/* The fixture the autosave names by id, else the first. */
static const LoadedScenario *fixture_for(const Store *store)
{
    const char *id = store_get(store, "id");
    for (int i = 0; id && i < FIXTURE_COUNT; i++)
        if (strcmp(loaded[i].scenario->id, id) == 0) return &loaded[i];
    return &loaded[0];
}

/* Plays to an ending taking the first open choice: a record progress can be given. */
static Runtime *play_to_an_ending(const LoadedScenario *fixture)
{
    Runtime *runtime = runtime_new(fixture->scenario, &fixture->hooks, 0, false);
    FUZZ_CHECK(runtime != NULL);
    for (int step = 0; step < 1000 && runtime_view(runtime)->kind != VIEW_ENDING; step++) {
        const View *view = runtime_view(runtime);
        int open = 0;
        while (open < view->choice_count && view->choices[open].locked) open++;
        FUZZ_CHECK(runtime_choose(runtime, view->kind == VIEW_CONTINUE ? 0 : open));
    }
    FUZZ_CHECK(runtime_view(runtime)->kind == VIEW_ENDING);
    return runtime;
}

static void check_progress(Store *store)
{
    for (int i = 0; i < store->count; i++) {
        const char *key = store->entries[i].key;
        if (strncmp(key, "ending.", 7) != 0) continue;
        progress_endings(store, key + 7);
        progress_has_ending(store, key + 7, "");
    }
    for (int i = 0; i < FIXTURE_COUNT; i++) {
        Runtime *runtime = play_to_an_ending(&loaded[i]);
        const Scenario *scenario = loaded[i].scenario;
        const Record *record = runtime_record(runtime);
        FUZZ_CHECK(progress_add_record(store, scenario, record));
        FUZZ_CHECK(progress_has_ending(store, scenario->id, scenario->nodes[record->ending].id));
        runtime_free(runtime);
    }
}

static int saved_steps(const Store *store)
{
    const char *steps = store_get(store, "steps");
    int count = steps && *steps ? 1 : 0;
    for (const char *p = steps; p && *p; p++) count += *p == ',';
    return count;
}

static bool same_decisions(const Record *a, const Record *b)
{
    if (a->count != b->count) return false;
    for (int i = 0; i < a->count; i++)
        if (a->steps[i].node != b->steps[i].node || a->steps[i].choice != b->steps[i].choice) return false;
    return true;
}

static void check_resume(const Store *store)
{
    const char *path;
    uint64_t seed = 0;
    resume_target(store, &path, &seed);
    const LoadedScenario *fixture = fixture_for(store);
    const Scenario *scenario = fixture->scenario;
    char why[512];
    Runtime *first = runtime_new(scenario, &fixture->hooks, seed, true);
    int replayed = resume_replay(first, store, why, sizeof why);
    fuzz_check_view(first);
    FUZZ_CHECK(replayed >= 0 && replayed <= saved_steps(store));
    FUZZ_CHECK(replayed == runtime_record(first)->count);
    /* Saving where the replay got to, and replaying that, reaches the same place. */
    Store again = {0};
    resume_save(&again, scenario->file, scenario, seed, runtime_record(first));
    Runtime *second = runtime_new(scenario, &fixture->hooks, seed, true);
    FUZZ_CHECK(resume_replay(second, &again, why, sizeof why) == replayed);
    FUZZ_CHECK(same_decisions(runtime_record(first), runtime_record(second)));
    FUZZ_CHECK(runtime_view(first)->node == runtime_view(second)->node);
    FUZZ_CHECK(memcmp(runtime_state(first), runtime_state(second), sizeof(int) * (size_t)scenario->var_count) == 0);
    store_free(&again);
    runtime_free(first);
    runtime_free(second);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *file = fopen(input_path, "wb");
    FUZZ_CHECK(file && fwrite(data, 1, size, file) == size && fclose(file) == 0);
    static const char *const headers[] = {SETTINGS_HEADER, PROGRESS_HEADER, RESUME_HEADER};
    for (int kind = 0; kind < 3; kind++) {
        Store store = {0};
        char why[512] = "";
        StoreStatus status = store_read(&store, input_path, headers[kind], why, sizeof why);
        if (status != STORE_OK) {
            FUZZ_CHECK(store.count == 0 && why[0]);
            store_free(&store);
            continue;
        }
        FUZZ_CHECK(!memchr(data, '\0', size));
        check_round_trip(&store, headers[kind]);
        if (kind == 0) check_settings(&store);
        if (kind == 1) check_progress(&store);
        if (kind == 2) check_resume(&store);
        store_free(&store);
    }
    remove(input_path);
    return 0;
}
