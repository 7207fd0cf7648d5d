/* test_loader.c: scenario files become the right model, remember their lines, and run their
   functions through the sandbox; bad files give one clear diagnostic and leave no state behind. */
#include <stdio.h>
#include <string.h>

#include "../../engine/core/runtime.h"
#include "../../engine/core/vocab.h"
#include "tests.h"

static void loads_the_model_with_lines(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    bool ok = loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded);
    if (!ok || diags.count) fail_msg("%s", diags.count ? diags.items[0].message : "failed");
    const Scenario *s = loaded.scenario;
    assert_string_equal(s->id, "mini");
    assert_string_equal(s->title, "Mini");
    assert_int_equal(s->line, 2);
    assert_int_equal(s->note_count, 1);
    assert_int_equal(s->var_count, 2);
    assert_string_equal(s->vars[0].name, "tension");       /* sorted by name */
    assert_true(s->vars[0].lower_is_better);
    assert_int_equal(s->vars[1].start, 50);
    assert_int_equal(s->node_count, 4);
    const Node *a = &s->nodes[0], *b = &s->nodes[1];
    assert_string_equal(a->id, "a");
    assert_int_equal(a->line, 9);
    assert_int_equal(a->need, vocab_find_need("heard"));
    assert_int_equal(a->line_count, 2);
    assert_int_equal(a->lines[0].line, 11);
    assert_int_equal(a->lines[0].speaker, 0);
    assert_int_equal(a->lines[1].speaker, SPEAKER_NARRATOR);
    assert_int_equal(a->choice_count, 2);
    assert_int_equal(a->choices[1].line, 14);
    assert_string_equal(a->choices[1].text.fixed, "What happened?");
    assert_int_equal(a->choices[1].target, 1);
    assert_int_equal(a->choices[1].effect_count, 1);
    assert_int_equal(a->choices[1].effects[0].delta, 10);
    assert_int_equal(a->choices[0].pitfalls[0], vocab_find(TAG_PITFALL, "criticism"));
    assert_int_equal(b->choices[0].line, 19);
    assert_int_not_equal(b->choices[0].when_fn, NO_FUNCTION);
    assert_int_not_equal(b->lines[0].text.fn, NO_FUNCTION);
    assert_true(s->nodes[2].is_ending);
    assert_string_equal(s->nodes[2].summary, "It went fine.");
    loader_close(&loaded);
    diag_list_free(&diags);
}

static void functions_run_in_the_sandbox(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded));
    Runtime *rt = runtime_new(loaded.scenario, &loaded.hooks, 0, false);
    assert_true(runtime_choose(rt, 0));                      /* trust 40 */
    const View *view = runtime_view(rt);
    assert_string_equal(view->lines[0].text, "Whatever.");
    assert_int_equal(view->choice_count, 3);                 /* the repair shows when trust < 50 */
    runtime_free(rt);
    rt = runtime_new(loaded.scenario, &loaded.hooks, 0, false);
    assert_true(runtime_choose(rt, 1));                      /* trust 60 */
    view = runtime_view(rt);
    assert_string_equal(view->lines[0].text, "Thanks for asking.");
    assert_int_equal(view->choice_count, 2);
    runtime_free(rt);
    loader_close(&loaded);
    diag_list_free(&diags);
}

/* The table s is reused from call to call: what one call writes to it must not reach the next. */
static void each_call_sees_the_state_values_alone(void **state)
{
    (void)state;
    const char *source =
        "local function census(s)\n"
        "  local keys = 0\n"
        "  for _ in pairs(s) do keys = keys + 1 end\n"
        "  local seen = keys .. ' keys, trust ' .. tostring(s.trust)\n"
        "  s.trust, s.tension, s.extra = -1, nil, 'left over'\n"
        "  return seen\n"
        "end\n"
        "return scenario { id = 'x', title = 'X', cast = { sam = 'Sam' }, state = { trust = 50, tension = 30 },\n"
        "  start = 'a', nodes = {\n"
        "    node 'a' { say.sam(census), next = 'b' },\n"
        "    node 'b' { say.sam(census), next = 'e' },\n"
        "    ending 'e' { title = 'E', summary = 'S' } } }\n";
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open_source("census.lua", source, strlen(source), &options, &diags, &loaded));
    Runtime *rt = runtime_new(loaded.scenario, &loaded.hooks, 0, false);
    assert_string_equal(runtime_view(rt)->lines[0].text, "2 keys, trust 50");
    assert_true(runtime_choose(rt, 0));
    assert_string_equal(runtime_view(rt)->lines[0].text, "2 keys, trust 50");
    runtime_free(rt);
    loader_close(&loaded);
    assert_int_equal(diags.count, 0);
    diag_list_free(&diags);
}

/* Loads source written to a temporary file; returns the diagnostics. */
static DiagList load_source(const char *source, bool *ok)
{
    const char *path = "build/test_loader_tmp.lua";
    FILE *file = fopen(path, "wb");
    assert_non_null(file);
    fputs(source, file);
    fclose(file);
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    *ok = loader_open(path, &options, &diags, &loaded);
    loader_close(&loaded);
    remove(path);
    return diags;
}

static void expect_one(const char *source, DiagCode code, int line, const char *fragment)
{
    bool ok;
    DiagList diags = load_source(source, &ok);
    assert_false(ok);
    if (diags.count < 1 || diags.items[0].code != code || diags.items[0].line != line ||
        !strstr(diags.items[0].message, fragment)) {
        StrBuf text = {0};
        for (int i = 0; i < diags.count; i++) diag_format(&diags.items[i], &text), strbuf_puts(&text, "\n");
        fail_msg("wanted %s at line %d containing \"%s\"; got:\n%s", diag_code_name(code), line, fragment,
                 strbuf_text(&text));
    }
    diag_list_free(&diags);
}

static void bad_input_names_file_line_and_code(void **state)
{
    (void)state;
    expect_one("return scenario {\n  id = 'x', title = 'X', cast = {}, start = 'a',\n  nodes = {\n"
               "    node 'a' { need = 'heard', choice { 'Hi', to = 'e', coach = 'c', trust = 'lots' } },\n"
               "    ending 'e' { title = 'E', summary = 'S' } } }\n",
               DIAG_FIELD_UNKNOWN, 4, "no field 'trust'");
    expect_one("return scenario {\n  id = 'x', title = 5, cast = {}, start = 'a', nodes = {} }\n",
               DIAG_FIELD_TYPE, 1, "field 'title' must be a string, got number");
    expect_one("local x = 1\nreturn scenaro { }\n", DIAG_SCRIPT_ERROR, 2, "unknown name 'scenaro' (did you mean 'scenario'?)");
    expect_one("x = 1\n", DIAG_SCRIPT_ERROR, 1, "cannot set global 'x'");
    expect_one("local t = {}\n\nreturn t\n", DIAG_NOT_A_SCENARIO, 3, "return scenario { ... }");
    expect_one("return scenario {\n  id = 'x' +\n", DIAG_SYNTAX, 3, "unexpected symbol");
    expect_one("return node(5)\n", DIAG_SCRIPT_ERROR, 1, "node expects a name in quotes first");
    expect_one("return scenario { id = 'x', title = 'X', cast = { sam = 'Sam' }, start = 'a', nodes = {\n"
               "  node 'a' { say.bob 'hi', next = 'e' },\n  ending 'e' { title = 'E', summary = 'S' } } }\n",
               DIAG_UNKNOWN_SPEAKER, 2, "'bob' is not in the cast");
}

static void missing_file_is_reported(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_false(loader_open("tests/fixtures/no_such_file.lua", &options, &diags, &loaded));
    assert_int_equal(diags.count, 1);
    assert_int_equal(diags.items[0].code, DIAG_FILE_UNREADABLE);
    assert_string_equal(diags.items[0].file, "tests/fixtures/no_such_file.lua");
    loader_close(&loaded);
    diag_list_free(&diags);
}

int run_loader_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_the_model_with_lines),
        cmocka_unit_test(functions_run_in_the_sandbox),
        cmocka_unit_test(each_call_sees_the_state_values_alone),
        cmocka_unit_test(bad_input_names_file_line_and_code),
        cmocka_unit_test(missing_file_is_reported),
    };
    return cmocka_run_group_tests_name("loader", tests, NULL, NULL);
}
