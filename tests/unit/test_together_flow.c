/* test_together_flow.c: the two players' state machine driven headless through every stage: hand-
   overs and private picks in turn, both at once (and back to hand-overs where the options are too
   many for the keys), each lead rule, agreeing and differing, taking a side, a line to continue
   past, a broken story, the ending, the debrief for two and the file kept only on request. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/together_debrief.h"
#include "../../engine/core/together_flow.h"
#include "tests.h"

typedef struct FlowFixture {
    DiagList diags;
    LoadedScenario loaded;
    Runtime *runtime;
    TogetherFlow *flow;
} FlowFixture;

/* The scenario, in authored order, and a flow over it (NULL on failure). */
static FlowFixture *open_fixture(const char *path, TogetherMode mode, int lead)
{
    FlowFixture *f = calloc(1, sizeof *f);
    LoaderOptions options = test_loader_options();
    assert_non_null(f);
    assert_true(loader_open(path, &options, &f->diags, &f->loaded));
    f->runtime = runtime_new(f->loaded.scenario, &f->loaded.hooks, 0, false);
    assert_non_null(f->runtime);
    f->flow = together_flow_new(f->runtime, mode, lead);
    assert_non_null(f->flow);
    return f;
}

static void close_fixture(FlowFixture *f)
{
    together_flow_free(f->flow);
    runtime_free(f->runtime);
    loader_close(&f->loaded);
    diag_list_free(&f->diags);
    free(f);
}

static bool send(FlowFixture *f, TogetherEventKind kind, int player, int option)
{
    return together_flow_send(f->flow, (TogetherEvent){kind, player, option});
}

static const TogetherShow *shown(FlowFixture *f)
{
    return together_flow_show(f->flow);
}

/* Both pick in turn, each after a hand-over: player 1 then player 2. */
static void pick_in_turn(FlowFixture *f, int first, int second)
{
    assert_int_equal(shown(f)->stage, TOGETHER_HANDOVER);
    assert_int_equal(shown(f)->player, 0);
    assert_true(send(f, TEV_READY, 0, 0));
    assert_int_equal(shown(f)->stage, TOGETHER_PICK);
    assert_true(send(f, TEV_PICK, 0, first));
    assert_int_equal(shown(f)->stage, TOGETHER_HANDOVER);
    assert_int_equal(shown(f)->player, 1);
    assert_true(send(f, TEV_READY, 0, 0));
    assert_true(send(f, TEV_PICK, 1, second));
    assert_int_equal(shown(f)->stage, TOGETHER_BOTH_IN);
}

/* The choice the story took at decision i, as the players saw it. */
static const char *followed(FlowFixture *f, int i)
{
    const Step *step = &runtime_record(f->runtime)->steps[i];
    for (int o = 0; o < step->offered_count; o++)
        if (step->offered[o].choice == step->choice) return step->offered[o].text;
    return "";
}

/* In turn: each pick stays private (only that someone has chosen shows) until both are in; where
   they differ the leader's is followed and the lead passes; the scenario's reaction; the end. */
static void in_turn_the_lead_passes_and_the_story_ends(void **state)
{
    (void)state;
    FlowFixture *f = open_fixture("tests/fixtures/valid.lua", TOGETHER_REVEAL, LEAD_TURNS);
    const TogetherShow *show = shown(f);
    assert_int_equal(show->stage, TOGETHER_HANDOVER);
    assert_true(show->offer_at_once);      /* two options: a key each */
    assert_false(send(f, TEV_PICK, 0, 0)); /* not before player 1 is ready */
    assert_false(send(f, TEV_FOLLOW, -1, 0));
    assert_true(send(f, TEV_READY, 0, 0));
    assert_false(send(f, TEV_PICK, 0, 7)); /* not an option: nothing changes */
    assert_int_equal(shown(f)->stage, TOGETHER_PICK);
    assert_true(send(f, TEV_PICK, 0, 0)); /* "Seriously?" */
    show = shown(f);
    assert_true(show->picked[0]);
    assert_false(show->picked[1]);
    assert_int_equal(show->picks[0], PICK_NONE); /* what was picked stays hidden */
    assert_false(show->offer_at_once);           /* once one has picked, in turn */
    assert_true(send(f, TEV_READY, 0, 0));
    assert_true(send(f, TEV_PICK, 0, 1)); /* player 2: "What happened?" */
    show = shown(f);
    assert_int_equal(show->stage, TOGETHER_BOTH_IN);
    assert_int_equal(show->picks[0], 0);
    assert_int_equal(show->picks[1], 1);
    assert_false(show->agreed);
    assert_int_equal(show->leader, 0);
    assert_string_equal(show->reaction, "Two first instincts.");
    assert_int_equal(runtime_record(f->runtime)->count, 0); /* nothing happened yet */
    assert_true(send(f, TEV_FOLLOW, -1, 0));                /* the leader's */
    assert_string_equal(followed(f, 0), "Seriously?");
    assert_int_equal(shown(f)->leader, 1); /* the lead passes */
    pick_in_turn(f, 1, 1);                 /* both: "Let's eat." */
    assert_true(shown(f)->agreed);
    assert_null(shown(f)->reaction); /* node b says nothing either way */
    assert_true(send(f, TEV_FOLLOW, 0, 0));
    assert_int_equal(shown(f)->stage, TOGETHER_ENDING);
    assert_int_equal(shown(f)->view->kind, VIEW_ENDING);
    assert_false(send(f, TEV_READY, 0, 0)); /* the story is over */
    assert_false(send(f, TEV_PICK, 0, 0));
    assert_false(send(f, TEV_AT_ONCE, 0, 1));
    close_fixture(f);
}

/* --lead 1 and --lead 2: the same player leads every decision; the players may still name the
   pick to follow, and in turns the lead then passes on from the one followed. */
static void each_lead_rule_decides_whose_pick_is_followed(void **state)
{
    (void)state;
    for (int lead = 0; lead < PLAYERS; lead++) {
        FlowFixture *f = open_fixture("tests/fixtures/valid.lua", TOGETHER_REVEAL, lead);
        pick_in_turn(f, 0, 1);
        assert_int_equal(shown(f)->leader, lead);
        assert_true(send(f, TEV_FOLLOW, -1, 0));
        assert_string_equal(followed(f, 0), lead ? "What happened?" : "Seriously?");
        assert_int_equal(shown(f)->leader, lead); /* it stays with them */
        close_fixture(f);
    }
    FlowFixture *f = open_fixture("tests/fixtures/valid.lua", TOGETHER_REVEAL, LEAD_TURNS);
    pick_in_turn(f, 0, 1);
    assert_false(send(f, TEV_FOLLOW, 2, 0)); /* no third player */
    assert_true(send(f, TEV_FOLLOW, 1, 0));  /* player 1 leads, but they follow 2 */
    assert_string_equal(followed(f, 0), "What happened?");
    assert_int_equal(shown(f)->leader, 0); /* the lead passes on from player 2 */
    close_fixture(f);
}

/* At once: no hand-over, either player first, a pick may change until both are in; switching
   back drops this decision's picks, so it is chosen afresh. */
static void at_once_both_pick_on_their_own_keys(void **state)
{
    (void)state;
    FlowFixture *f = open_fixture("tests/fixtures/valid.lua", TOGETHER_REVEAL, LEAD_TURNS);
    assert_true(send(f, TEV_AT_ONCE, 0, 1));
    const TogetherShow *show = shown(f);
    assert_int_equal(show->stage, TOGETHER_AT_ONCE);
    assert_true(show->at_once);
    assert_false(send(f, TEV_READY, 0, 0));
    assert_true(send(f, TEV_PICK, 1, 0));  /* player 2 first */
    assert_true(send(f, TEV_PICK, 1, 1));  /* and changes their mind */
    assert_false(send(f, TEV_PICK, 2, 0)); /* no third player */
    assert_int_equal(shown(f)->stage, TOGETHER_AT_ONCE);
    assert_true(shown(f)->picked[1]);
    assert_true(send(f, TEV_PICK, 0, 1));
    show = shown(f);
    assert_int_equal(show->stage, TOGETHER_BOTH_IN);
    assert_true(show->agreed);
    assert_string_equal(show->reaction, "Same first instinct.");
    assert_true(send(f, TEV_FOLLOW, -1, 0));
    assert_int_equal(shown(f)->stage, TOGETHER_AT_ONCE); /* the next decision, at once too */
    assert_true(send(f, TEV_PICK, 0, 1));                /* "Fine." ("Sorry" is hidden now) */
    assert_true(send(f, TEV_AT_ONCE, 0, 0));             /* back to turns: chosen afresh */
    show = shown(f);
    assert_int_equal(show->stage, TOGETHER_HANDOVER);
    assert_false(show->picked[0]);
    assert_false(show->at_once);
    close_fixture(f);
}

/* Six options are more than the at-once keys: that decision falls back to hand-overs; a line
   with one way on is a story step for both. */
static void too_many_options_fall_back_to_hand_overs(void **state)
{
    (void)state;
    FlowFixture *f = open_fixture("tests/fixtures/six_options.lua", TOGETHER_REVEAL, LEAD_TURNS);
    assert_int_equal(shown(f)->stage, TOGETHER_STORY); /* "Hello.", to continue past */
    assert_int_equal(shown(f)->view->kind, VIEW_CONTINUE);
    assert_true(send(f, TEV_AT_ONCE, 0, 1)); /* on, for the decisions to come */
    assert_int_equal(shown(f)->stage, TOGETHER_STORY);
    assert_true(send(f, TEV_PICK, 0, 0));
    const TogetherShow *show = shown(f);
    assert_int_equal(show->view->choice_count, 6);
    assert_int_equal(show->stage, TOGETHER_HANDOVER);
    assert_true(show->at_once);
    assert_false(show->offer_at_once);
    pick_in_turn(f, 5, 5); /* both: "Break it." */
    assert_true(send(f, TEV_FOLLOW, -1, 0));
    assert_int_equal(shown(f)->stage, TOGETHER_BROKEN); /* the line fails: the story stops */
    assert_false(send(f, TEV_PICK, 0, 0));
    assert_false(send(f, TEV_AT_ONCE, 0, 0));
    close_fixture(f);
}

/* Take a side: a hand-over when the decision passes to the other role, none at the same role's
   next one; the player whose turn it is decides, with nothing private about it. */
static void each_takes_a_side(void **state)
{
    (void)state;
    FlowFixture *f = open_fixture("tests/fixtures/two_roles.lua", TOGETHER_SIDES, LEAD_TURNS);
    const TogetherShow *show = shown(f);
    assert_int_equal(show->stage, TOGETHER_HANDOVER);
    assert_int_equal(show->player, 0); /* Alex, player 1's role */
    assert_string_equal(show->view->turn_name, "Alex");
    assert_false(show->offer_at_once);
    assert_false(send(f, TEV_AT_ONCE, 0, 1)); /* nothing to pick at once */
    assert_true(send(f, TEV_READY, 0, 0));
    assert_int_equal(shown(f)->stage, TOGETHER_STORY);
    assert_true(send(f, TEV_PICK, 0, 0)); /* "Tell me about it?" */
    show = shown(f);
    assert_int_equal(show->stage, TOGETHER_HANDOVER);
    assert_int_equal(show->player, 1); /* Sam's turn: player 2 */
    assert_true(send(f, TEV_READY, 0, 0));
    assert_false(send(f, TEV_FOLLOW, -1, 0));
    assert_true(send(f, TEV_PICK, 0, 0));
    assert_int_equal(shown(f)->stage, TOGETHER_ENDING);
    assert_int_equal(together_flow_picks(f->flow)->count, 0); /* no pairs of picks to weigh */
    close_fixture(f);
}

/* The debrief for two, as both front ends and the kept file read it; kept only when asked. */
static void the_debrief_for_two_and_keeping_it(void **state)
{
    (void)state;
    FlowFixture *f = open_fixture("tests/fixtures/valid.lua", TOGETHER_REVEAL, LEAD_TURNS);
    pick_in_turn(f, 0, 1);
    assert_true(send(f, TEV_FOLLOW, 1, 0)); /* they follow player 2 */
    pick_in_turn(f, 1, 1);                  /* both: "Fine." ("Sorry" is hidden) */
    assert_true(send(f, TEV_FOLLOW, -1, 0));
    assert_int_equal(shown(f)->stage, TOGETHER_ENDING);
    TogetherDebrief two;
    assert_true(together_debrief_build(together_flow_picks(f->flow), &two));
    assert_int_equal(two.decisions, 2);
    assert_int_equal(two.agreed, 1);
    assert_false(two.each[0].agreed);
    assert_string_equal(two.each[0].said[0], "Seriously?");
    assert_string_equal(two.each[0].said[1], "What happened?");
    assert_int_equal(two.each[0].followed, 1);
    assert_true(two.each[1].agreed);
    assert_string_equal(two.each[1].said[1], "Fine.");
    assert_int_equal(two.threads[0][THREAD_LISTEN], LEVEL_NOT_THIS_TIME);
    assert_int_equal(two.threads[1][THREAD_LISTEN], LEVEL_SOME);
    together_debrief_free(&two);
    const char *path = "build/test_together_flow_kept.md";
    remove(path);
    assert_null(test_read_file(path)); /* the flow itself keeps nothing */
    char why[4500];
    assert_true(
        together_save(together_flow_picks(f->flow), path, "2026-12-05 06:00", why, sizeof why));
    char *kept = test_read_file(path);
    assert_non_null(strstr(kept, "Ending: Bad."));
    assert_non_null(strstr(kept, "1. Player 1 chose: \"Seriously?\"; player 2 chose: \"What "
                                 "happened?\". The story followed player 2.\n2. Both chose: "
                                 "\"Fine.\"\n"));
    free(kept);
    remove(path);
    close_fixture(f);
}

int run_together_flow_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(in_turn_the_lead_passes_and_the_story_ends),
        cmocka_unit_test(each_lead_rule_decides_whose_pick_is_followed),
        cmocka_unit_test(at_once_both_pick_on_their_own_keys),
        cmocka_unit_test(too_many_options_fall_back_to_hand_overs),
        cmocka_unit_test(each_takes_a_side),
        cmocka_unit_test(the_debrief_for_two_and_keeping_it),
    };
    return cmocka_run_group_tests_name("together flow", tests, NULL, NULL);
}
