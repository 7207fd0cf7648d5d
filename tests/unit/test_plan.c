/* test_plan.c: the workshop run sheet (heartlines workshop --plan). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "../../engine/core/plan.h"

static void plan_lists_notes_decisions_prompts_and_endings(void **unused)
{
    (void)unused;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded));
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    const Scenario *scenarios[] = {loaded.scenario, loaded.scenario};
    plan_write_header(scenarios, 2, out);
    plan_write_scenario(loaded.scenario, 1, out);
    fclose(out);
    char expected[128];
    snprintf(expected, sizeof expected, "2 scenarios, about %d minutes of play", 2 * loaded.scenario->minutes);
    assert_non_null(strstr(text, expected));
    snprintf(expected, sizeof expected, "## 1. %s\n", loaded.scenario->title);
    assert_non_null(strstr(text, expected));
    assert_non_null(strstr(text, "**Content notes:** "));
    assert_non_null(strstr(text, "**Decision 1**"));
    assert_non_null(strstr(text, "- B. What happened?"));
    assert_non_null(strstr(text, "**For the room** (about 2 min): What does Sam need right now?"));
    assert_non_null(strstr(text, "### Endings\n\n- **"));
    assert_null(strstr(text, "(null)"));
    free(text);
    loader_close(&loaded);
    diag_list_free(&diags);
}

int run_plan_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plan_lists_notes_decisions_prompts_and_endings),
    };
    return cmocka_run_group_tests_name("plan", tests, NULL, NULL);
}
