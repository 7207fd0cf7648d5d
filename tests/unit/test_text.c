/* test_text.c: vocabulary, suggestions, diagnostics and text cleaning. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/clean_text.h"
#include "../../engine/core/diag.h"
#include "../../engine/core/suggest.h"
#include "../../engine/core/vocab.h"
#include "tests.h"

static void vocabulary_finds_and_suggests(void **state)
{
    (void)state;
    assert_true(vocab_find(TAG_SKILL, "open_question") >= 0);
    assert_int_equal(vocab_find(TAG_SKILL, "criticism"), -1);
    assert_true(vocab_find(TAG_PITFALL, "criticism") >= 0);
    assert_string_equal(vocab_suggest(TAG_SKILL, "opne_question"), "open_question");
    assert_string_equal(vocab_suggest(TAG_PITFALL, "critisism"), "criticism");
    assert_null(vocab_suggest(TAG_SKILL, "xylophone"));
    assert_string_equal(vocab_suggest_need("spcae"), "space");
    assert_int_equal(vocab_need_count(), 6);
}

static void every_tag_has_a_thread_name_and_source(void **state)
{
    (void)state;
    for (int kind = TAG_SKILL; kind <= TAG_PITFALL; kind++) {
        assert_true(vocab_count(kind) >= 20);
        for (int i = 0; i < vocab_count(kind); i++) {
            const Tag *tag = vocab_tag(kind, i);
            assert_true(tag->thread < THREAD_COUNT);
            assert_true(strlen(tag->name) > 2 && strlen(tag->about) > 10 && strlen(tag->source) > 5);
            assert_int_equal(vocab_find(kind, tag->id), i);
        }
    }
}

/* docs/vocabulary.md documents every id, so writers can learn the whole vocabulary there. */
static void vocabulary_is_documented(void **state)
{
    (void)state;
    char *doc = test_read_file("docs/vocabulary.md");
    assert_non_null(doc);
    for (int kind = TAG_SKILL; kind <= TAG_PITFALL; kind++)
        for (int i = 0; i < vocab_count(kind); i++) {
            char cell[64];
            snprintf(cell, sizeof cell, "| `%s` |", vocab_tag(kind, i)->id);
            if (!strstr(doc, cell)) fail_msg("docs/vocabulary.md does not document %s", vocab_tag(kind, i)->id);
        }
    for (int i = 0; i < vocab_need_count(); i++) {
        char cell[64];
        snprintf(cell, sizeof cell, "| `%s` |", vocab_need_id(i));
        assert_non_null(strstr(doc, cell));
    }
    free(doc);
}

/* docs/diagnostics/ has a page for every code, headed by the code's meaning as `check --explain`
   prints it, and the index lists it with that meaning, so a writer can look any message up. */
static void every_code_is_documented(void **state)
{
    (void)state;
    char *index = test_read_file("docs/diagnostics.md");
    assert_non_null(index);
    for (int code = 0; code < DIAG_CODE_COUNT; code++) {
        const char *name = diag_code_name((DiagCode)code);
        const char *about = diag_about((DiagCode)code);
        char path[64], heading[300], row[400];
        snprintf(path, sizeof path, "docs/diagnostics/%s.md", name);
        snprintf(heading, sizeof heading, "# %s: %s\n", name, about);
        snprintf(row, sizeof row, "| [%s](diagnostics/%s.md) | %s | %s |\n", name, name,
                 diag_severity((DiagCode)code) == DIAG_ERROR ? "error" : "warning", about);
        char *page = test_read_file(path);
        if (!page || strncmp(page, heading, strlen(heading)) != 0)
            fail_msg("%s is missing or is not headed \"%s\"", path, heading);
        if (!strstr(index, row)) fail_msg("docs/diagnostics.md has no row \"%s\"", row);
        free(page);
    }
    free(index);
}

static void diagnostics_format_and_codes_are_unique(void **state)
{
    (void)state;
    DiagList diags = {0};
    diag_add(&diags, DIAG_TARGET_MISSING, "a.lua", 12, "choice target '%s' does not exist", "x");
    diag_add(&diags, DIAG_FILE_UNREADABLE, "b.lua", 0, "cannot open");
    StrBuf out = {0};
    diag_format(&diags.items[0], &out);
    assert_string_equal(strbuf_text(&out), "a.lua:12: E206: choice target 'x' does not exist");
    strbuf_clear(&out);
    diag_format(&diags.items[1], &out);
    assert_string_equal(strbuf_text(&out), "b.lua: E101: cannot open");
    assert_int_equal(diag_error_count(&diags), 2);
    for (int a = 0; a < DIAG_CODE_COUNT; a++) {
        DiagCode parsed;
        assert_true(diag_code_from_name(diag_code_name((DiagCode)a), &parsed));
        assert_int_equal(parsed, a);
        char expected = diag_severity((DiagCode)a) == DIAG_ERROR ? 'E' : 'W';
        assert_int_equal(diag_code_name((DiagCode)a)[0], expected);
    }
    strbuf_free(&out);
    diag_list_free(&diags);
}

static void hostile_text_is_escaped_and_bounded(void **state)
{
    (void)state;
    StrBuf out = {0};
    const char hostile[] = "red\x1b[31m\xe2\x80\xae" "evil\xff\n" "ok\0tail";
    clean_text(&out, hostile, sizeof hostile - 1, 1000, false);
    assert_string_equal(strbuf_text(&out), "red\\x1B[31m\\u{202E}evil\\xFF\\x0Aok\\x00tail");
    strbuf_clear(&out);
    clean_text(&out, "caf\xc3\xa9 \xe4\xbd\xa0\xe5\xa5\xbd\nline", 17, 1000, true);
    assert_string_equal(strbuf_text(&out), "caf\xc3\xa9 \xe4\xbd\xa0\xe5\xa5\xbd\nline");
    strbuf_clear(&out);
    clean_text(&out, "ab\tc\xc3\xa9" "def", 9, 5, false);   /* the bound falls inside the two bytes of e-acute */
    assert_string_equal(strbuf_text(&out), "ab c...");
    strbuf_clear(&out);
    char big[5000];
    memset(big, 'a', sizeof big);
    clean_text(&out, big, sizeof big, 100, false);
    assert_int_equal(out.length, 103);
    strbuf_free(&out);
}

/* An escape never straddles the bound (tests/fuzz found a message bounded at 1,000 bytes that came out longer). */
static void escapes_stay_within_the_bound(void **state)
{
    (void)state;
    char controls[201] = "a";
    memset(controls + 1, '\x01', 200);   /* each becomes the 4 bytes \x01; 1 + 4k never lands on 100 */
    StrBuf out = {0};
    clean_text(&out, controls, sizeof controls, 100, false);
    assert_true(out.length <= 100 + 3);
    assert_string_equal(strbuf_text(&out) + out.length - 3, "...");
    strbuf_free(&out);
}

static void long_messages_are_truncated(void **state)
{
    (void)state;
    char big[8000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    DiagList diags = {0};
    diag_add(&diags, DIAG_SCRIPT_ERROR, "a.lua", 1, "%s", big);
    assert_true(strlen(diags.items[0].message) < 1100);
    diag_list_free(&diags);
}

int run_text_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(vocabulary_finds_and_suggests),
        cmocka_unit_test(every_tag_has_a_thread_name_and_source),
        cmocka_unit_test(vocabulary_is_documented),
        cmocka_unit_test(diagnostics_format_and_codes_are_unique),
        cmocka_unit_test(every_code_is_documented),
        cmocka_unit_test(hostile_text_is_escaped_and_bounded),
        cmocka_unit_test(escapes_stay_within_the_bound),
        cmocka_unit_test(long_messages_are_truncated),
    };
    return cmocka_run_group_tests_name("vocabulary and text", tests, NULL, NULL);
}
