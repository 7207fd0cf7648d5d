/* test_safety.c: inputs a stranger controls (translations, files in odd places, scenario text in
   reports) are contained: refused with a message that names the file, never obeyed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/catalog.h"
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

int run_safety_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(interface_translations_keep_their_conversions),
    };
    return cmocka_run_group_tests_name("safety", tests, NULL, NULL);
}
