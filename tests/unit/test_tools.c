/* test_tools.c: the writer's tools: graph, new, check --json. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/tools/check_report.h"
#include "../../engine/tools/graph_cmd.h"
#include "../../engine/tools/new_cmd.h"
#include "tests.h"

static void graph_draws_nodes_endings_and_repairs(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded));
    char *dot = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&dot, &size);
    graph_write_dot(loaded.scenario, out);
    fclose(out);
    assert_non_null(strstr(dot, "digraph scenario {"));
    assert_non_null(strstr(dot, "\"a\" -> \"b\" [color=\"#c0392b\""));              /* criticism: red */
    assert_non_null(strstr(dot, "\"a\" -> \"b\" [color=\"#2e8b57\""));              /* open question: green */
    assert_non_null(strstr(dot, "\"b\" -> \"good\" [color=\"#1f5fbf\", penwidth=2.5, style=dashed"));   /* a repair, conditional */
    assert_non_null(strstr(dot, "\"good\" [shape=doubleoctagon"));
    free(dot);
    loader_close(&loaded);
    diag_list_free(&diags);
}

static void new_writes_a_scenario_that_passes_check(void **state)
{
    (void)state;
    Cli cli;
    assert_true(cli_init(&cli));
    const char *path = "build/test_new_scenario.lua";
    remove(path);
    char name[] = "build/test_new_scenario";
    char *argv[] = {name};
    assert_int_equal(new_cmd_run(&cli, 1, argv), 0);
    assert_int_equal(new_cmd_run(&cli, 1, argv), 1);          /* never overwrites */
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open(path, &cli.loader, &diags, &loaded));
    assert_string_equal(loaded.scenario->id, "test-new-scenario");
    CheckOptions check = {.max_states = CHECK_DEFAULT_MAX_STATES};
    CheckStats stats;
    check_scenario(loaded.scenario, &loaded.hooks, &check, &diags, &stats);
    if (diags.count) fail_msg("the template has findings: %s", diags.items[0].message);
    loader_close(&loaded);
    diag_list_free(&diags);
    remove(path);
}

static void json_report_escapes_and_counts(void **state)
{
    (void)state;
    char *json = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&json, &size);
    Report report;
    report_start(&report, out, true);
    DiagList diags = {0};
    diag_add(&diags, DIAG_TARGET_MISSING, "a \"quoted\" file.lua", 7, "tab\there");
    FileResult result = {.path = "a \"quoted\" file.lua", .diags = &diags};
    report_file(&report, &result);
    report_finish(&report);
    fclose(out);
    assert_non_null(strstr(json, "\"path\": \"a \\\"quoted\\\" file.lua\""));
    assert_non_null(strstr(json, "\"line\": 7, \"code\": \"E206\", \"severity\": \"error\""));
    assert_non_null(strstr(json, "\"errors\": 1"));
    int depth = 0;
    for (const char *p = json; *p; p++) depth += (*p == '{' || *p == '[') - (*p == '}' || *p == ']');
    assert_int_equal(depth, 0);
    free(json);
    diag_list_free(&diags);
}

int run_tools_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(graph_draws_nodes_endings_and_repairs),
        cmocka_unit_test(new_writes_a_scenario_that_passes_check),
        cmocka_unit_test(json_report_escapes_and_counts),
    };
    return cmocka_run_group_tests_name("writer tools", tests, NULL, NULL);
}
