/* test_workshop_flow.c: the workshop's state machine driven headless through every stage:
   discussion with a countdown, votes typed and changed, a majority, ties and zero votes, a locked
   option, rewinds, ending early, starting again, and the log the report is written from. */
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/workshop_flow.h"
#include "tests.h"

typedef struct FlowFixture {
    DiagList diags;
    LoadedScenario flow_file, mini;
    WorkshopFlow *flow;
} FlowFixture;

static char *playlist[] = {"tests/fixtures/workshop_flow.lua", "tests/fixtures/valid.lua"};

static int open_flow(void **state)
{
    FlowFixture *f = calloc(1, sizeof *f);
    LoaderOptions options = test_loader_options();
    if (!f || !loader_open(playlist[0], &options, &f->diags, &f->flow_file) ||
        !loader_open(playlist[1], &options, &f->diags, &f->mini))
        return -1;
    f->flow = workshop_flow_new(playlist, 2);
    *state = f;
    return f->flow ? 0 : -1;
}

static int close_flow(void **state)
{
    FlowFixture *f = *state;
    workshop_flow_free(f->flow);
    loader_close(&f->flow_file);
    loader_close(&f->mini);
    diag_list_free(&f->diags);
    free(f);
    return 0;
}

static bool send(WorkshopFlow *flow, WorkshopEventKind kind, int option, int count, uint32_t now)
{
    return workshop_flow_send(flow, (WorkshopEvent){kind, option, count}, now);
}

static WorkshopStage stage(WorkshopFlow *flow) { return workshop_flow_show(flow, 0)->stage; }

/* Opens the playlist's scenario the flow names, as a front end would, at 1 s. */
static void begin(FlowFixture *f)
{
    const WorkshopShow *show = workshop_flow_show(f->flow, 0);
    assert_int_equal(show->stage, WORKSHOP_OPEN);
    const LoadedScenario *loaded = strcmp(show->path, playlist[0]) == 0 ? &f->flow_file : &f->mini;
    assert_true(workshop_flow_begin(f->flow, loaded->scenario, &loaded->hooks, 1000));
}

static void a_discussion_comes_before_the_story_goes_on(void **state)
{
    FlowFixture *f = *state;
    begin(f);
    const WorkshopShow *show = workshop_flow_show(f->flow, 1000);
    assert_int_equal(show->stage, WORKSHOP_DISCUSS);
    assert_string_equal(show->prompt, "What is Sam feeling?");
    assert_false(show->timed);
    assert_false(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 1000));          /* no vote during a discussion */
    assert_true(send(f->flow, WEV_GO_ON, 0, 0, 31000));
    assert_int_equal(stage(f->flow), WORKSHOP_STORY);                 /* the scene has no choices */
    assert_int_equal(workshop_flow_session(f->flow)->pause_count, 1);
    assert_int_equal(workshop_flow_session(f->flow)->pauses[0].seconds, 30);
    assert_true(send(f->flow, WEV_GO_ON, 0, 0, 32000));
    show = workshop_flow_show(f->flow, 32000);
    assert_int_equal(show->stage, WORKSHOP_VOTE);
    assert_int_equal(show->option_count, 3);
    assert_true(show->view->choices[0].locked);                       /* too hot to think */
}

static void the_countdown_starts_pauses_and_stops(void **state)
{
    FlowFixture *f = *state;
    send(f->flow, WEV_NEXT, 0, 0, 0);
    begin(f);                                                         /* valid.lua: a vote first */
    assert_true(send(f->flow, WEV_SET_VOTES, 1, 11, 0));
    assert_true(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0));
    const WorkshopShow *show = workshop_flow_show(f->flow, 0);
    assert_int_equal(show->stage, WORKSHOP_DISCUSS);
    assert_true(show->timed);
    assert_int_equal(show->ms_left, 120000);
    assert_true(send(f->flow, WEV_COUNTDOWN, 0, 0, 1000));
    assert_true(workshop_flow_show(f->flow, 31000)->counting);
    assert_int_equal(workshop_flow_show(f->flow, 31000)->ms_left, 90000);
    assert_true(send(f->flow, WEV_COUNTDOWN, 0, 0, 31000));          /* paused */
    assert_int_equal(workshop_flow_show(f->flow, 91000)->ms_left, 90000);
    assert_true(send(f->flow, WEV_COUNTDOWN_STOP, 0, 0, 91000));
    assert_int_equal(workshop_flow_show(f->flow, 91000)->ms_left, 0);
    assert_true(send(f->flow, WEV_GO_ON, 0, 0, 95000));
    assert_int_equal(stage(f->flow), WORKSHOP_VOTE);
}

static void the_majority_leads_and_a_tie_is_the_facilitators(void **state)
{
    FlowFixture *f = *state;
    begin(f);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    assert_true(send(f->flow, WEV_SET_VOTES, 1, 5, 0));
    assert_true(send(f->flow, WEV_SET_VOTES, 2, 5, 0));
    assert_false(send(f->flow, WEV_SET_VOTES, 3, 5, 0));              /* no option D */
    assert_false(send(f->flow, WEV_SET_VOTES, 1, -2, 0));
    assert_true(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0));
    assert_int_equal(stage(f->flow), WORKSHOP_TIE);
    assert_false(send(f->flow, WEV_GO_ON, 0, 0, 0));                  /* a tie waits for a pick */
    assert_false(send(f->flow, WEV_PICK, 0, 0, 0));                   /* locked */
    assert_true(send(f->flow, WEV_PICK, 1, 0, 0));
    assert_int_equal(stage(f->flow), WORKSHOP_ENDING);
    const Session *session = workshop_flow_session(f->flow);
    assert_int_equal(session->vote_count, 1);
    assert_true(session->votes[0].facilitator_pick);
    assert_int_equal(session->votes[0].followed, 1);
    assert_int_equal(session->votes[0].counts[2], 5);
    assert_string_equal(session->scenarios[0].ending, "Kind");
}

static void zero_votes_and_a_locked_majority_go_to_the_facilitator(void **state)
{
    FlowFixture *f = *state;
    begin(f);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    assert_true(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0));              /* nobody voted */
    assert_int_equal(stage(f->flow), WORKSHOP_TIE);
    send(f->flow, WEV_RESTART, 0, 0, 0);
    begin(f);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    assert_true(send(f->flow, WEV_SET_VOTES, 0, 9, 0));               /* most want the locked one */
    assert_true(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0));
    assert_int_equal(stage(f->flow), WORKSHOP_TIE);
    assert_int_equal(workshop_flow_show(f->flow, 0)->tie, TIE_LOCKED);
    assert_true(send(f->flow, WEV_PICK, 2, 0, 0));
    assert_string_equal(workshop_flow_session(f->flow)->scenarios[1].ending, "Late");
}

/* A tie or an all-zero vote asks before it is recorded: the facilitator confirms an option, or
   corrects a count, which opens the vote again; nothing is logged until then. */
static void a_tie_or_no_votes_asks_before_it_is_recorded(void **state)
{
    FlowFixture *f = *state;
    begin(f);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    const Session *session = workshop_flow_session(f->flow);
    assert_true(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0));              /* the hands were forgotten */
    const WorkshopShow *show = workshop_flow_show(f->flow, 0);
    assert_int_equal(show->stage, WORKSHOP_TIE);
    assert_int_equal(show->tie, TIE_NO_VOTES);
    assert_int_equal(session->vote_count, 0);
    assert_true(send(f->flow, WEV_SET_VOTES, 1, 5, 0));               /* corrected: open again */
    assert_int_equal(stage(f->flow), WORKSHOP_VOTE);
    assert_int_equal(workshop_flow_show(f->flow, 0)->tie, TIE_NONE);
    assert_true(send(f->flow, WEV_SET_VOTES, 2, 5, 0));
    assert_true(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0));
    show = workshop_flow_show(f->flow, 0);
    assert_int_equal(show->tie, TIE_EVEN);
    assert_int_equal(show->tied, 1u << 1 | 1u << 2);
    assert_false(send(f->flow, WEV_SET_VOTES, 2, -1, 0));             /* no correction: still asks */
    assert_int_equal(stage(f->flow), WORKSHOP_TIE);
    assert_int_equal(session->vote_count, 0);
    assert_true(send(f->flow, WEV_ADD_VOTES, 1, 1, 0));               /* one hand was missed */
    assert_true(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0));
    assert_int_equal(stage(f->flow), WORKSHOP_ENDING);
    assert_int_equal(session->vote_count, 1);
    assert_false(session->votes[0].facilitator_pick);
    assert_int_equal(session->votes[0].counts[1], 6);
}

static void phones_change_their_votes(void **state)
{
    FlowFixture *f = *state;
    begin(f);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    send(f->flow, WEV_GO_ON, 0, 0, 0);
    assert_true(send(f->flow, WEV_ADD_VOTES, 2, 1, 0));
    assert_true(send(f->flow, WEV_ADD_VOTES, 2, 1, 0));
    assert_true(send(f->flow, WEV_ADD_VOTES, 1, 1, 0));
    assert_true(send(f->flow, WEV_ADD_VOTES, 2, -1, 0));              /* one phone changes its mind */
    assert_true(send(f->flow, WEV_ADD_VOTES, 1, 1, 0));
    assert_false(send(f->flow, WEV_ADD_VOTES, 0, -1, 0));             /* never below zero */
    const WorkshopShow *show = workshop_flow_show(f->flow, 0);
    assert_int_equal(show->counts[1], 2);
    assert_int_equal(show->counts[2], 1);
    assert_true(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0));
    assert_int_equal(stage(f->flow), WORKSHOP_ENDING);
    assert_false(workshop_flow_session(f->flow)->votes[0].facilitator_pick);
}

static void a_rewind_keeps_the_branch_left_behind(void **state)
{
    FlowFixture *f = *state;
    send(f->flow, WEV_NEXT, 0, 0, 0);
    begin(f);
    assert_false(send(f->flow, WEV_REWIND, 0, 0, 0));                 /* nothing to go back to yet */
    send(f->flow, WEV_SET_VOTES, 1, 3, 0);
    send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0);
    send(f->flow, WEV_GO_ON, 0, 0, 0);                                /* the discussion at b */
    send(f->flow, WEV_SET_VOTES, 0, 3, 0);
    send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0);
    const WorkshopShow *show = workshop_flow_show(f->flow, 0);
    assert_int_equal(show->stage, WORKSHOP_ENDING);
    assert_int_equal(show->decisions, 2);
    assert_true(send(f->flow, WEV_REWIND, 0, 0, 0));
    assert_int_equal(stage(f->flow), WORKSHOP_REWIND);
    assert_true(send(f->flow, WEV_GO_ON, 0, 0, 0));                   /* changed its mind: the ending again */
    assert_int_equal(stage(f->flow), WORKSHOP_ENDING);
    send(f->flow, WEV_REWIND, 0, 0, 0);
    assert_false(send(f->flow, WEV_REWIND_TO, 2, 0, 0));
    assert_true(send(f->flow, WEV_REWIND_TO, 1, 0, 0));
    show = workshop_flow_show(f->flow, 0);
    assert_int_equal(show->stage, WORKSHOP_VOTE);                     /* the discussion is not held twice */
    assert_int_equal(show->decisions, 1);
    assert_int_equal(show->branch_from, 1);
    assert_string_equal(show->branch, "A. Let's eat.\n   Sam: Love you.\n(Good)\n");
    send(f->flow, WEV_SET_VOTES, 1, 3, 0);
    send(f->flow, WEV_CLOSE_VOTE, 0, 0, 0);
    const Session *session = workshop_flow_session(f->flow);
    assert_int_equal(session->scenarios[0].rewinds, 1);
    assert_int_equal(session->votes[2].rewound_to, 2);
    assert_string_equal(session->scenarios[0].ending, "Bad");
}

static void ending_early_starting_again_and_the_end(void **state)
{
    FlowFixture *f = *state;
    begin(f);
    const WorkshopShow *show = workshop_flow_show(f->flow, 0);
    assert_int_equal(show->scenario, 0);
    assert_false(show->last);
    assert_true(send(f->flow, WEV_NEXT, 0, 0, 0));                    /* left before its ending */
    show = workshop_flow_show(f->flow, 0);
    assert_int_equal(show->stage, WORKSHOP_OPEN);
    assert_string_equal(show->path, playlist[1]);
    assert_true(show->last);
    assert_null(show->view);
    assert_false(send(f->flow, WEV_GO_ON, 0, 0, 0));
    assert_true(send(f->flow, WEV_NEXT, 0, 0, 0));                    /* it would not load: skipped */
    assert_int_equal(stage(f->flow), WORKSHOP_OVER);
    assert_false(send(f->flow, WEV_RESTART, 0, 0, 0));                /* over is over */
    assert_null(workshop_flow_session(f->flow)->scenarios[0].ending);
    WorkshopFlow *again = workshop_flow_new(playlist, 2);
    assert_non_null(again);
    assert_true(workshop_flow_begin(again, f->flow_file.scenario, &f->flow_file.hooks, 0));
    assert_true(workshop_flow_send(again, (WorkshopEvent){WEV_RESTART, 0, 0}, 0));
    assert_string_equal(workshop_flow_show(again, 0)->path, playlist[0]);
    assert_true(workshop_flow_send(again, (WorkshopEvent){WEV_END, 0, 0}, 0));
    assert_int_equal(workshop_flow_show(again, 0)->stage, WORKSHOP_OVER);
    assert_null(workshop_flow_show(again, 0)->path);
    workshop_flow_free(again);
}

/* Plays flow.lua's one vote: the room follows option with count votes. */
static void vote_once(FlowFixture *f, int option, int count)
{
    begin(f);
    send(f->flow, WEV_GO_ON, 0, 0, 31000);   /* a discussion of 30 s */
    send(f->flow, WEV_GO_ON, 0, 0, 31000);
    assert_true(send(f->flow, WEV_SET_VOTES, option, count, 31000));
    assert_true(send(f->flow, WEV_CLOSE_VOTE, 0, 0, 31000));
}

/* "Play again for the next group" is a new run: its rows say so and never join the last group's.
   Every row names the session, the group and the decision; each option, its tags; and the group's
   name stays inert in a spreadsheet. */
static void a_new_run_gets_rows_of_its_own(void **state)
{
    FlowFixture *f = *state;
    Session *session = workshop_flow_session(f->flow);
    session_set_group(session, "=HYPERLINK(\"x\")");
    snprintf(session->id, sizeof session->id, "2026-12-05-09-00");
    vote_once(f, 1, 6);
    assert_true(send(f->flow, WEV_RESTART, 0, 0, 0));
    assert_true(send(f->flow, WEV_RESTART, 0, 0, 0));   /* twice, nothing begun: still run 2 */
    vote_once(f, 2, 4);
    char *csv = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&csv, &size);
    session_write_csv(session, out);
    fclose(out);
    const char *expected[] = {
        ("session,group,run,scenario,kind,decision,node,option,text,skills,pitfalls,votes,followed,"
         "seconds,ending\r\n"),
        "\"2026-12-05-09-00\",\"'=HYPERLINK(\"\"x\"\")\",1,\"flow\",vote,1,\"talk\",A,",
        ",1,\"flow\",vote,1,\"talk\",B,\"I'll give you a minute.\",\"self_soothe\",\"\",6,yes,,\r\n",
        ",1,\"flow\",discussion,,\"door\",,\"What is Sam feeling?\",,,,,30,\r\n",
        ",1,\"flow\",ending,,,,,,,,,,\"Kind\"\r\n",
        ",2,\"flow\",vote,1,\"talk\",C,\"Fine, be like that.\",\"\",\"stonewall\",4,yes,,\r\n",
        ",2,\"flow\",ending,,,,,,,,,,\"Late\"\r\n",
    };
    const char *at = csv;
    for (size_t i = 0; i < sizeof expected / sizeof *expected; i++) {   /* in this order */
        const char *found = strstr(at, expected[i]);
        if (!found) fail_msg("no row %s after\n%s", expected[i], at);
        at = found + strlen(expected[i]);
    }
    assert_null(strstr(csv, ",3,"));
    assert_int_equal(session->scenarios[1].run, 2);
    free(csv);
    out = open_memstream(&csv, &size);
    session_write_markdown(session, "2026-12-05 09:00", out);
    fclose(out);
    assert_non_null(strstr(csv, "- Runs: 2 "));
    assert_non_null(strstr(csv, "*Run 2: the playlist again, for the next group.*\n\n## 2. Flow"));
    free(csv);
}

int run_workshop_flow_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(a_discussion_comes_before_the_story_goes_on, open_flow, close_flow),
        cmocka_unit_test_setup_teardown(the_countdown_starts_pauses_and_stops, open_flow, close_flow),
        cmocka_unit_test_setup_teardown(the_majority_leads_and_a_tie_is_the_facilitators, open_flow, close_flow),
        cmocka_unit_test_setup_teardown(zero_votes_and_a_locked_majority_go_to_the_facilitator, open_flow, close_flow),
        cmocka_unit_test_setup_teardown(a_tie_or_no_votes_asks_before_it_is_recorded, open_flow, close_flow),
        cmocka_unit_test_setup_teardown(phones_change_their_votes, open_flow, close_flow),
        cmocka_unit_test_setup_teardown(a_rewind_keeps_the_branch_left_behind, open_flow, close_flow),
        cmocka_unit_test_setup_teardown(ending_early_starting_again_and_the_end, open_flow, close_flow),
        cmocka_unit_test_setup_teardown(a_new_run_gets_rows_of_its_own, open_flow, close_flow),
    };
    return cmocka_run_group_tests_name("workshop flow", tests, NULL, NULL);
}
