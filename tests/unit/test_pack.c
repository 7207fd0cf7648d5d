/* test_pack.c: the bundled scenarios: their own tests (the .test files in tests/scenarios) pass and reach
   every ending, and 1,000 seeded random playthroughs each never fail and reach every ending. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/host/cli.h"
#include "../../engine/core/runtime.h"
#include "../../engine/core/stats.h"
#include "../../engine/tools/scenario_test.h"
#include "tests.h"

enum { RANDOM_RUNS = 1000 };

/* Whether some .test file in tests/scenarios expects this ending of the scenario named stem. */
static bool ending_is_tested(char **tests, int count, const char *stem, const char *ending)
{
    char scenario_line[300], expect_line[300];
    snprintf(scenario_line, sizeof scenario_line, "/%s.lua\n", stem);
    snprintf(expect_line, sizeof expect_line, "expect ending %s\n", ending);
    bool found = false;
    for (int i = 0; i < count && !found; i++) {
        char *text = test_read_file(tests[i]);
        found = text && strstr(text, scenario_line) && strstr(text, expect_line);
        free(text);
    }
    return found;
}

/* tests/scenarios holds the bundled scenarios' own tests (heartlines test); they all pass, and
   between them they reach every ending of every scenario. */
static void scenario_tests_pass_and_reach_every_ending(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    int test_count = 0, count = 0, untested = 0;
    char **tests = cli_list_files("tests/scenarios", ".test", &test_count);
    TestTally tally = {0};
    for (int i = 0; i < test_count; i++) scenario_test_run(tests[i], &options, stderr, &tally);
    char **files = cli_list_files("scripts/scenarios", ".lua", &count);
    assert_true(count >= 16);
    for (int i = 0; i < count; i++) {
        DiagList diags = {0};
        LoadedScenario loaded;
        assert_true(loader_open(files[i], &options, &diags, &loaded));
        char stem[256];
        snprintf(stem, sizeof stem, "%s", strrchr(files[i], '/') + 1);
        stem[strlen(stem) - 4] = '\0';
        for (int n = 0; n < loaded.scenario->node_count; n++) {
            const Node *node = &loaded.scenario->nodes[n];
            if (node->is_ending && !ending_is_tested(tests, test_count, stem, node->id)) {
                print_error("%s: no test reaches ending %s\n", files[i], node->id);
                untested++;
            }
        }
        loader_close(&loaded);
        diag_list_free(&diags);
    }
    cli_free_list(files, count);
    cli_free_list(tests, test_count);
    if (tally.failed || untested) fail_msg("%d scenario tests failed; %d endings untested", tally.failed, untested);
    assert_true(tally.passed >= 100);
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
        cmocka_unit_test(scenario_tests_pass_and_reach_every_ending),
        cmocka_unit_test(random_playthroughs_never_fail_and_reach_every_ending),
    };
    return cmocka_run_group_tests_name("scenario pack", tests, NULL, NULL);
}
