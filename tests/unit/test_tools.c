/* test_tools.c: the writer's tools: graph, new, check --json. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/tools/check_report.h"
#include "../../engine/tools/graph_cmd.h"
#include "../../engine/tools/new_cmd.h"
#include <lauxlib.h>
#include <lualib.h>

#include "../../engine/core/runtime.h"
#include "../../engine/core/translate.h"
#include "../../engine/core/vocab.h"
#include "../../engine/text/text_play.h"
#include "../../engine/host/cli.h"
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
    report_finish(&report, NULL);
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

/* --json --stats: each file carries its stats and cues, and the pack's follow the files. */
static void json_report_includes_stats_and_cues(void **state)
{
    (void)state;
    char *json = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&json, &size);
    Report report;
    report_start(&report, out, true);
    DiagList diags = {0};
    Scenario *scenario = scenario_new("a.lua");
    ScenarioStats stats = {.nodes = 12, .decisions = 5, .minutes = 7.5};
    CueFigures cues = {0};
    cues.cue[CUE_LONGEST] = (CueFigure){.decisions = 4, .hits = 1, .chance = 2};
    cues.cue[CUE_READER] = (CueFigure){.decisions = 4, .hits = 3, .chance = 2};
    FileResult result = {.path = "a.lua", .scenario = scenario, .diags = &diags, .stats = &stats, .cues = &cues};
    report_file(&report, &result);
    Pack pack = {.whole = true, .total = cues};
    report_finish(&report, &pack);
    fclose(out);
    assert_non_null(strstr(json, "\"stats\": {\"nodes\": 12, \"endings\": 0, \"decisions\": 5"));
    assert_non_null(strstr(json, "\"cues\": {\"decisions\": 4, \"chance\": 50.0, \"longest\": {\"decisions\": 4, "
                                 "\"percent\": 25.0, \"chance\": 50.0, \"points\": -25.0}"));
    assert_non_null(strstr(json, "\"reader\": {\"decisions\": 4, \"percent\": 75.0, \"chance\": 50.0, \"points\": 25.0}"));
    const char *files_end = strstr(json, "\n  ],");
    assert_non_null(files_end);
    assert_non_null(strstr(files_end, "\"stats\": {\"nodes\": 12"));   /* the pack's, after the files */
    assert_non_null(strstr(files_end, "\"cues\": {\"decisions\": 4"));
    int depth = 0;
    for (const char *p = json; *p; p++) depth += (*p == '{' || *p == '[') - (*p == '}' || *p == ']');
    assert_int_equal(depth, 0);
    free(json);
    scenario_free(scenario);
}

/* The LuaLS definitions parse, describe every name the API gives a scenario, and list every id
   of the vocabulary, so an editor's completion matches what check accepts. */
static void editor_annotations_cover_the_api(void **state)
{
    (void)state;
    lua_State *L = luaL_newstate();
    assert_int_equal(luaL_loadfilex(L, "scripts/lib/heartlines.d.lua", "t"), LUA_OK);
    lua_settop(L, 0);
    luaL_openlibs(L);
    assert_int_equal(luaL_loadfilex(L, "scripts/lib/scenario_api.lua", "t"), LUA_OK);
    lua_newtable(L);                                         /* stand-ins for the host's powers */
    assert_int_equal(luaL_dostring(L, "return function() return 0 end"), LUA_OK);
    lua_setfield(L, -2, "caller_line");
    assert_int_equal(luaL_dostring(L, "return error"), LUA_OK);
    lua_setfield(L, -2, "fail");
    lua_getglobal(L, "setmetatable");
    lua_setfield(L, -2, "setmetatable");
    assert_int_equal(lua_pcall(L, 1, 1, 0), LUA_OK);
    char *defs = test_read_file("scripts/lib/heartlines.d.lua");
    assert_non_null(defs);
    int names = 0;
    for (lua_pushnil(L); lua_next(L, 1); lua_pop(L, 1), names++) {
        char function[64], table[64];
        snprintf(function, sizeof function, "\nfunction %s(", lua_tostring(L, -2));
        snprintf(table, sizeof table, "\n%s = ", lua_tostring(L, -2));
        if (!strstr(defs, function) && !strstr(defs, table)) fail_msg("heartlines.d.lua does not describe %s", lua_tostring(L, -2));
    }
    assert_int_equal(names, 8);
    for (int kind = TAG_SKILL; kind <= TAG_PITFALL; kind++)
        for (int i = 0; i < vocab_count(kind); i++) {
            char entry[64];
            snprintf(entry, sizeof entry, "---| \"%s\" #", vocab_tag(kind, i)->id);
            if (!strstr(defs, entry)) fail_msg("heartlines.d.lua does not list %s", vocab_tag(kind, i)->id);
        }
    free(defs);
    lua_close(L);
}

static void scenario_translation_applies_current_entries_only(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    options.lang = "xx";
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded));
    assert_int_equal(diags.count, 0);
    const Scenario *s = loaded.scenario;
    assert_string_equal(s->title, "Mini (xx)");
    assert_string_equal(s->nodes[0].lines[0].text.fixed, "Salut.");
    assert_string_equal(s->nodes[0].choices[1].text.fixed, "Qu'est-ce qui s'est passé ?");
    assert_string_equal(s->nodes[1].choices[2].text.fixed, "Fine.");            /* stale: stays English */
    assert_string_equal(s->nodes[1].choices[1].text.fixed, "Let's eat.");       /* missing: stays English */
    Runtime *rt = runtime_new(s, &loaded.hooks, 0, false);
    assert_true(runtime_choose(rt, 0));                       /* trust 40: the computed line is "Whatever." */
    assert_string_equal(runtime_view(rt)->lines[0].text, "Peu importe.");
    runtime_free(rt);
    rt = runtime_new(s, &loaded.hooks, 0, false);
    assert_true(runtime_choose(rt, 1));                       /* its other result has no translation */
    assert_string_equal(runtime_view(rt)->lines[0].text, "Thanks for asking.");
    runtime_free(rt);
    loader_close(&loaded);
    options.lang = "zz";                                      /* no such translation */
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded));
    assert_true(diag_has(&diags, DIAG_TRANSLATION));
    assert_string_equal(loaded.scenario->title, "Mini");
    loader_close(&loaded);
    diag_list_free(&diags);
}

static void interface_strings_translate_safely(void **state)
{
    (void)state;
    Catalog ui = {0};
    char why[256];
    assert_true(catalog_read_po(&ui, "tests/fixtures/ui.xx.po", why, sizeof why));
    assert_string_equal(catalog_tr(&ui, "\nWhat do you say? Type a number from 1 to %d.\n"), "\nXx xx xx? Xx %d.\n");
    /* a translation that would drop a %d is refused: printf would read a missing argument */
    assert_string_equal(catalog_tr(&ui, "Please type a number from 1 to %d, or q to stop.\n"),
                        "Please type a number from 1 to %d, or q to stop.\n");
    assert_string_equal(catalog_tr(&ui, "Untranslated"), "Untranslated");
    assert_string_equal(catalog_tr(NULL, "English"), "English");
    /* the terminal front end asks through the catalog */
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded));
    char *output = NULL;
    size_t size = 0;
    char input[] = "q\n";
    TextOptions text = {.in = fmemopen(input, 2, "r"), .out = open_memstream(&output, &size), .ui = &ui};
    text_play(&loaded, &text);
    fclose(text.in);
    fclose(text.out);
    assert_non_null(strstr(output, "Xx xx xx? Xx 2."));
    free(output);
    loader_close(&loaded);
    diag_list_free(&diags);
    catalog_free(&ui);
}

static void csv_round_trips_quotes_commas_and_newlines(void **state)
{
    (void)state;
    FILE *out = fopen("build/test_strings.csv", "wb");
    assert_non_null(out);
    fputs("id,source,translation\n", out);
    catalog_write_csv_row(out, "a.1", "Hi, \"you\".", "Salut, \"toi\".");
    catalog_write_csv_row(out, "a.2", "Two\nlines", "Deux\nlignes");
    fclose(out);
    Catalog catalog = {0};
    char why[256];
    assert_true(catalog_read(&catalog, "build/test_strings.csv", why, sizeof why));
    assert_int_equal(catalog.count, 2);
    assert_string_equal(catalog_lookup(&catalog, "a.1", "Hi, \"you\"."), "Salut, \"toi\".");
    assert_string_equal(catalog_lookup(&catalog, "a.2", "Two\nlines"), "Deux\nlignes");
    assert_null(catalog_lookup(&catalog, "a.2", "Changed"));
    catalog_free(&catalog);
    remove("build/test_strings.csv");
}

/* Loads and checks a scenario written in a doc; prints what is wrong and returns false. */
static bool doc_example_works(const char *doc, int number, const char *source)
{
    char path[128];
    snprintf(path, sizeof path, "build/doc_example_%d.lua", number);
    FILE *file = fopen(path, "wb");
    fputs(source, file);
    fclose(file);
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    bool ok = loader_open(path, &options, &diags, &loaded);
    CheckOptions check = {.max_states = CHECK_DEFAULT_MAX_STATES};
    CheckStats stats;
    if (ok) check_scenario(loaded.scenario, &loaded.hooks, &check, &diags, &stats);
    ok = ok && diag_error_count(&diags) == 0;
    if (!ok) print_error("%s: example %d: %s\n", doc, number, diags.count ? diags.items[0].message : "does not load");
    loader_close(&loaded);
    diag_list_free(&diags);
    remove(path);
    return ok;
}

/* Every whole scenario shown in docs/ (a lua block with return scenario, start and nodes) loads and
   passes check without errors, so the docs never teach something that does not work. */
static void examples_in_docs_work(void **state)
{
    (void)state;
    int count = 0, examples = 0, failures = 0;
    char **docs = cli_list_files("docs", ".md", &count);
    for (int i = 0; i < count; i++) {
        char *text = test_read_file(docs[i]);
        for (char *block = text ? strstr(text, "```lua\n") : NULL; block; block = strstr(block, "```lua\n")) {
            block += 7;
            char *end = strstr(block, "```");
            if (!end) break;
            *end = '\0';
            bool whole = strstr(block, "return scenario {") && strstr(block, "start = ") && strstr(block, "nodes = {");
            if (whole) failures += !doc_example_works(docs[i], ++examples, block);
            block = end + 3;
        }
        free(text);
    }
    cli_free_list(docs, count);
    assert_true(examples >= 3);
    if (failures) fail_msg("%d of %d examples in docs/ do not work", failures, examples);
}

int run_tools_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(graph_draws_nodes_endings_and_repairs),
        cmocka_unit_test(new_writes_a_scenario_that_passes_check),
        cmocka_unit_test(json_report_escapes_and_counts),
        cmocka_unit_test(json_report_includes_stats_and_cues),
        cmocka_unit_test(editor_annotations_cover_the_api),
        cmocka_unit_test(scenario_translation_applies_current_entries_only),
        cmocka_unit_test(interface_strings_translate_safely),
        cmocka_unit_test(csv_round_trips_quotes_commas_and_newlines),
        cmocka_unit_test(examples_in_docs_work),
    };
    return cmocka_run_group_tests_name("writer tools", tests, NULL, NULL);
}
