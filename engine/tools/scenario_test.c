/* scenario_test.c: parsing and running the writers' test format, one line at a time. */
#include "scenario_test.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../core/runtime.h"
#include "../core/safe_read.h"
#include "../core/text_format.h"

enum { TEST_FILE_MAX = 4 * 1024 * 1024 };

typedef struct TestRun {
    const char *path;
    FILE *out;
    LoadedScenario loaded;
    bool loaded_ok;
    Runtime *runtime;
    StrBuf shown;                /* every line and choice seen so far, for expect line */
    char name[256];
    int name_line;
    bool failed;                 /* the current test */
    TestTally *tally;
} TestRun;

static void fail(TestRun *run, int line, const char *format, const char *detail)
{
    fprintf(run->out, "%s:%d: ", run->path, line);
    if (run->name[0]) fprintf(run->out, "test \"%s\": ", run->name);
    fprintf(run->out, format, detail);
    fputc('\n', run->out);
    run->failed = true;
}

static void remember_view(TestRun *run)
{
    const View *view = runtime_view(run->runtime);
    for (int i = 0; i < view->line_count; i++)
        strbuf_printf(&run->shown, "%s\n", view->lines[i].text);
}

/* Continues through scenes without choices, remembering what they showed. */
static void settle(TestRun *run)
{
    for (int hops = 0; runtime_view(run->runtime)->kind == VIEW_CONTINUE && hops < 10000; hops++) {
        runtime_choose(run->runtime, 0);
        remember_view(run);
    }
}

static void finish_test(TestRun *run)
{
    if (run->name[0]) {
        if (run->failed) run->tally->failed++;
        else run->tally->passed++;
    }
    runtime_free(run->runtime);
    run->runtime = NULL;
    run->name[0] = '\0';
    run->failed = false;
    strbuf_clear(&run->shown);
}

static void start_test(TestRun *run, char *rest, int line)
{
    finish_test(run);
    char *open = strchr(rest, '"'), *close = open ? strrchr(rest, '"') : NULL;
    snprintf(run->name, sizeof run->name, "%.*s",
             open && close > open ? (int)(close - open - 1) : 60,
             open && close > open ? open + 1 : rest);
    if (!run->name[0]) snprintf(run->name, sizeof run->name, "line %d", line);
    run->name_line = line;
    if (!run->loaded_ok) {
        fail(run, line, "%s", "the scenario did not load");
        return;
    }
    run->runtime = runtime_new(run->loaded.scenario, &run->loaded.hooks, 0, false);
    remember_view(run);
    settle(run);
}

/* The display index of the open choice numbered number, or starting with text. */
static int find_choice(const View *view, const char *item)
{
    if (isdigit((unsigned char)item[0])) {
        int number = atoi(item);
        return number >= 1 && number <= view->choice_count ? number - 1 : -1;
    }
    size_t length = strlen(item);
    for (int i = 0; i < view->choice_count; i++)
        if (strncmp(view->choices[i].text, item, length) == 0) return i;
    return -1;
}

/* Says what could be chosen instead, numbered as choose counts them. */
static void cannot_choose(TestRun *run, const View *view, const char *item, int line)
{
    StrBuf detail = {0};
    strbuf_printf(&detail, "cannot choose %s here", item);
    if (view->kind != VIEW_CHOOSE)
        strbuf_printf(&detail, ": the story is at %s, with nothing to choose",
                      run->loaded.scenario->nodes[view->node].id);
    for (int i = 0; view->kind == VIEW_CHOOSE && i < view->choice_count; i++)
        strbuf_printf(&detail, "%s %d \"%s\"%s", i ? "," : "; the options are", i + 1,
                      view->choices[i].text, view->choices[i].locked ? " (locked)" : "");
    fail(run, line, "%s", strbuf_text(&detail));
    strbuf_free(&detail);
}

/* chance ID: the next chance that can go to node ID goes there. */
static void fix_chance(TestRun *run, const char *rest, int line)
{
    int node = scenario_find_node(run->loaded.scenario, rest);
    if (node == NODE_NONE)
        fail(run, line, "there is no node named %s", rest);
    else
        runtime_fix_chance(run->runtime, node);
}

/* choose 1, 2, "Start of a choice's text", ... */
static void choose(TestRun *run, char *rest, int line)
{
    for (char *p = rest; *p && !run->failed;) {
        while (*p == ' ' || *p == ',') p++;
        if (!*p || *p == '#') break;
        char item[512];
        if (*p == '"') {
            char *end = strchr(p + 1, '"');
            if (!end) {
                fail(run, line, "%s", "a quoted choice is not closed");
                return;
            }
            snprintf(item, sizeof item, "%.*s", (int)(end - p - 1), p + 1);
            p = end + 1;
        } else {
            size_t length = strcspn(p, " ,#");
            snprintf(item, sizeof item, "%.*s", (int)length, p);
            p += length;
        }
        const View *view = runtime_view(run->runtime);
        int index = view->kind == VIEW_CHOOSE ? find_choice(view, item) : -1;
        if (index < 0 || view->choices[index].locked) {
            cannot_choose(run, view, item, line);
            return;
        }
        strbuf_printf(&run->shown, "%s\n", view->choices[index].text);
        runtime_choose(run->runtime, index);
        remember_view(run);
        settle(run);
    }
}

static bool compare(int value, const char *op, int number)
{
    if (strcmp(op, ">=") == 0) return value >= number;
    if (strcmp(op, "<=") == 0) return value <= number;
    if (strcmp(op, "==") == 0) return value == number;
    if (strcmp(op, "!=") == 0) return value != number;
    if (strcmp(op, ">") == 0) return value > number;
    return strcmp(op, "<") == 0 && value < number;
}

static bool repaired(const Runtime *runtime)
{
    const Record *record = runtime_record(runtime);
    for (int i = 0; i < record->count; i++)
        if (record->steps[i].repair) return true;
    return false;
}

/* expect ending ID | node ID | line "text" | not line "text" | repair | VAR OP N */
static void expect(TestRun *run, char *rest, int line)
{
    const Scenario *scenario = run->loaded.scenario;
    const View *view = runtime_view(run->runtime);
    char what[128] = "", value[512] = "", op[8] = "";
    int number = 0;
    const char *here = scenario->nodes[view->node].id;
    char detail[700];
    if (sscanf(rest, "ending %127s", what) == 1) {
        if (view->kind != VIEW_ENDING || strcmp(here, what) != 0)
            snprintf(detail, sizeof detail, "expected ending %s, but the story is at %s", what,
                     here),
                fail(run, line, "%s", detail);
    } else if (sscanf(rest, "node %127s", what) == 1) {
        if (strcmp(here, what) != 0)
            snprintf(detail, sizeof detail, "expected node %s, but it is %s", what, here),
                fail(run, line, "%s", detail);
    } else if (strcmp(rest, "repair") == 0) {
        if (!repaired(run->runtime))
            fail(run, line, "%s", "expected a repair after a slip on the way, but there was none");
    } else if (sscanf(rest, "line \"%511[^\"]\"", value) == 1) {
        if (!strstr(strbuf_text(&run->shown), value))
            fail(run, line, "no line so far contains \"%s\"", value);
    } else if (sscanf(rest, "not line \"%511[^\"]\"", value) == 1) {
        if (strstr(strbuf_text(&run->shown), value))
            fail(run, line, "a line shown so far contains \"%s\"", value);
    } else if (sscanf(rest, "%127s %7s %d", what, op, &number) == 3) {
        int var = scenario_find_var(scenario, what);
        if (var < 0) {
            fail(run, line, "there is no state value named %s", what);
            return;
        }
        int actual = runtime_state(run->runtime)[var];
        if (!compare(actual, op, number))
            snprintf(detail, sizeof detail, "expected %s %s %d, but it is %d", what, op, number,
                     actual),
                fail(run, line, "%s", detail);
    } else
        fail(run, line, "cannot read \"expect %s\"", rest);
}

static void run_line(TestRun *run, char *text, int line, const LoaderOptions *options)
{
    while (isspace((unsigned char)*text)) text++;
    char *end = text + strlen(text);
    while (end > text && isspace((unsigned char)end[-1])) *--end = '\0';
    if (!*text || *text == '#') return;
    char *rest = text + strcspn(text, " ");
    while (*rest == ' ') rest++;
    if (strncmp(text, "scenario ", 9) == 0) {
        char scenario_path[PATH_SIZE];
        const char *slash = strrchr(run->path, '/');
        if (!text_format(scenario_path, sizeof scenario_path, "%.*s%s",
                         slash ? (int)(slash - run->path + 1) : 0, run->path, rest)) {
            run->loaded_ok = false;
            fail(run, line, "the scenario's path is too long: %.200s...", rest);
            return;
        }
        DiagList diags = {0};
        run->loaded_ok = loader_open(scenario_path, options, &diags, &run->loaded);
        StrBuf message = {0};
        for (int i = 0; i < diags.count; i++)
            diag_format(&diags.items[i], &message), strbuf_puts(&message, "; ");
        if (!run->loaded_ok)
            fail(run, line, "the scenario does not load: %s", strbuf_text(&message));
        strbuf_free(&message);
        diag_list_free(&diags);
    } else if (strncmp(text, "test", 4) == 0 && (text[4] == ' ' || !text[4]))
        start_test(run, rest, line);
    else if (!run->runtime) {
        if (run->name[0] && run->failed) return;   /* the test already failed to start */
        fail(run, line, "%s", "write scenario FILE and test \"name\" before choose or expect");
    } else if (run->failed) return;                /* the rest of a failed test is skipped */
    else if (strncmp(text, "choose ", 7) == 0) choose(run, rest, line);
    else if (strncmp(text, "expect ", 7) == 0) expect(run, rest, line);
    else if (strncmp(text, "chance ", 7) == 0)
        fix_chance(run, rest, line);
    else
        fail(run, line, "unknown step \"%s\" (scenario, test, choose, chance or expect)", text);
}

void scenario_test_run(const char *path, const LoaderOptions *options, FILE *out, TestTally *tally)
{
    TestRun run = {.path = path, .out = out, .tally = tally};
    char *data, why[4400];
    ReadStatus status;
    FILE *file = safe_read_stream(path, TEST_FILE_MAX, &data, &status, why, sizeof why);
    if (!file) {
        fprintf(out, "%s\n", why);
        tally->failed++;
        return;
    }
    char text[4096];
    int tests_before = tally->passed + tally->failed;
    for (int line = 1; fgets(text, sizeof text, file); line++) {
        bool outside_test = !run.name[0];
        run_line(&run, text, line, options);
        if (outside_test && !run.name[0] && run.failed) tally->failed++, run.failed = false;
    }
    finish_test(&run);
    fclose(file);
    free(data);
    if (tally->passed + tally->failed == tests_before) fprintf(out, "%s: no tests\n", path);
    loader_close(&run.loaded);
    strbuf_free(&run.shown);
}
