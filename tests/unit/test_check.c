/* test_check.c: one fixture per diagnostic code (tests/check/<code>_*.lua), each with a header
   "-- expect: CODE line N"; the checker must report that code at that line and nothing else.
   "-- pack: DIR" checks the fixture together with DIR's scenarios, as `heartlines check` does
   with several files (for findings that need the others, like W310). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/host/cli.h"
#include "../../engine/core/check.h"
#include "../../engine/core/repeats.h"
#include "../../engine/tools/check_pack.h"
#include "fixture_header.h"
#include "tests.h"

typedef struct Expectation {
    char code[16];
    int line;                    /* -1: any line */
    size_t source_limit;         /* 0: the default */
    char lang[64];               /* "" for none */
    char pack[256];              /* a folder of scenarios checked with the fixture, "" for none */
    int max_states;
} Expectation;

static Expectation read_expectation(const char *path)
{
    char *text = test_read_file(path);
    assert_non_null(text);
    Expectation e = {.line = -1, .max_states = CHECK_DEFAULT_MAX_STATES};
    char value[64];
    if (!fixture_header(text, "expect", value, sizeof value)) fail_msg("%s: no '-- expect:' line", path);
    sscanf(value, "%15s line %d", e.code, &e.line);
    if (fixture_header(text, "source-limit", value, sizeof value)) e.source_limit = strtoul(value, NULL, 10);
    if (fixture_header(text, "max-states", value, sizeof value)) e.max_states = atoi(value);
    if (fixture_header(text, "lang", value, sizeof value)) snprintf(e.lang, sizeof e.lang, "%s", value);
    if (fixture_header(text, "pack", value, sizeof value)) snprintf(e.pack, sizeof e.pack, "%s", value);
    free(text);
    return e;
}

/* The findings about path when it is checked together with the scenarios in folder. */
static void add_pack_findings(const char *path, const char *folder, const LoaderOptions *options,
                              DiagList *diags)
{
    int count = 0;
    char **others = fixture_list(folder, &count);
    char **files = calloc((size_t)count + 1, sizeof *files);
    assert_non_null(files);
    files[0] = (char *)path;
    for (int i = 0; i < count; i++) files[i + 1] = others[i];
    Pack pack;
    pack_build(&pack, files, count + 1, options);
    assert_true(pack.whole);
    const PackFile *mine = pack_file(&pack, path);
    for (int i = 0; i < mine->diags.count; i++) {
        const Diag *d = &mine->diags.items[i];
        diag_add(diags, d->code, path, d->line, "%s", d->message);
    }
    pack_free(&pack);
    free(files);
    cli_free_list(others, count);
}

/* Loads and checks path as `heartlines check` does, into diags. */
static void check_file(const char *path, const Expectation *e, DiagList *diags)
{
    LoaderOptions options = test_loader_options();
    if (e->source_limit) options.limits.source_bytes = e->source_limit;
    if (e->lang[0]) options.lang = e->lang;
    LoadedScenario loaded;
    if (loader_open(path, &options, diags, &loaded)) {
        CheckOptions check = {.max_states = e->max_states};
        CheckStats stats;
        check_scenario(loaded.scenario, &loaded.hooks, &check, diags, &stats);
    }
    loader_close(&loaded);
    if (e->pack[0]) add_pack_findings(path, e->pack, &options, diags);
}

static bool fixture_fires(const char *path)
{
    Expectation e = read_expectation(path);
    DiagList diags = {0};
    check_file(path, &e, &diags);
    bool found = false, other = false;
    for (int i = 0; i < diags.count; i++) {
        bool match = strcmp(diag_code_name(diags.items[i].code), e.code) == 0;
        found |= match && (e.line < 0 || diags.items[i].line == e.line);
        other |= !match;
    }
    if (!found || other) {
        StrBuf text = {0};
        for (int i = 0; i < diags.count; i++) diag_format(&diags.items[i], &text), strbuf_puts(&text, "\n");
        print_error("%s: wanted only %s at line %d; got:\n%s", path, e.code, e.line, strbuf_text(&text));
        strbuf_free(&text);
    }
    diag_list_free(&diags);
    return found && !other;
}

static void every_fixture_fires_its_code_alone(void **state)
{
    (void)state;
    int count = 0, failures = 0;
    char **files = fixture_list("tests/check", &count);
    for (int i = 0; i < count; i++) failures += !fixture_fires(files[i]);
    cli_free_list(files, count);
    if (failures) fail_msg("%d fixtures did not give their code alone", failures);
}

/* E101 (the file is missing) needs no fixture; every other code has at least one. */
static void every_code_has_a_fixture(void **state)
{
    (void)state;
    int count = 0;
    char **files = fixture_list("tests/check", &count);
    for (int code = 0; code < DIAG_CODE_COUNT; code++) {
        if (code == DIAG_FILE_UNREADABLE) continue;
        char prefix[32];
        snprintf(prefix, sizeof prefix, "tests/check/%s_", diag_code_name((DiagCode)code));
        prefix[12] = (char)(prefix[12] - 'A' + 'a');
        bool found = false;
        for (int i = 0; i < count; i++) found |= strncmp(files[i], prefix, strlen(prefix)) == 0;
        if (!found) fail_msg("no fixture for %s (%s...)", diag_code_name((DiagCode)code), prefix);
    }
    cli_free_list(files, count);
}

static void exact_text_of_a_few_messages(void **state)
{
    (void)state;
    Expectation e = read_expectation("tests/check/e206_missing_target.lua");
    DiagList diags = {0};
    check_file("tests/check/e206_missing_target.lua", &e, &diags);
    assert_int_equal(diags.count, 1);
    StrBuf text = {0};
    diag_format(&diags.items[0], &text);
    assert_non_null(strstr(strbuf_text(&text), "tests/check/e206_missing_target.lua:"));
    assert_non_null(strstr(strbuf_text(&text), ": E206: choice target '"));
    assert_non_null(strstr(strbuf_text(&text), "' does not exist (did you mean '"));
    strbuf_free(&text);
    diag_list_free(&diags);
}

/* Once a budget runs out no function can run again: one E105, and no walk past it. */
static void a_stopped_scenario_is_reported_once(void **state)
{
    (void)state;
    const char *path = "tests/check/e105_when_loop_reported_once.lua";
    Expectation e = read_expectation(path);
    DiagList diags = {0};
    check_file(path, &e, &diags);
    assert_int_equal(diags.count, 1);
    assert_int_equal(diags.items[0].code, DIAG_BUDGET);
    assert_non_null(strstr(diags.items[0].message, "ran past its budget"));
    diag_list_free(&diags);
}

/* A one-node scenario whose narration is line, loaded from memory. */
static void load_narration(const char *name, const char *line, LoadedScenario *out)
{
    char source[1024];
    snprintf(source, sizeof source,
             "return scenario { id = 'x', title = 'X', cast = { sam = 'Sam' }, start = 'a',\n"
             "  nodes = { node 'a' { narrate(%s), next = 'b' },\n"
             "  ending 'b' { title = 'B', summary = 'Over.' } } }\n",
             line);
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    assert_true(loader_open_source(name, source, strlen(source), &options, &diags, out));
    assert_int_equal(diags.count, 0);
    diag_list_free(&diags);
}

/* How many W311 each of the files gets when their narration lines are read together. */
static void count_repeats(const char *const *lines, int count, int *found)
{
    RepeatIndex index = {0};
    DiagList diags[4] = {{0}};
    DiagList *lists[4] = {&diags[0], &diags[1], &diags[2], &diags[3]};
    const char *names[4] = {"one.lua", "two.lua", "three.lua", "four.lua"};
    for (int i = 0; i < count; i++) {
        LoadedScenario loaded;
        load_narration(names[i], lines[i], &loaded);
        repeats_collect(&index, loaded.scenario, &loaded.hooks, i);
        loader_close(&loaded);
    }
    repeats_warn(&index, names, lists);
    for (int i = 0; i < count; i++) {
        found[i] = diags[i].count;
        for (int k = 0; k < diags[i].count; k++)
            assert_int_equal(diags[i].items[k].code, DIAG_REPEATED_SENTENCE);
        diag_list_free(&diags[i]);
    }
    repeats_free(&index);
}

/* A short sentence needs three files, a six-word phrase two; repeats inside one file, computed
   text included, are no finding; case and punctuation do not hide a repeat. */
static void repeats_need_enough_files(void **state)
{
    (void)state;
    int found[4];
    const char *short_twice[] = {"'Give me a second.'", "'Fine. Give me a second!'"};
    count_repeats(short_twice, 2, found);
    assert_int_equal(found[0] + found[1], 0);
    const char *short_thrice[] = {"'Give me a second.'", "'Fine. Give me a second!'",
                                  "'\"give me, a second\"'"};
    count_repeats(short_thrice, 3, found);
    assert_int_equal(found[0], 1);
    assert_int_equal(found[1], 1);
    assert_int_equal(found[2], 1);   /* quotes, a comma and case do not hide it */
    const char *phrase_twice[] = {"'She sets it down, as if it might go off.'",
                                  "function() return 'He holds it, AS IF IT MIGHT GO OFF.' end"};
    count_repeats(phrase_twice, 2, found);
    assert_int_equal(found[0], 1);
    assert_int_equal(found[1], 1);
    const char *one_file[] = {"'As if it might go off. As if it might go off.'",
                              "'Something else entirely here.'"};
    count_repeats(one_file, 2, found);
    assert_int_equal(found[0] + found[1], 0);
}

int run_check_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_fixture_fires_its_code_alone),
        cmocka_unit_test(every_code_has_a_fixture),
        cmocka_unit_test(exact_text_of_a_few_messages),
        cmocka_unit_test(a_stopped_scenario_is_reported_once),
        cmocka_unit_test(repeats_need_enough_files),
    };
    return cmocka_run_group_tests_name("checker", tests, NULL, NULL);
}
