/* test_pack.c: the bundled scenarios: a fixed path to every ending (tests/endings.txt), repair
   paths, and 1,000 seeded random playthroughs each that never fail and reach every ending. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/cli.h"
#include "../../engine/core/runtime.h"
#include "../../engine/core/stats.h"
#include "tests.h"

enum { RANDOM_RUNS = 1000 };

/* Plays choices (1-based, in order) and returns the ending's id, or NULL. *repaired: a repair was made. */
static const char *play_path(const LoadedScenario *loaded, const char *choices, bool *repaired)
{
    Runtime *rt = runtime_new(loaded->scenario, &loaded->hooks, 0, false);
    *repaired = false;
    for (const char *p = choices; *p;) {
        while (runtime_view(rt)->kind == VIEW_CONTINUE) runtime_choose(rt, 0);
        if (!runtime_choose(rt, atoi(p) - 1)) break;
        const Record *record = runtime_record(rt);
        *repaired |= record->steps[record->count - 1].repair;
        p += strcspn(p, ",");
        if (*p == ',') p++;
    }
    while (runtime_view(rt)->kind == VIEW_CONTINUE) runtime_choose(rt, 0);
    const View *view = runtime_view(rt);
    const char *ending = view->kind == VIEW_ENDING ? loaded->scenario->nodes[view->node].id : NULL;
    runtime_free(rt);
    return ending;
}

/* One line of tests/endings.txt; false (with a message printed) when it fails. */
static bool path_reaches_its_ending(const char *line, int *endings_seen)
{
    char file[512], ending[128], choices[512] = "", mark[32] = "";
    if (sscanf(line, "%511s %127[^:]: %511s %31s", file, ending, choices, mark) < 3) return true;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    bool ok = loader_open(file, &options, &diags, &loaded);
    bool repaired = false;
    const char *reached = ok ? play_path(&loaded, choices, &repaired) : NULL;
    ok = reached && strcmp(reached, ending) == 0 && (strcmp(mark, "repair") != 0 || repaired);
    if (!ok) print_error("%s: %s reached %s%s\n", file, choices, reached ? reached : "no ending",
                         strcmp(mark, "repair") == 0 && !repaired ? " without a repair" : "");
    *endings_seen += mark[0] == '\0';
    loader_close(&loaded);
    diag_list_free(&diags);
    return ok;
}

static void every_ending_has_a_fixed_path(void **state)
{
    (void)state;
    char *text = test_read_file("tests/endings.txt");
    assert_non_null(text);
    int failures = 0, paths = 0, endings_seen = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#') continue;
        failures += !path_reaches_its_ending(line, &endings_seen);
        paths++;
    }
    free(text);
    /* Every ending of every bundled scenario is listed. */
    int count = 0, endings = 0;
    char **files = cli_list_files("scripts/scenarios", ".lua", &count);
    for (int i = 0; i < count; i++) {
        LoaderOptions options = test_loader_options();
        DiagList diags = {0};
        LoadedScenario loaded;
        if (loader_open(files[i], &options, &diags, &loaded)) endings += scenario_ending_count(loaded.scenario);
        loader_close(&loaded);
        diag_list_free(&diags);
    }
    cli_free_list(files, count);
    assert_true(count >= 12);
    assert_int_equal(endings_seen, endings);
    if (failures) fail_msg("%d of %d paths failed", failures, paths);
}

static void random_playthroughs_never_fail_and_reach_every_ending(void **state)
{
    (void)state;
    int count = 0, failures = 0;
    char **files = cli_list_files("scripts/scenarios", ".lua", &count);
    for (int i = 0; i < count; i++) {
        LoaderOptions options = test_loader_options();
        DiagList diags = {0};
        LoadedScenario loaded;
        assert_true(loader_open(files[i], &options, &diags, &loaded));
        ScenarioStats stats;
        stats_measure(loaded.scenario, &loaded.hooks, RANDOM_RUNS, &stats, NULL, &diags);
        if (stats.failed_runs || stats.endings_reached != stats.endings || diags.count) {
            print_error("%s: %d of %d runs failed; %d of %d endings reached\n", files[i], stats.failed_runs,
                        RANDOM_RUNS, stats.endings_reached, stats.endings);
            failures++;
        }
        loader_close(&loaded);
        diag_list_free(&diags);
    }
    cli_free_list(files, count);
    if (failures) fail_msg("%d scenarios failed random play", failures);
}

int run_pack_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_ending_has_a_fixed_path),
        cmocka_unit_test(random_playthroughs_never_fail_and_reach_every_ending),
    };
    return cmocka_run_group_tests_name("scenario pack", tests, NULL, NULL);
}
