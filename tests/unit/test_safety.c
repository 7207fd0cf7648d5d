/* test_safety.c: inputs a stranger controls (translations, files in odd places, scenario text in
   reports) are contained: refused with a message that names the file, never obeyed. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../engine/core/catalog.h"
#include "../../engine/core/safe_read.h"
#include "../../engine/core/safe_write.h"
#include "../../engine/core/store.h"
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

int run_safety_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(interface_translations_keep_their_conversions),
        cmocka_unit_test(saves_never_write_through_a_planted_link),
        cmocka_unit_test(reads_refuse_fifos_devices_and_floods),
    };
    return cmocka_run_group_tests_name("safety", tests, NULL, NULL);
}
