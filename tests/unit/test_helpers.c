/* test_helpers.c: the small core helpers: formatting that reports truncation, path joins,
   growing arrays. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/array_grow.h"
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

int run_helper_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_format_reports_a_cut),
        cmocka_unit_test(path_join_adds_one_separator),
        cmocka_unit_test(array_grow_doubles_and_keeps_items),
        cmocka_unit_test(array_grow_refuses_overflow),
    };
    return cmocka_run_group_tests_name("helpers", tests, NULL, NULL);
}
