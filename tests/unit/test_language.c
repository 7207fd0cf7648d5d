/* test_language.c: the writer's language (tests/fixtures/language.lua): chance and branch jumps,
   once-only and fallback choices, visit counters, flags and values set outright; how the loader
   reads them, how the runtime plays them, that check explores every outcome, that random play
   samples them and is uniform over the options offered, and the messages around them. */
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/host/cli.h"
#include "../../engine/core/catalog.h"
#include "../../engine/core/check.h"
#include "../../engine/core/rules.h"
#include "../../engine/core/runtime.h"
#include "../../engine/core/stats.h"
#include "../../engine/tools/graph_cmd.h"
#include "../../engine/tools/scenario_test.h"
#include "tests.h"

static const char *const fixture = "tests/fixtures/language.lua";

static void open_fixture(const char *path, LoadedScenario *loaded, DiagList *diags)
{
    LoaderOptions options = test_loader_options();
    assert_true(loader_open(path, &options, diags, loaded));
}

static const char *node_id(const Runtime *rt)
{
    return runtime_scenario(rt)->nodes[runtime_view(rt)->node].id;
}

/* Takes the open choice whose text starts with prefix; fails the test when there is none. */
static void choose_text(Runtime *rt, const char *prefix)
{
    const View *view = runtime_view(rt);
    for (int i = 0; i < view->choice_count; i++)
        if (strncmp(view->choices[i].text, prefix, strlen(prefix)) == 0) {
            assert_true(runtime_choose(rt, i));
            return;
        }
    fail_msg("no choice \"%s\" at node %s", prefix, node_id(rt));
}

static bool offers(const Runtime *rt, const char *prefix)
{
    const View *view = runtime_view(rt);
    for (int i = 0; i < view->choice_count; i++)
        if (strncmp(view->choices[i].text, prefix, strlen(prefix)) == 0) return true;
    return false;
}

static void loader_reads_every_construct(void **state)
{
    (void)state;
    DiagList diags = {0};
    LoadedScenario loaded;
    open_fixture(fixture, &loaded, &diags);
    const Scenario *s = loaded.scenario;
    const StateVar *met = &s->vars[scenario_find_var(s, "met")],
                   *asked = &s->vars[scenario_find_var(s, "asked")];
    assert_int_equal(met->kind, VAR_FLAG);
    assert_int_equal(met->start, 0);
    assert_int_equal(asked->kind, VAR_VISITS);
    assert_int_equal(asked->node, scenario_find_node(s, "ask"));
    assert_int_equal(asked->max, 5);
    const Node *ask = &s->nodes[scenario_find_node(s, "ask")];
    assert_true(ask->choices[0].once && ask->choices[1].once && !ask->choices[2].once);
    assert_true(ask->choices[3].fallback);
    assert_int_equal(s->vars[ask->choices[0].once_var].kind, VAR_TAKEN);   /* one hidden value each */
    assert_int_not_equal(ask->choices[0].once_var, ask->choices[1].once_var);
    const Branch *next = s->nodes[scenario_find_node(s, "meal")].next_branch;
    assert_non_null(next);
    assert_false(next->chance);
    assert_int_equal(next->arm_count, 3);
    assert_int_equal(next->arms[2].when_fn, NO_FUNCTION);   /* the fallback arm */
    const Branch *verdict = next->arms[1].sub;   /* keyed arms, sorted by id */
    assert_true(verdict->chance);
    assert_int_equal(verdict->arms[0].target, scenario_find_node(s, "verdict_bad"));
    assert_int_equal(verdict->arms[0].weight, 1);
    assert_int_equal(verdict->arms[1].weight, 3);
    const Choice *share = &s->nodes[scenario_find_node(s, "verdict_good")].choices[0];
    assert_int_equal(share->effect_count, 1);
    assert_true(share->effects[0].set);
    assert_int_equal(share->effects[0].delta, 90);
    assert_int_equal(diags.count, 0);
    loader_close(&loaded);
    diag_list_free(&diags);
}

/* Once-only choices disappear, the fallback comes only when nothing else is open, the counter and
   the flag are read by text and conditions, and a branch follows them. */
static void runtime_plays_once_fallback_counts_and_flags(void **state)
{
    (void)state;
    DiagList diags = {0};
    LoadedScenario loaded;
    open_fixture(fixture, &loaded, &diags);
    Runtime *rt = runtime_new(loaded.scenario, &loaded.hooks, 1, false);
    assert_string_equal(runtime_view(rt)->lines[0].text, "Hi.");
    assert_false(offers(rt, "Shall we eat?"));
    choose_text(rt, "How was the interview?");
    assert_string_equal(runtime_view(rt)->lines[0].text, "Again?");   /* asked is 2 */
    assert_false(offers(rt, "How was the interview?"));
    assert_true(offers(rt, "Let's eat."));   /* met is true */
    choose_text(rt, "Did it go well?");
    assert_int_equal(runtime_view(rt)->choice_count, 1);   /* only the fallback is left */
    assert_true(offers(rt, "Shall we eat?"));
    choose_text(rt, "Shall we eat?");
    assert_true(runtime_choose(rt, 0));   /* met and trust 60: warm */
    assert_int_equal(runtime_view(rt)->kind, VIEW_ENDING);
    assert_string_equal(node_id(rt), "warm");
    runtime_free(rt);
    loader_close(&loaded);
    diag_list_free(&diags);
}

static const char *verdict_after_meal(const LoadedScenario *loaded, uint64_t seed,
                                      const char *fixed)
{
    Runtime *rt = runtime_new(loaded->scenario, &loaded->hooks, seed, false);
    if (fixed) runtime_fix_chance(rt, scenario_find_node(loaded->scenario, fixed));
    choose_text(rt, "How was the interview?");
    choose_text(rt, "Let's eat.");
    assert_true(runtime_choose(rt, 0));
    const char *where = node_id(rt);
    runtime_free(rt);
    return where;
}

/* A chance is drawn by weight from the seed: the same seed, the same outcome; a test can fix it. */
static void chance_is_seeded_weighted_and_fixable(void **state)
{
    (void)state;
    DiagList diags = {0};
    LoadedScenario loaded;
    open_fixture(fixture, &loaded, &diags);
    int good = 0, runs = 400;
    for (uint64_t seed = 1; seed <= (uint64_t)runs; seed++) {
        const char *where = verdict_after_meal(&loaded, seed, NULL);
        assert_string_equal(where, verdict_after_meal(&loaded, seed, NULL));
        good += strcmp(where, "verdict_good") == 0;
    }
    assert_in_range(good, runs * 65 / 100, runs * 85 / 100);   /* weights 3 to 1 */
    for (uint64_t seed = 1; seed <= 20; seed++) {
        assert_string_equal(verdict_after_meal(&loaded, seed, "verdict_bad"), "verdict_bad");
        assert_string_equal(verdict_after_meal(&loaded, seed, "verdict_good"), "verdict_good");
    }
    loader_close(&loaded);
    diag_list_free(&diags);
}

static CheckStats check_source(const char *name, const char *source, DiagList *diags)
{
    LoaderOptions options = test_loader_options();
    LoadedScenario loaded;
    CheckStats stats = {0};
    CheckOptions check = {.max_states = CHECK_DEFAULT_MAX_STATES};
    if (loader_open_source(name, source, strlen(source), &options, diags, &loaded))
        check_scenario(loaded.scenario, &loaded.hooks, &check, diags, &stats);
    loader_close(&loaded);
    return stats;
}

static bool has_code(const DiagList *diags, DiagCode code, const char *fragment)
{
    for (int i = 0; i < diags->count; i++)
        if (diags->items[i].code == code &&
            (!fragment || strstr(diags->items[i].message, fragment)))
            return true;
    return false;
}

/* check follows every arm of a chance and the arm of a branch that holds in each state, counts
   visits and once-only choices as state, and finds a state where no arm of a branch holds. */
static void check_explores_every_outcome(void **state)
{
    (void)state;
    char *source = test_read_file(fixture);
    DiagList diags = {0};
    CheckStats stats = check_source(fixture, source, &diags);
    free(source);
    assert_false(stats.bounded);
    assert_int_equal(stats.nodes_reached, 6);   /* both chance arms, all branch arms */
    assert_int_equal(stats.endings_reached, 2);
    assert_false(has_code(&diags, DIAG_UNREACHABLE_NODE, NULL));
    assert_int_equal(diag_error_count(&diags), 0);
    diag_list_free(&diags);

    const char *stuck =
        "return scenario { id = 'x', title = 'X', cast = { sam = 'Sam' }, state = { trust = 50 },\n"
        "  start = 'a', nodes = {\n"
        "    node 'a' { need = 'heard',\n"
        "      choice { 'Up', to = 'b', trust = 20, skills = { 'validate' }, coach = 'c' },\n"
        "      choice { 'Down', to = 'b', trust = -20, pitfalls = { 'criticism' }, coach = 'c' } "
        "},\n"
        "    node 'b' { next = branch { { 'e', when = function(s) return s.trust > 60 end },\n"
        "                              { 'f', when = function(s) return s.trust > 100 end } } },\n"
        "    ending 'e' { title = 'E', summary = 'S' }, ending 'f' { title = 'F', summary = 'S' } "
        "} }\n";
    check_source("stuck.lua", stuck, &diags);
    assert_true(has_code(&diags, DIAG_DEAD_END, "no arm holds"));
    assert_true(has_code(&diags, DIAG_DEAD_END, "trust=30"));
    assert_true(has_code(&diags, DIAG_ENDING_UNREACHED, "'f'"));
    diag_list_free(&diags);
}

/* Random play picks among the options offered with equal chances, whatever order they are shown
   in: three options to three endings are each reached about a third of the time. */
static void random_play_is_uniform_over_the_options(void **state)
{
    (void)state;
    const char *three =
        "return scenario { id = 'x', title = 'X', cast = { sam = 'Sam' }, start = 'a', nodes = {\n"
        "    node 'a' { need = 'heard',\n"
        "      choice { 'One', to = 'e1', skills = { 'validate' }, coach = 'c' },\n"
        "      choice { 'Two', to = 'e2', pitfalls = { 'criticism' }, coach = 'c' },\n"
        "      choice { 'Three', to = 'e3', coach = 'c' } },\n"
        "    ending 'e1' { title = 'E', summary = 'S' }, ending 'e2' { title = 'E', summary = 'S' "
        "},\n"
        "    ending 'e3' { title = 'E', summary = 'S' } } }\n";
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open_source("three.lua", three, strlen(three), &options, &diags, &loaded));
    int hits[5] = {0};
    ScenarioStats stats;
    stats_measure(loaded.scenario, &loaded.hooks, 900, &stats, hits, &diags);
    for (int ending = 1; ending <= 3; ending++)
        assert_in_range(hits[ending], 255, 345);   /* 300 +- 15% */
    loader_close(&loaded);
    diag_list_free(&diags);
}

/* Random play samples chance too: both outcomes of the fixture's chance are reached. */
static void random_play_samples_chance(void **state)
{
    (void)state;
    DiagList diags = {0};
    LoadedScenario loaded;
    open_fixture(fixture, &loaded, &diags);
    int *hits = calloc((size_t)loaded.scenario->node_count + 1, sizeof *hits);
    ScenarioStats stats;
    stats_measure(loaded.scenario, &loaded.hooks, 400, &stats, hits, &diags);
    assert_true(hits[scenario_find_node(loaded.scenario, "verdict_good")] > 0);
    assert_true(hits[scenario_find_node(loaded.scenario, "verdict_bad")] > 0);
    assert_int_equal(stats.failed_runs, 0);
    free(hits);
    loader_close(&loaded);
    diag_list_free(&diags);
}

/* graph draws a jump as a diamond with its odds or conditions, and marks once-only and fallback choices. */
static void graph_shows_jumps_and_choice_kinds(void **state)
{
    (void)state;
    DiagList diags = {0};
    LoadedScenario loaded;
    open_fixture(fixture, &loaded, &diags);
    char *dot = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&dot, &size);
    graph_write_dot(loaded.scenario, out);
    fclose(out);
    assert_non_null(strstr(dot, "\"meal\" -> \"meal.next\""));
    assert_non_null(strstr(dot, "\"meal.next\" -> \"warm\" [color=gray50, label=\"if\"]"));
    assert_non_null(strstr(dot, "\"meal.next\" -> \"cold\" [color=gray50, label=\"else\"]"));
    assert_non_null(
        strstr(dot, "\"meal.next.2\" -> \"verdict_good\" [color=gray50, label=\"3 in 4\"]"));
    assert_non_null(strstr(dot, "label=\"(once) How was the interview?"));
    assert_non_null(strstr(dot, "label=\"(fallback) Shall we eat?"));
    free(dot);
    loader_close(&loaded);
    diag_list_free(&diags);
}

/* Runs a .test file; returns what it printed. */
static char *run_scenario_test(const char *path, TestTally *tally)
{
    LoaderOptions options = test_loader_options();
    char *printed = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&printed, &size);
    scenario_test_run(path, &options, out, tally);
    fclose(out);
    return printed;
}

/* heartlines test fixes a chance (chance ID), says a line was not shown (expect not line), and
   when an option cannot be chosen, lists the ones that can. */
static void scenario_tests_fix_chance_and_list_options(void **state)
{
    (void)state;
    TestTally tally = {0};
    char *printed = run_scenario_test("tests/fixtures/language.test", &tally);
    if (tally.failed) fail_msg("%s", printed);
    assert_int_equal(tally.passed, 3);
    free(printed);
    const char *path = "build/test_language_bad.test";
    FILE *file = fopen(path, "w");
    assert_non_null(file);
    fputs("scenario ../tests/fixtures/language.lua\n"
          "test \"nine\"\n  choose 9\n"
          "test \"shown after all\"\n  expect not line \"Hi.\"\n",
          file);
    fclose(file);
    tally = (TestTally){0};
    printed = run_scenario_test(path, &tally);
    remove(path);
    assert_int_equal(tally.failed, 2);
    assert_non_null(strstr(printed,
                           "cannot choose 9 here; the options are 1 \"How was the interview?\", "
                           "2 \"Did it go well?\""));
    assert_non_null(strstr(printed, "a line shown so far contains \"Hi.\""));
    free(printed);
}

static void expect_load_error(const char *body, DiagCode code, const char *fragment)
{
    char source[2048];
    snprintf(
        source, sizeof source,
        "return scenario { id = 'x', title = 'X', cast = { sam = 'Sam' },\n"
        "  state = { trust = 50, met = false, seen_a = { visits = 'a' } }, start = 'a', nodes = {\n"
        "%s,\n"
        "    ending 'e' { title = 'E', summary = 'S' }, ending 'f' { title = 'F', summary = 'S' } "
        "} }\n",
        body);
    DiagList diags = {0};
    check_source("bad.lua", source, &diags);
    if (!has_code(&diags, code, fragment))
        fail_msg("wanted %s \"%s\" for:\n%s\ngot %d diagnostics, the first: %s",
                 diag_code_name(code), fragment, body, diags.count,
                 diags.count ? diags.items[0].message : "");
    diag_list_free(&diags);
}

static void mistakes_are_named(void **state)
{
    (void)state;
    expect_load_error("node 'a' { next = chance { e = 0, f = 1 } }", DIAG_FIELD_TYPE,
                      "from 1 to 1000");
    expect_load_error("node 'a' { next = chance { 'e' } }", DIAG_FIELD_TYPE, "at least two");
    expect_load_error("node 'a' { next = branch { 'e', 'f' } }", DIAG_FIELD_TYPE,
                      "only a branch's last arm");
    expect_load_error("node 'a' { next = chance { e = 1, gone = 1 } }", DIAG_TARGET_MISSING,
                      "'gone'");
    expect_load_error(
        "node 'a' { need = 'heard', choice { 'x', to = 'e', seen_a = 1, coach = 'c' },\n"
        "  choice { 'y', to = 'f', coach = 'c' } }",
        DIAG_FIELD_UNKNOWN, "seen_a");
    expect_load_error("node 'a' { need = 'heard', choice { 'x', to = 'e', met = 1, coach = 'c' },\n"
                      "  choice { 'y', to = 'f', coach = 'c' } }",
                      DIAG_FIELD_TYPE, "flag");
    expect_load_error(
        "node 'a' { say.sam(function(s) return s.trsut > 1 and 'x' or 'y' end), next = 'e' }",
        DIAG_FUNCTION_ERROR, "no state value 'trsut' (did you mean 'trust'?)");
    expect_load_error(
        "node 'a' { say.sam(function(s) return tostring(math.random(3)) end), next = 'e' }",
        DIAG_FUNCTION_ERROR, "removed on purpose");
    DiagList diags = {0};
    check_source("notes.lua", "Remember to buy milk.\n", &diags);
    assert_true(has_code(&diags, DIAG_SYNTAX, "does not look like a scenario at all"));
    diag_list_free(&diags);
    check_source("helper.lua", "local x = 1\n", &diags);
    assert_true(has_code(&diags, DIAG_NOT_A_SCENARIO, "(it returned nothing)"));
    diag_list_free(&diags);
}

/* An authored choice id is scoped by its node, as derived ids are; a save that has the bare id
   (written before ids were scoped) still finds the choice. */
static void authored_choice_ids_carry_their_node(void **state)
{
    (void)state;
    const char *source =
        "return scenario { id = 'x', title = 'X', cast = { sam = 'Sam' }, start = 'a', nodes = {\n"
        "    node 'a' { need = 'heard',\n"
        "      choice { 'Ask', id = 'ask_first', to = 'e', coach = 'c' },\n"
        "      choice { 'Wait', to = 'e', coach = 'c' } },\n"
        "    ending 'e' { title = 'E', summary = 'S' } } }\n";
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open_source("ids.lua", source, strlen(source), &options, &diags, &loaded));
    assert_string_equal(loaded.scenario->nodes[0].choices[0].id, "a.ask_first");
    assert_int_equal(scenario_find_choice(loaded.scenario, 0, "a.ask_first"), 0);
    assert_int_equal(scenario_find_choice(loaded.scenario, 0, "ask_first"), 0);
    assert_int_equal(scenario_find_choice(loaded.scenario, 0, "a.nothing"), -1);
    loader_close(&loaded);
    diag_list_free(&diags);
    expect_load_error(
        "node 'a' { need = 'heard', choice { 'x', id = 'same', to = 'e', coach = 'c' },\n"
        "  choice { 'y', id = 'same', to = 'f', coach = 'c' } }",
        DIAG_DUPLICATE_ID, "choice id 'same' is used twice in node 'a'");
}

/* An editor opened on the repository, the scenarios folder or the examples finds the definitions:
   each .luarc.json names them by a path that exists from its own folder. */
static void editor_finds_the_definitions_from_each_folder(void **state)
{
    (void)state;
    const char *folders[] = {".", "scripts/scenarios", "docs/examples"};
    for (size_t i = 0; i < sizeof folders / sizeof *folders; i++) {
        char path[256], library[512];
        snprintf(path, sizeof path, "%s/.luarc.json", folders[i]);
        char *config = test_read_file(path);
        if (!config) fail_msg("%s is missing", path);
        const char *entry = strstr(config, "\"workspace.library\"");
        char name[200] = "";
        assert_non_null(entry);
        assert_int_equal(sscanf(strchr(entry, '[') + 1, " \"%199[^\"]\"", name), 1);
        snprintf(library, sizeof library, "%s/%s", folders[i], name);
        if (access(library, R_OK) != 0) fail_msg("%s names %s, which is not there", path, library);
        free(config);
    }
}

/* A language a shipped scenario is translated into has the interface in it too: a French story
   with English prompts and headings was the gap (scripts/lang/CODE.po for each FILE.CODE.po). */
static void shipped_translations_have_the_interface_too(void **state)
{
    (void)state;
    int count = 0, languages = 0;
    char **files = cli_list_files("scripts/scenarios", ".po", &count);
    for (int i = 0; i < count; i++) {
        const char *end = files[i] + strlen(files[i]) - 3, *dot = end - 1;
        while (dot > files[i] && *dot != '.') dot--;
        char path[256], why[256];
        snprintf(path, sizeof path, "scripts/lang/%.*s.po", (int)(end - dot - 1), dot + 1);
        Catalog ui = {0};
        if (!catalog_read_po(&ui, path, why, sizeof why)) fail_msg("%s: no %s (%s)", files[i], path, why);
        const char *prompt = "\nWhat do you say? Type a number from 1 to %d.\n";
        assert_string_not_equal(catalog_tr(&ui, prompt), prompt);
        assert_string_not_equal(catalog_tr(&ui, "What helped"), "What helped");
        catalog_free(&ui);
        languages++;
    }
    cli_free_list(files, count);
    assert_true(languages >= 1);
}

int run_language_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loader_reads_every_construct),
        cmocka_unit_test(runtime_plays_once_fallback_counts_and_flags),
        cmocka_unit_test(chance_is_seeded_weighted_and_fixable),
        cmocka_unit_test(check_explores_every_outcome),
        cmocka_unit_test(random_play_is_uniform_over_the_options),
        cmocka_unit_test(random_play_samples_chance),
        cmocka_unit_test(graph_shows_jumps_and_choice_kinds),
        cmocka_unit_test(scenario_tests_fix_chance_and_list_options),
        cmocka_unit_test(mistakes_are_named),
        cmocka_unit_test(authored_choice_ids_carry_their_node),
        cmocka_unit_test(editor_finds_the_definitions_from_each_folder),
        cmocka_unit_test(shipped_translations_have_the_interface_too),
    };
    return cmocka_run_group_tests_name("the writer's language", tests, NULL, NULL);
}
