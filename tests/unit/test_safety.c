/* test_safety.c: inputs a stranger controls (translations, files in odd places, scenario text in
   reports) are contained: refused with a message that names the file, never obeyed. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../engine/core/catalog.h"
#include "../../engine/core/check.h"
#include "../../engine/core/clean_text.h"
#include "../../engine/core/safe_read.h"
#include "../../engine/core/safe_write.h"
#include "../../engine/core/store.h"
#include "../../engine/core/workshop.h"
#include "../../engine/text/text_workshop.h"
#include "tests.h"

static void interface_translations_keep_their_conversions(void **state)
{
    (void)state;
    Catalog ui = {0};
    char why[256];
    const char *path = "tests/fixtures/ui_formats.xx.po";
    assert_true(catalog_read_po(&ui, path, why, sizeof why));
    static const char *const refused[] = {
        "\nThe end: %s\n", "Player %d: %s\n", "Please type %d numbers, one for each option.\n",
        "(about %d minutes)\n", "Report: %s\n", "The story follows %c.\n", "Kept in %s",
        "\nDiscussion: %s\n",
    };
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++)
        assert_string_equal(catalog_tr(&ui, refused[i]), refused[i]);
    assert_string_equal(catalog_tr(&ui, "\nWhat happened: %s\n"), "\nCe qui s'est passé (100%%): %s\n");
    StrBuf messages = {0};
    assert_int_equal(catalog_refuse_changed_conversions(&ui, path, &messages), 8);
    assert_non_null(strstr(strbuf_text(&messages), "tests/fixtures/ui_formats.xx.po:2: "));
    assert_non_null(strstr(strbuf_text(&messages), "tests/fixtures/ui_formats.xx.po:23: "));
    strbuf_free(&messages);
    assert_false(catalog_same_conversions("%s", "%5s"));
    assert_false(catalog_same_conversions("%d%%", "%d%"));
    assert_true(catalog_same_conversions("%ld and %s", "et %ld puis %s"));
    catalog_free(&ui);
}

static bool write_hello(FILE *out, const void *ctx)
{
    (void)ctx;
    return fputs("hello\n", out) >= 0;
}

static void expect_file_text(const char *path, const char *text)
{
    char *found = test_read_file(path);
    assert_non_null(found);
    assert_string_equal(found, text);
    free(found);
}

/* Links planted where a save is written (the old predictable PATH.tmp, and the final name) are
   replaced or refused, never written through; the new file is the player's alone (0600). */
static void saves_never_write_through_a_planted_link(void **state)
{
    (void)state;
    const char *victim = "build/test_safety_victim.txt", *path = "build/test_safety_save.txt";
    FILE *file = fopen(victim, "wb");
    assert_non_null(file);
    fputs("victim\n", file);
    fclose(file);
    remove(path);
    remove("build/test_safety_save.txt.tmp");
    assert_int_equal(symlink("test_safety_victim.txt", "build/test_safety_save.txt.tmp"), 0);
    char why[256];
    assert_true(safe_write(path, write_hello, NULL, why, sizeof why));
    expect_file_text(victim, "victim\n");
    expect_file_text(path, "hello\n");
    remove("build/test_safety_save.txt.tmp");
    remove(path);
    assert_int_equal(symlink("test_safety_victim.txt", path), 0);
    assert_true(safe_write(path, write_hello, NULL, why, sizeof why));
    expect_file_text(victim, "victim\n");
    struct stat info;
    assert_int_equal(lstat(path, &info), 0);
    assert_true(S_ISREG(info.st_mode));
    assert_int_equal(info.st_mode & 0777, 0600);
    glob_t left;
    assert_int_equal(glob("build/test_safety_save.txt.*", 0, NULL, &left), GLOB_NOMATCH);
    remove(path);
    remove(victim);
}

static bool has_diag(const DiagList *diags, DiagCode code, const char *text)
{
    for (int i = 0; i < diags->count; i++)
        if (diags->items[i].code == code && strstr(diags->items[i].message, text)) return true;
    return false;
}

/* A FIFO or a device where a save, a translation or a scenario should be is refused at once with
   a message naming it; a file past its cap is refused even when it says it is empty (/proc). */
static void reads_refuse_fifos_devices_and_floods(void **state)
{
    (void)state;
    const char *fifo = "build/test_safety_fifo";
    remove(fifo);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    char why[512];
    Store store = {0};
    assert_int_equal(store_read(&store, fifo, "# header", why, sizeof why), STORE_UNREADABLE);
    assert_non_null(strstr(why, fifo));
    Catalog catalog = {0};
    assert_false(catalog_read_po(&catalog, fifo, why, sizeof why));
    assert_non_null(strstr(why, "not a regular file"));
    assert_false(catalog_read_csv(&catalog, "/dev/zero", why, sizeof why));
    assert_non_null(strstr(why, "/dev/zero"));
    char *data;
    size_t length;
    assert_int_equal(safe_read_file("/proc/self/maps", 64, &data, &length, why, sizeof why), READ_TOO_LARGE);
    assert_null(data);
    assert_int_equal(safe_read_file("build", 64, &data, &length, why, sizeof why), READ_REFUSED);
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_false(loader_open(fifo, &options, &diags, &loaded));
    assert_true(has_diag(&diags, DIAG_FILE_UNREADABLE, "not a regular file"));
    loader_close(&loaded);
    diag_list_free(&diags);
    /* a scenario translation that is /dev/zero: named, and the scenario plays in the original */
    remove("build/test_safety_zero.xx.po");
    assert_int_equal(symlink("/dev/zero", "build/test_safety_zero.xx.po"), 0);
    char *source = test_read_file("tests/fixtures/valid.lua");
    FILE *copy = fopen("build/test_safety_zero.lua", "wb");
    fputs(source, copy);
    fclose(copy);
    free(source);
    options.lang = "xx";
    assert_true(loader_open("build/test_safety_zero.lua", &options, &diags, &loaded));
    assert_true(has_diag(&diags, DIAG_TRANSLATION, "build/test_safety_zero.xx.po is not a regular file"));
    loader_close(&loaded);
    diag_list_free(&diags);
    remove("build/test_safety_zero.xx.po");
    remove("build/test_safety_zero.lua");
    remove(fifo);
}

static void remove_tree(const char *dir)
{
    char command[512];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    assert_int_equal(system(command), 0);
}

/* The report's folder is made at the start (parents too); the report is on disk after the first
   decision, before the session ends; a second session in the same minute gets its own name. */
static void workshop_reports_are_kept_as_the_session_goes(void **state)
{
    (void)state;
    const char *dir = "build/test_safety_reports/new/deeper";
    remove_tree("build/test_safety_reports");
    Session first, second;
    session_init(&first);
    session_init(&second);
    char why[4600];
    assert_true(session_open_reports(&first, dir, "2026-12-04 17:00", why, sizeof why));
    assert_true(session_open_reports(&second, dir, "2026-12-04 17:00", why, sizeof why));
    assert_string_equal(first.report_paths[0], "build/test_safety_reports/new/deeper/workshop-2026-12-04-17-00.md");
    assert_string_equal(second.report_paths[1],
                        "build/test_safety_reports/new/deeper/workshop-2026-12-04-17-00-2.csv");
    Scenario scenario = {.id = "mini", .title = "Mini"};
    session_begin_scenario(&first, &scenario);
    session_log_vote(&first, "a", (const char *[]){"Yes.", "No."}, (int[]){3, 1}, 2, 0, false);
    char *kept = test_read_file(first.report_paths[1]);   /* no save call: it is already there */
    assert_non_null(kept);
    assert_non_null(strstr(kept, "\"mini\",vote,1,\"a\",A,\"Yes.\",\"\",\"\",3,yes"));
    free(kept);
    assert_true(session_save_reports(&second, "unused", "unused", why, sizeof why));
    assert_non_null(strstr(why, "workshop-2026-12-04-17-00-2.md"));
    session_free(&first);
    session_free(&second);
    /* a folder that cannot be made: refused before the session, naming it */
    Session refused;
    session_init(&refused);
    assert_false(session_open_reports(&refused, "tests/fixtures/valid.lua/reports", "2026-12-04 17:00", why,
                                      sizeof why));
    assert_non_null(strstr(why, "tests/fixtures/valid.lua"));
    session_free(&refused);
    remove_tree("build/test_safety_reports");
}

/* The terminal workshop fails before reading a single vote when its report cannot be written, and
   exits non-zero; together --keep claims its file first and never reuses a name. */
static void report_failures_stop_before_the_session(void **state)
{
    (void)state;
    char input[] = "4 11\n";
    char *output = NULL;
    size_t size = 0;
    char *files[] = {"tests/fixtures/valid.lua"};
    WorkshopOptions options = {
        .text = {.in = fmemopen(input, strlen(input), "r"), .out = open_memstream(&output, &size)},
        .files = files, .file_count = 1, .report_dir = "tests/fixtures/valid.lua/reports",
        .date = "2026-12-04 17:00",
    };
    LoaderOptions loader = test_loader_options();
    assert_int_equal(text_workshop(&loader, &options), 1);
    assert_int_equal(ftell(options.text.in), 0);   /* not one vote was asked for */
    fclose(options.text.in);
    fclose(options.text.out);
    free(output);
    remove_tree("build/test_safety_keep");
    char first[REPORT_PATH_MAX], second[REPORT_PATH_MAX], why[4600];
    assert_true(report_claim_path("build/test_safety_keep/us.md", first, why, sizeof why));
    assert_true(report_claim_path("build/test_safety_keep/us.md", second, why, sizeof why));
    assert_string_equal(first, "build/test_safety_keep/us.md");
    assert_string_equal(second, "build/test_safety_keep/us-2.md");
    remove_tree("build/test_safety_keep");
}

static char *written_by(void (*write)(const Session *, FILE *), const Session *session)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    write(session, out);
    fclose(out);
    return text;
}

static void markdown_of(const Session *session, FILE *out) { session_write_markdown(session, "today", out); }

/* Scenario text that a spreadsheet would run, or that would be markup in the Markdown report, is
   written inert: formulas get a leading quote, Markdown and HTML characters a backslash. */
static void report_cells_and_markdown_stay_inert(void **state)
{
    (void)state;
    static const char *const options[] = {"=HYPERLINK(\"http://x\")", "@SUM(A1)", "+1", "-1", "\tx", "\rx",
                                         "'=1", "plain"};
    Scenario scenario = {.id = "=cmd|' /C calc'!A0", .title = "<script>x</script>\n# Owned [link](http://x)"};
    Session session;
    session_init(&session);
    session_begin_scenario(&session, &scenario);
    session_log_vote(&session, "n`1", options, (int[]){1, 2, 3, 4, 5, 6, 7, 8}, 8, 0, false);
    session_log_pause(&session, "n`1", "**bold** | cell |", 5);
    char *csv = written_by(session_write_csv, &session);
    assert_non_null(strstr(csv, "\"'=cmd|' /C calc'!A0\",vote,1,\"n`1\",A,\"'=HYPERLINK(\"\"http://x\"\")\""));
    static const char *const guarded[] = {",\"'@SUM(A1)\",", ",\"'+1\",", ",\"'-1\",", ",\"'\tx\",",
                                          ",\"'\rx\",", ",\"''=1\",", ",\"plain\","};
    for (size_t i = 0; i < sizeof guarded / sizeof *guarded; i++) assert_non_null(strstr(csv, guarded[i]));
    free(csv);
    char *markdown = written_by(markdown_of, &session);
    assert_non_null(strstr(markdown, "## 1. \\<script\\>x\\</script\\> \\# Owned \\[link\\](http://x)\n"));
    assert_non_null(strstr(markdown, "(`n'1`, 5 s): \\*\\*bold\\*\\* \\| cell \\|\n"));
    assert_null(strstr(markdown, "\n# Owned"));
    free(markdown);
    session_free(&session);
    /* strings --csv: a guarded cell reads back as the text the scenario wrote */
    FILE *out = fopen("build/test_safety_strings.csv", "wb");
    assert_non_null(out);
    fputs("id,source,translation\n", out);
    for (size_t i = 0; i < sizeof options / sizeof *options; i++) catalog_write_csv_row(out, options[i], options[i], "t");
    fclose(out);
    Catalog catalog = {0};
    char why[256];
    assert_true(catalog_read_csv(&catalog, "build/test_safety_strings.csv", why, sizeof why));
    for (size_t i = 0; i < sizeof options / sizeof *options; i++)
        assert_string_equal(catalog_lookup(&catalog, options[i], options[i]), "t");
    catalog_free(&catalog);
    remove("build/test_safety_strings.csv");
}

/* U+2028 and U+2029 (and the annotation marks) never reach a terminal raw, from a scenario's own
   text or from a translation of it. */
static void line_and_paragraph_separators_are_escaped(void **state)
{
    (void)state;
    StrBuf out = {0};
    const char text[] = "a\xe2\x80\xa8" "b\xe2\x80\xa9" "c\xef\xbf\xb9" "d";
    clean_text(&out, text, sizeof text - 1, 1000, true);
    assert_string_equal(strbuf_text(&out), "a\\u{2028}b\\u{2029}c\\u{FFF9}d");
    strbuf_free(&out);
    Catalog catalog = {0};
    char why[256];
    assert_true(catalog_read_po(&catalog, "tests/fixtures/separators.xx.po", why, sizeof why));
    assert_string_equal(catalog_lookup(&catalog, "scenario.title", "Mini"), "Mi\\u{2028}ni \\x1B[31mred\\u{2029}");
    catalog_free(&catalog);
}

/* The parser runs in C, unseen by the hooks: loading charges it to the load budget, so a source
   that takes longer to parse than the budget is E105 and none of it runs. */
static void parsing_is_charged_to_the_load_budget(void **state)
{
    (void)state;
    StrBuf source = {0};
    for (int i = 0; i < 200000; i++) strbuf_puts(&source, "do local a = 1 end\n");
    strbuf_puts(&source, "return 1\n");
    LoaderOptions options = test_loader_options();
    options.limits.load_seconds = 0.002;
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_false(loader_open_source("parse.lua", source.data, source.length, &options, &diags, &loaded));
    assert_true(has_diag(&diags, DIAG_BUDGET, "parsing the file took longer than the load budget"));
    loader_close(&loaded);
    diag_list_free(&diags);
    strbuf_free(&source);
}

/* The walk has one budget for all its calls: each stays far under its own 0.1 s, yet the walk
   stops with E105 once together they pass it. */
static void the_walk_has_a_budget_of_its_own(void **state)
{
    (void)state;
    const char *source =
        "local function busy(s) local x = 0 for i = 1, 20000 do x = x + i end return true end\n"
        "return scenario { id = 'walk', title = 'Walk', cast = { sam = 'Sam' }, state = { n = 0 },\n"
        "  start = 'a', nodes = {\n"
        "    node 'a' { need = 'heard', say.sam 'Hi.',\n"
        "      choice { 'On.', to = 'a', n = 1, when = busy, skills = { 'patience' }, coach = 'c' },\n"
        "      choice { 'Off.', to = 'z', pitfalls = { 'turn_away' }, coach = 'c' } },\n"
        "    ending 'z' { title = 'Z', summary = 'Done.' } } }\n";
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open_source("walk.lua", source, strlen(source), &options, &diags, &loaded));
    CheckOptions check = {.max_states = CHECK_DEFAULT_MAX_STATES, .walk_seconds = 0.02};
    CheckStats stats;
    check_scenario(loaded.scenario, &loaded.hooks, &check, &diags, &stats);
    assert_true(has_diag(&diags, DIAG_BUDGET, "the check's walk ran past its budget (0.0 s"));
    assert_true(stats.states < 101);   /* n runs 0..100: the walk stopped before the end */
    loader_close(&loaded);
    diag_list_free(&diags);
}

int run_safety_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(interface_translations_keep_their_conversions),
        cmocka_unit_test(saves_never_write_through_a_planted_link),
        cmocka_unit_test(reads_refuse_fifos_devices_and_floods),
        cmocka_unit_test(workshop_reports_are_kept_as_the_session_goes),
        cmocka_unit_test(report_failures_stop_before_the_session),
        cmocka_unit_test(report_cells_and_markdown_stay_inert),
        cmocka_unit_test(line_and_paragraph_separators_are_escaped),
        cmocka_unit_test(parsing_is_charged_to_the_load_budget),
        cmocka_unit_test(the_walk_has_a_budget_of_its_own),
    };
    return cmocka_run_group_tests_name("safety", tests, NULL, NULL);
}
