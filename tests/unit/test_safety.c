/* test_safety.c: inputs a stranger controls (translations, files in odd places, scenario text in
   reports) are contained: refused with a message that names the file, never obeyed. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../engine/core/catalog.h"
#include "../../engine/core/safe_write.h"
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

int run_safety_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(interface_translations_keep_their_conversions),
        cmocka_unit_test(saves_never_write_through_a_planted_link),
    };
    return cmocka_run_group_tests_name("safety", tests, NULL, NULL);
}
