/* test_together.c: pick-then-reveal, tallies and their tie rule, countdowns on a fake clock, and
   the session report, byte for byte against golden files for a scripted session. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/together.h"
#include "../../engine/core/workshop.h"
#include "../../engine/text/text_together.h"
#include "../../engine/text/text_workshop.h"
#include "../../engine/core/together_debrief.h"
#include "tests.h"

/* The mini scenario, in authored order, for two players to pick in. */
typedef struct TwoPlayers {
    DiagList diags;
    LoadedScenario loaded;
    Runtime *runtime;
} TwoPlayers;

static int open_mini(void **state)
{
    TwoPlayers *fixture = calloc(1, sizeof *fixture);
    LoaderOptions options = test_loader_options();
    if (!fixture || !loader_open("tests/fixtures/valid.lua", &options, &fixture->diags, &fixture->loaded)) return -1;
    fixture->runtime = runtime_new(fixture->loaded.scenario, &fixture->loaded.hooks, 0, false);
    *state = fixture;
    return fixture->runtime ? 0 : -1;
}

static int close_mini(void **state)
{
    TwoPlayers *fixture = *state;
    runtime_free(fixture->runtime);
    loader_close(&fixture->loaded);
    diag_list_free(&fixture->diags);
    free(fixture);
    return 0;
}

static void picks_stay_private_until_both_are_in(void **state)
{
    Runtime *rt = ((TwoPlayers *)*state)->runtime;
    Together t;
    together_init(&t, rt, 0, true);
    assert_true(together_pick(&t, 1, 1));                    /* player two: "What happened?" */
    assert_false(together_both_picked(&t));
    assert_false(together_reveal(&t));                       /* nothing happens until both pick */
    assert_int_equal(runtime_record(rt)->count, 0);
    assert_false(together_pick(&t, 0, 7));                   /* not an option */
    assert_true(together_pick(&t, 0, 0));                    /* player one: "Seriously?" */
    assert_true(together_reveal(&t));                        /* player one leads: the story follows them */
    assert_int_equal(runtime_record(rt)->steps[0].choice, 0);
    assert_int_equal(t.picks[0].choice[1], 1);
    assert_int_equal(t.leader, 1);                           /* the lead passes */
    assert_true(together_pick(&t, 0, 1));
    assert_true(together_pick(&t, 1, 1));
    assert_true(together_reveal(&t));
    assert_int_equal(together_agreed(&t), 1);
    ThreadLevel one[THREAD_COUNT], two[THREAD_COUNT];
    together_threads(&t, 0, one);
    together_threads(&t, 1, two);
    assert_int_equal(one[THREAD_LISTEN], LEVEL_NOT_THIS_TIME);   /* criticism first */
    assert_int_equal(two[THREAD_LISTEN], LEVEL_SOME);            /* an open question first */
    together_free(&t);
}

static void the_players_can_follow_either_pick(void **state)
{
    Runtime *rt = ((TwoPlayers *)*state)->runtime;
    Together t;
    together_init(&t, rt, 0, true);
    assert_true(together_pick(&t, 0, 0));
    assert_true(together_pick(&t, 1, 1));
    together_follow(&t, 1);                                  /* player one's turn to lead, but they follow player two */
    assert_true(together_reveal(&t));
    assert_int_equal(runtime_record(rt)->steps[0].choice, 1);
    assert_int_equal(t.picks[0].leader, 1);
    assert_int_equal(t.leader, 0);                           /* the lead passes on from player two */
    together_free(&t);
    together_init(&t, rt, 1, false);                         /* player two always leads */
    assert_true(together_pick(&t, 0, 0));                    /* "Let's eat." ("Sorry" is hidden now) */
    assert_true(together_pick(&t, 1, 1));                    /* "Fine." */
    assert_true(together_reveal(&t));
    assert_int_equal(runtime_record(rt)->steps[1].choice, 2);
    assert_int_equal(t.leader, 1);
    together_free(&t);
}

/* The scenario's line for agreeing or differing, read at the reveal; then who chose what, kept
   only in the file asked for, written whole. */
static void the_scene_reacts_and_the_picks_are_kept_only_on_request(void **state)
{
    Runtime *rt = ((TwoPlayers *)*state)->runtime;
    Together t;
    together_init(&t, rt, 0, true);
    assert_null(together_reaction(&t));                      /* not before both have picked */
    assert_true(together_pick(&t, 0, 0));
    assert_true(together_pick(&t, 1, 1));
    assert_string_equal(together_reaction(&t), "Two first instincts.");
    assert_true(together_reveal(&t));                        /* player one leads: "Seriously?" */
    assert_true(together_pick(&t, 0, 1));                    /* "Let's eat.", both */
    assert_true(together_pick(&t, 1, 1));
    assert_null(together_reaction(&t));                      /* node b says nothing either way */
    assert_true(together_reveal(&t));
    assert_string_equal(together_said(&t, 0, 1), "What happened?");
    TogetherDebrief two;     /* where they differed, each line quoted once as the debrief does */
    assert_true(together_debrief_build(&t, &two));
    StrBuf differed = {0};
    together_differed(&two.each[0], "1 chose %s; 2 chose %s.", &differed);
    assert_string_equal(strbuf_text(&differed), "1 chose \"Seriously?\"; 2 chose \"What happened?\".");
    strbuf_free(&differed);
    together_debrief_free(&two);
    const char *path = "build/test_together_kept.md";
    char why[4500];
    remove(path);
    assert_true(together_save(&t, path, "2026-11-26 15:00", why, sizeof why));
    char *kept = test_read_file(path);
    assert_string_equal(kept, "# Played together: Mini\n\n2026-11-26 15:00. Kept because you chose to save it.\n\n"
                              "Ending: Good.\n\nYou agreed at 1 of 2 decisions.\n\n## Decision by decision\n\n"
                              "1. Player 1 chose: \"Seriously?\"; player 2 chose: \"What happened?\". The story followed player 1.\n"
                              "2. Both chose: \"Let's eat.\"\n\n## Threads\n\n| thread | player 1 | player 2 |\n|---|---|---|\n"
                              "| Listen | not this time | some |\n| Speak up | not this time | not this time |\n"
                              "| Turn toward | some | some |\n| Steady | not this time | not this time |\n"
                              "| Respect | not in this story | not in this story |\n");
    free(kept);
    assert_false(together_save(&t, "build/no_such_folder/kept.md", "2026-11-26 15:00", why, sizeof why));
    assert_non_null(strstr(why, "build/no_such_folder/kept.md"));
    remove(path);
    together_free(&t);
}

/* The terminal's pick, then reveal, driven by the together flow: --lead 2 follows player 2 where
   they differ; with --keep who chose what is in the file named, and without it nowhere. */
static void the_terminal_keeps_who_chose_what_only_when_asked(void **state)
{
    TwoPlayers *fixture = *state;
    const char *path = "build/test_together_terminal.md";
    for (int keep = 0; keep < 2; keep++) {
        remove(path);
        int script[] = {1, 2, 1, 1};   /* differ, then both "Let's eat." */
        char *output = NULL;
        size_t size = 0;
        TextOptions options = {.script = script, .script_length = 4,
                               .out = open_memstream(&output, &size)};
        TogetherOptions two = {.mode = TOGETHER_REVEAL, .lead = 1, .keep = keep ? path : NULL};
        assert_int_equal(text_together(&fixture->loaded, &options, &two), 0);
        fclose(options.out);
        assert_non_null(strstr(output, "You chose differently; the story follows player 2."));
        assert_non_null(strstr(output, "Together: you agreed at 1 of 2 decisions."));
        char *kept = test_read_file(path);
        if (keep) {
            assert_non_null(strstr(output, "Who chose what is kept in build/test_together_terminal.md"));
            assert_non_null(strstr(kept, "The story followed player 2.\n2. Both chose: \"Let's eat.\""));
        } else {
            assert_non_null(strstr(output, "Nothing about who chose what has been kept."));
            assert_null(kept);
        }
        free(kept);
        free(output);
    }
    remove(path);
}

static void majority_wins_and_ties_go_to_the_facilitator(void **state)
{
    (void)state;
    bool tie;
    assert_int_equal(tally_winner((int[]){3, 7, 2}, 3, &tie), 1);
    assert_false(tie);
    assert_int_equal(tally_winner((int[]){5, 2, 5}, 3, &tie), TALLY_NONE);
    assert_true(tie);
    assert_int_equal(tally_winner((int[]){0, 0}, 2, &tie), TALLY_NONE);
    assert_false(tie);
    assert_int_equal(tally_winner((int[]){4, 4, 9}, 3, &tie), 2);   /* a tie below the top is no tie */
    assert_false(tie);
}

static void countdown_runs_pauses_and_skips_on_a_fake_clock(void **state)
{
    (void)state;
    Countdown c;
    countdown_set(&c, 180000);
    assert_int_equal(countdown_remaining(&c, 1000), 180000);   /* not started */
    countdown_start(&c, 1000);
    assert_int_equal(countdown_remaining(&c, 61000), 120000);
    countdown_pause(&c, 61000);
    assert_int_equal(countdown_remaining(&c, 999000), 120000);   /* paused: the clock does not count */
    countdown_start(&c, 999000);
    assert_int_equal(countdown_elapsed(&c, 1019000), 80000);
    assert_int_equal(countdown_remaining(&c, 5000000), 0);       /* it stops at zero */
    countdown_skip(&c, 1029000);
    assert_int_equal(countdown_elapsed(&c, 2000000), 90000);     /* time actually spent */
    assert_int_equal(countdown_remaining(&c, 2000000), 0);
}

/* A scripted session: two scenarios, votes (one a tie), a discussion, a rewind, an ending. */
static void build_session(Session *s, const Scenario *first, const Scenario *second)
{
    session_init(s);
    session_begin_scenario(s, first);
    session_log_vote(s, "a", (const char *[]){"Seriously?", "What happened?"}, (int[]){4, 11}, 2, 1, false);
    session_log_pause(s, "b", "What does Sam need, \"right now\"?", 95);
    session_log_vote(s, "b", (const char *[]){"Let's eat.", "Fine."}, (int[]){7, 7}, 2, 0, true);
    session_log_rewind(s, 0);                                /* back to "a": this time the room says A */
    session_log_vote(s, "a", (const char *[]){"Seriously?", "What happened?"}, (int[]){9, 6}, 2, 0, false);
    session_log_ending(s, "Good");
    session_begin_scenario(s, second);
    session_log_vote(s, "ask", (const char *[]){"Tell me about it?", "Mine too."}, (int[]){9, 3}, 2, 0, false);
}

static void report_matches_the_golden_files(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario a, b;
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &a));
    assert_true(loader_open("tests/fixtures/two_roles.lua", &options, &diags, &b));
    Session s;
    build_session(&s, a.scenario, b.scenario);
    const char *golden[] = {"tests/fixtures/session_report.md", "tests/fixtures/session_report.csv"};
    for (int i = 0; i < 2; i++) {
        char *text = NULL;
        size_t size = 0;
        FILE *out = open_memstream(&text, &size);
        if (i == 0) session_write_markdown(&s, "2026-11-26 14:05", out);
        else session_write_csv(&s, out);
        fclose(out);
        test_expect_golden(golden[i], text);
        free(text);
    }
    session_free(&s);
    loader_close(&a);
    loader_close(&b);
    diag_list_free(&diags);
}

static uint32_t fake_clock_ms;
static uint32_t fake_clock(void) { return fake_clock_ms += 47500; }   /* each reading 47.5 s later */

/* A terminal workshop over files, typed from in (closed after), reports in build/ dated date
   (none when NULL); returns what it printed (free it). */
static char *terminal_workshop(FILE *in, char **files, int count, const char *date,
                               const TextPhonesConfig *phones)
{
    char *output = NULL;
    size_t size = 0;
    fake_clock_ms = 0;
    WorkshopOptions options = {
        .text = {.in = in, .out = open_memstream(&output, &size)},
        .files = files, .file_count = count, .report_dir = date ? "build" : NULL,
        .now_ms = fake_clock, .date = date ? date : "", .phones = phones,
    };
    LoaderOptions loader = test_loader_options();
    assert_int_equal(text_workshop(&loader, &options), 0);
    fclose(in);
    fclose(options.text.out);
    return output;
}

/* A scripted two-scenario workshop in the terminal: a majority, a discussion, two ties decided
   by the facilitator; its report files match golden copies byte for byte. */
static void scripted_workshop_writes_the_expected_report(void **state)
{
    (void)state;
    char input[] = "\n4 11\n\n7 7\na\n\n9 3\n1 1\nb\n";   /* Enter after the notes, the first ending */
    char *output = NULL;
    size_t size = 0;
    char *files[] = {"tests/fixtures/valid.lua", "tests/fixtures/two_roles.lua"};
    fake_clock_ms = 0;
    const char *made[] = {"build/workshop-2026-11-26-14-05.md", "build/workshop-2026-11-26-14-05.csv"};
    for (int i = 0; i < 2; i++) remove(made[i]);   /* left by a failed run, it would make the name -2 */
    WorkshopOptions options = {
        .text = {.in = fmemopen(input, strlen(input), "r"), .out = open_memstream(&output, &size)},
        .files = files, .file_count = 2, .report_dir = "build", .now_ms = fake_clock, .date = "2026-11-26 14:05",
    };
    LoaderOptions loader = test_loader_options();
    assert_int_equal(text_workshop(&loader, &options), 0);
    fclose(options.text.in);
    fclose(options.text.out);
    assert_non_null(strstr(output, "The story follows B."));
    assert_non_null(strstr(output, "A tie between A, B.\nType the letter the story follows, or the "
                                   "counts again to correct them.\n"));
    assert_non_null(strstr(output, "Discussion: What does Sam need right now?"));
    free(output);
    const char *golden[] = {"tests/fixtures/workshop_session.md", "tests/fixtures/workshop_session.csv"};
    for (int i = 0; i < 2; i++) {
        char *text = test_read_file(made[i]);
        assert_non_null(text);
        test_expect_golden(golden[i], text);
        free(text);
        remove(made[i]);
    }
}

/* Rewind works in the terminal too: "r 1" at the ending goes back to the first decision, shows
   the branch left behind, and the report counts the rewind. */
static void the_terminal_rewinds_to_an_earlier_decision(void **state)
{
    (void)state;
    char input[] = "\n4 11\n\n7 7\na\nr 3\nr 1\n2 9\n\n3 1\n\n";
    char *files[] = {"tests/fixtures/valid.lua"};
    char *output = terminal_workshop(fmemopen(input, strlen(input), "r"), files, 1,
                                     "2026-11-27 09:00", NULL);
    assert_non_null(strstr(output, "There is no decision 3 to go back to."));
    assert_non_null(strstr(output, "Back to decision 1. The first time, from there:\nB. What happened?\n"));
    assert_non_null(strstr(output, "The story follows B.\n\nSam: Thanks for asking."));
    free(output);
    char *report = test_read_file("build/workshop-2026-11-27-09-00.md");
    assert_non_null(report);
    assert_non_null(strstr(report, "Rewinds: 1."));
    free(report);
    remove("build/workshop-2026-11-27-09-00.md");
    remove("build/workshop-2026-11-27-09-00.csv");
}

/* An all-zero vote asks before it is recorded: the counts typed again are the ones kept. */
static void the_terminal_asks_before_recording_no_votes(void **state)
{
    (void)state;
    char input[] = "\n0 0\nr 4\n3 1\n\n0 1 0\n\n";
    char *files[] = {"tests/fixtures/valid.lua"};
    char *output = terminal_workshop(fmemopen(input, strlen(input), "r"), files, 1,
                                     "2026-11-27 10:00", NULL);
    assert_non_null(strstr(output, "No votes were counted.\nType the letter"));
    assert_non_null(strstr(output, "There is no decision 4 to go back to.\nNo votes were counted."));
    assert_non_null(strstr(output, "A ############################## 3\nB ########## 1\nThe story follows A."));
    free(output);
    char *csv = test_read_file("build/workshop-2026-11-27-10-00.csv");
    assert_non_null(csv);
    assert_null(strstr(csv, "\"criticism\",0,"));              /* the zero vote was never kept */
    assert_non_null(strstr(csv, "\"Seriously?\",\"\",\"criticism\",3,yes,"));
    free(csv);
    remove("build/workshop-2026-11-27-10-00.md");
    remove("build/workshop-2026-11-27-10-00.csv");
}

/* With phones, "r N" while the phones vote is a rewind, not hands: a decision that is not there
   is said and the vote goes on; one that is leaves the vote for the decision gone back to. */
static void the_terminal_rewinds_while_the_phones_vote(void **state)
{
    (void)state;
    const char *path = "build/test_phones_rewind_input.txt";
    FILE *in = fopen(path, "w+");   /* a real file: the terminal polls its descriptor */
    assert_non_null(in);
    fputs("\nr 3\n\na\n\nr 1\n\nb\n\n\nb\n\n\n", in);
    rewind(in);
    char *files[] = {"tests/fixtures/valid.lua"};
    TextPhonesConfig phones = {.bind = "127.0.0.1", .lang = ""};
    char *output = terminal_workshop(in, files, 1, NULL, &phones);
    remove(path);
    assert_null(strstr(output, "Please type"));            /* "r 3" was never taken for hands */
    assert_non_null(strstr(output, "There is no decision 3 to go back to."));
    assert_non_null(strstr(output, "Back to decision 1. The first time, from there:\nA. Seriously?"));
    assert_non_null(strstr(output, "The story follows B."));
    free(output);
}

/* Content notes wait for Enter before a scenario starts; "n" skips it, for a room that would
   rather sit it out. */
static void the_terminal_waits_after_content_notes(void **state)
{
    (void)state;
    char input[] = "n\n";
    char *files[] = {"tests/fixtures/valid.lua", "tests/fixtures/two_roles.lua"};
    char *output = terminal_workshop(fmemopen(input, strlen(input), "r"), files, 2, NULL, NULL);
    assert_non_null(strstr(output, "Content notes: a test.\n\nPress Enter to start, or type n to "
                                   "skip this scenario.\n> n\n\n---- Next scenario ----\n"));
    assert_null(strstr(output, "Hi there."));                  /* Mini never started */
    free(output);
}

int run_together_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(picks_stay_private_until_both_are_in, open_mini, close_mini),
        cmocka_unit_test_setup_teardown(the_players_can_follow_either_pick, open_mini, close_mini),
        cmocka_unit_test_setup_teardown(the_scene_reacts_and_the_picks_are_kept_only_on_request, open_mini, close_mini),
        cmocka_unit_test_setup_teardown(the_terminal_keeps_who_chose_what_only_when_asked, open_mini, close_mini),
        cmocka_unit_test(majority_wins_and_ties_go_to_the_facilitator),
        cmocka_unit_test(countdown_runs_pauses_and_skips_on_a_fake_clock),
        cmocka_unit_test(report_matches_the_golden_files),
        cmocka_unit_test(scripted_workshop_writes_the_expected_report),
        cmocka_unit_test(the_terminal_asks_before_recording_no_votes),
        cmocka_unit_test(the_terminal_waits_after_content_notes),
        cmocka_unit_test(the_terminal_rewinds_while_the_phones_vote),
        cmocka_unit_test(the_terminal_rewinds_to_an_earlier_decision),
    };
    return cmocka_run_group_tests_name("together and workshop", tests, NULL, NULL);
}
