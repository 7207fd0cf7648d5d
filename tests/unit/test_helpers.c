/* test_helpers.c: the small core helpers: formatting that reports truncation, path joins,
   growing arrays. */
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../../engine/core/array_grow.h"
#include "../../engine/core/safe_write.h"
#include "../../engine/core/text_format.h"
#include "tests.h"

static void text_format_reports_a_cut(void **state)
{
    (void)state;
    char out[8];
    assert_true(text_format(out, sizeof out, "%s-%d", "ab", 12));
    assert_string_equal(out, "ab-12");
    assert_true(text_format(out, sizeof out, "%s", "1234567"));   /* exactly fits */
    assert_false(text_format(out, sizeof out, "%s", "12345678"));   /* one byte too many */
    assert_string_equal(out, "1234567");   /* what fit, terminated */
    assert_false(text_format(out, 0, "%s", ""));   /* nowhere to write even the NUL */
}

static void path_join_adds_one_separator(void **state)
{
    (void)state;
    char out[PATH_SIZE];
    assert_true(path_join(out, sizeof out, "a/b", "c.txt"));
    assert_string_equal(out, "a/b/c.txt");
    assert_true(path_join(out, sizeof out, "a/b/", "c.txt"));
    assert_string_equal(out, "a/b/c.txt");
    assert_true(path_join(out, sizeof out, "", "c.txt"));
    assert_string_equal(out, "c.txt");
    char small[6];
    assert_true(path_join(small, sizeof small, "a", "bcd"));
    assert_false(path_join(small, sizeof small, "ab", "cde"));
    char *long_name = malloc(PATH_SIZE);
    assert_non_null(long_name);
    memset(long_name, 'x', PATH_SIZE - 1);
    long_name[PATH_SIZE - 1] = '\0';
    assert_false(path_join(out, sizeof out, "dir", long_name));
    free(long_name);
}

static void array_grow_doubles_and_keeps_items(void **state)
{
    (void)state;
    int *items = NULL, capacity = 0;
    for (int count = 0; count < 100; count++) {
        int *grown = array_grow(items, &capacity, count + 1, sizeof *items, 4);
        assert_non_null(grown);
        items = grown;
        items[count] = count;
    }
    assert_int_equal(capacity, 128);   /* 4, 8, ..., 128 */
    for (int i = 0; i < 100; i++) assert_int_equal(items[i], i);
    assert_ptr_equal(array_grow(items, &capacity, 128, sizeof *items, 4), items);   /* room */
    int *big = array_grow(items, &capacity, 1000, sizeof *items, 4);   /* many at once */
    assert_non_null(big);
    assert_int_equal(capacity, 1024);
    assert_int_equal(big[99], 99);
    free(big);
}

static void array_grow_refuses_overflow(void **state)
{
    (void)state;
    int *items = malloc(4 * sizeof *items), capacity = 4;
    assert_non_null(items);
    assert_null(array_grow(items, &capacity, INT_MAX, sizeof *items, 4));
    assert_null(array_grow(items, &capacity, 1 << 20, SIZE_MAX / 1024, 4));
    assert_int_equal(capacity, 4);   /* unchanged, items still ours */
    items[3] = 3;
    free(items);
}

static bool write_hello(FILE *out, const void *ctx)
{
    (void)ctx;
    return fputs("hello\n", out) >= 0;
}

/* A file at path, its modification time `age` seconds ago. */
static void plant(const char *path, int age)
{
    FILE *file = fopen(path, "wb");
    assert_non_null(file);
    fputs("left\n", file);
    fclose(file);
    struct timespec times[2] = {{.tv_sec = time(NULL) - age}, {.tv_sec = time(NULL) - age}};
    assert_int_equal(utimensat(AT_FDCWD, path, times, 0), 0);
}

static bool exists(const char *path)
{
    struct stat info;
    return lstat(path, &info) == 0;
}

/* A save killed mid-write leaves NAME.XXXXXX behind; the next save of NAME removes it once it is
   old, and leaves alone young ones (a save in progress), links and names not of its pattern. */
static void saving_removes_stale_temporaries(void **state)
{
    (void)state;
    const char *path = "build/test_stale.txt";
    const char *old = "build/test_stale.txt.a1B2c3", *young = "build/test_stale.txt.x9Y8z7";
    const char *link = "build/test_stale.txt.L1nk00", *other = "build/test_stale.txt.kept-1";
    const char *other_file = "build/test_stale.txtX.a1B2c3";
    plant(old, 3600);
    plant(young, 5);
    plant(other, 3600);
    plant(other_file, 3600);
    remove(link);
    assert_int_equal(symlink("test_stale.txt.kept-1", link), 0);
    struct timespec old_times[2] = {{.tv_sec = time(NULL) - 3600}, {.tv_sec = time(NULL) - 3600}};
    assert_int_equal(utimensat(AT_FDCWD, link, old_times, AT_SYMLINK_NOFOLLOW), 0);
    char why[256];
    assert_true(safe_write(path, write_hello, NULL, why, sizeof why));
    assert_false(exists(old));
    assert_true(exists(young));
    assert_true(exists(link));
    assert_true(exists(other));   /* the link's target, too */
    assert_true(exists(other_file));
    const char *all[] = {path, young, link, other, other_file};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) remove(all[i]);
}

int run_helper_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_format_reports_a_cut),
        cmocka_unit_test(path_join_adds_one_separator),
        cmocka_unit_test(array_grow_doubles_and_keeps_items),
        cmocka_unit_test(array_grow_refuses_overflow),
        cmocka_unit_test(saving_removes_stale_temporaries),
    };
    return cmocka_run_group_tests_name("helpers", tests, NULL, NULL);
}
