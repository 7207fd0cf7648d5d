/* test_plan.c: the facilitator's kit: the run sheet (heartlines workshop --plan) and the report's
   one-page summary. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "../../engine/core/plan.h"
#include "../../engine/core/workshop.h"

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

static void summary_gives_shares_splits_and_no_node_ids(void **unused)
{
    (void)unused;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded));
    Session session;
    session_init(&session);
    session_set_group(&session, "Tuesday | evening");
    assert_true(session_begin_scenario(&session, loaded.scenario));
    const char *texts[] = {"*You nod.* Fine.", "What happened?", "Go quiet"};
    session_log_vote(&session, "node_one", texts, (int[]){2, 6, 1}, 3, 1, false);
    session.votes[0].skilful = 1u << 1;
    session_log_vote(&session, "node_two", texts, (int[]){5, 4, 1}, 3, 0, false);
    session.votes[1].skilful = 1u << 1 | 1u << 2;
    session_log_pause(&session, "node_one", "Why?", 95);
    session_log_ending(&session, "Closer");
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    session_write_markdown(&session, "2026-12-04 18:00", out);
    fclose(out);
    char *details = strstr(text, "\n## 1. ");
    assert_non_null(details);
    *details = '\0';   /* the summary alone */
    assert_non_null(strstr(text, "- Group: Tuesday \\| evening\n"));   /* inert, as scenario text is */
    assert_non_null(strstr(text, "- Headcount: 10 "));
    assert_non_null(strstr(text, "- Discussion: 1 min 35 s in 1 pause\n"));
    assert_non_null(strstr(text, "ended with Closer"));
    assert_non_null(strstr(text, " | 1 | 9 | 67% |  | B. What happened? |"));       /* 6 of 9 */
    /* 4 + 1 of 10 */
    assert_non_null(strstr(text, " | 2 | 10 | 50% | split | A. You nod. \"Fine.\" |"));
    assert_null(strstr(text, "node_"));
    assert_null(strstr(text, "`"));
    /* The details and the CSV tell the action as prose too: no stage direction marks. */
    assert_non_null(strstr(details + 1, "| A. You nod. \"Fine.\" | 2 |"));
    assert_null(strstr(details + 1, "\\*"));
    free(text);
    out = open_memstream(&text, &size);
    session_write_csv(&session, out);
    fclose(out);
    assert_non_null(strstr(text, ",A,\"You nod. \"\"Fine.\"\"\",\"\",\"\",2,"));
    free(text);
    session_free(&session);
    loader_close(&loaded);
    diag_list_free(&diags);
}

static void countdown_takes_minutes_and_restarts(void **unused)
{
    (void)unused;
    Countdown countdown;
    countdown_set(&countdown, 120000);
    countdown_start(&countdown, 1000);
    countdown_adjust(&countdown, 60000, 31000);                 /* +1 minute, 30 s in */
    assert_int_equal(countdown_remaining(&countdown, 31000), 150000);
    countdown_adjust(&countdown, -60000, 31000);
    countdown_adjust(&countdown, -60000, 31000);
    countdown_adjust(&countdown, -60000, 31000);                /* never below what has passed */
    assert_int_equal(countdown.length, 30000);
    assert_int_equal(countdown_remaining(&countdown, 31000), 0);
    countdown_skip(&countdown, 31000);
    countdown_start(&countdown, 40000);                         /* a plain start stays stopped */
    assert_false(countdown.running);
    countdown_restart(&countdown, 40000);
    assert_true(countdown.running);
    assert_int_equal(countdown_remaining(&countdown, 50000), 20000);
}

int run_plan_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plan_lists_notes_decisions_prompts_and_endings),
        cmocka_unit_test(summary_gives_shares_splits_and_no_node_ids),
        cmocka_unit_test(countdown_takes_minutes_and_restarts),
    };
    return cmocka_run_group_tests_name("plan", tests, NULL, NULL);
}
