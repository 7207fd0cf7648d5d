/* test_store.c: save files: round trips, corrupt and hostile input, settings, progress, resume. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/core/progress.h"
#include "../../engine/core/resume.h"
#include "../../engine/core/settings.h"
#include "tests.h"

static const char *const path = "build/test_store.txt";

static void write_raw(const char *bytes, size_t length)
{
    FILE *file = fopen(path, "wb");
    assert_non_null(file);
    fwrite(bytes, 1, length, file);
    fclose(file);
}

static void values_round_trip_with_escapes(void **state)
{
    (void)state;
    Store store = {0}, back = {0};
    char why[256];
    store_set(&store, "line", "two\nlines \\ and = signs");
    store_set(&store, "empty", "");
    store_set(&store, "line", "replaced\nvalue");
    assert_true(store_write(&store, path, "# test 1", why, sizeof why));
    glob_t left;   /* the temporary file was renamed: nothing is left beside the file */
    assert_int_equal(glob("build/test_store.txt.*", 0, NULL, &left), GLOB_NOMATCH);
    assert_int_equal(store_read(&back, path, "# test 1", why, sizeof why), STORE_OK);
    assert_int_equal(back.count, 2);
    assert_string_equal(store_get(&back, "line"), "replaced\nvalue");
    assert_string_equal(store_get(&back, "empty"), "");
    store_free(&store);
    store_free(&back);
    remove(path);
}

static void bad_files_are_reported_not_loaded(void **state)
{
    (void)state;
    Store store = {0};
    char why[256];
    assert_int_equal(store_read(&store, "build/no_such_store.txt", "# test 1", why, sizeof why), STORE_MISSING);
    static const struct { const char *bytes; size_t length; } bad[] = {
        {"", 0},                                          /* empty */
        {"# test 2\nkey = value\n", 21},                  /* another version */
        {"# test 1\nno equals sign\n", 24},               /* not key = value */
        {"# test 1\nkey = bad \\q escape\n", 29},         /* unknown escape */
        {"# test 1\nkey = va\0lue\nnext = 1\n", 31},      /* a NUL byte */
        {"# test 1\nkey = va\0lue", 21},                  /* one in a last line with no newline (tests/fuzz) */
        {"# test 1\n= value\n", 17},                      /* no key */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        write_raw(bad[i].bytes, bad[i].length);
        if (store_read(&store, path, "# test 1", why, sizeof why) != STORE_CORRUPT) fail_msg("case %d was read", (int)i);
        assert_int_equal(store.count, 0);
    }
    char *long_line = malloc(200000);
    memset(long_line, 'x', 200000);
    memcpy(long_line, "# test 1\nk = ", 13);
    write_raw(long_line, 200000);
    free(long_line);
    assert_int_equal(store_read(&store, path, "# test 1", why, sizeof why), STORE_CORRUPT);
    char moved[512];
    assert_true(store_set_aside(path, moved, sizeof moved));
    assert_int_equal(access(path, F_OK), -1);
    assert_int_equal(access(moved, F_OK), 0);
    remove(moved);
    store_free(&store);
}

static void settings_keep_defaults_for_bad_values(void **state)
{
    (void)state;
    Store store = {0};
    store_set(&store, "text_size", "9999");
    store_set(&store, "text_speed", "warp");
    store_set(&store, "high_contrast", "yes");
    store_set(&store, "coaching", "maybe");
    Settings s = settings_from_store(&store);
    assert_int_equal(s.text_size, 100);
    assert_int_equal(s.text_speed, SPEED_NORMAL);
    assert_true(s.high_contrast);
    assert_true(s.coaching);
    s.text_size = 150;
    s.reduced_motion = true;
    settings_to_store(&s, &store);
    Settings again = settings_from_store(&store);
    assert_int_equal(again.text_size, 150);
    assert_int_equal(settings_reveal_rate(&again), 0);    /* reduced motion: no typewriter */
    store_free(&store);
}

static void progress_and_resume_follow_a_playthrough(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded));
    Runtime *rt = runtime_new(loaded.scenario, &loaded.hooks, 9, true);
    int first = runtime_view(rt)->choices[0].choice;
    assert_true(runtime_choose(rt, 0));
    Store save = {0};
    resume_save(&save, "tests/fixtures/valid.lua", loaded.scenario, 9, runtime_record(rt));
    const char *saved_path;
    uint64_t seed;
    assert_true(resume_target(&save, &saved_path, &seed));
    assert_int_equal(seed, 9);
    Runtime *again = runtime_new(loaded.scenario, &loaded.hooks, 9, true);
    char why[256] = "";
    assert_int_equal(resume_replay(again, &save, why, sizeof why), 1);
    assert_int_equal(runtime_record(again)->steps[0].choice, first);
    assert_int_equal(runtime_view(again)->node, runtime_view(rt)->node);
    store_set(&save, "steps", "a:0,gone:1");                /* the scenario changed since */
    Runtime *changed = runtime_new(loaded.scenario, &loaded.hooks, 9, true);
    assert_int_equal(resume_replay(changed, &save, why, sizeof why), 1);
    assert_non_null(strstr(why, "'gone'"));
    while (runtime_view(rt)->kind == VIEW_CHOOSE) runtime_choose(rt, 0);
    Store progress = {0};
    assert_true(progress_add_record(&progress, loaded.scenario, runtime_record(rt)));
    const char *ending = loaded.scenario->nodes[runtime_record(rt)->ending].id;
    assert_true(progress_has_ending(&progress, "mini", ending));
    assert_false(progress_has_ending(&progress, "mini", "nowhere"));
    runtime_free(rt), runtime_free(again), runtime_free(changed);
    store_free(&save), store_free(&progress);
    loader_close(&loaded);
    diag_list_free(&diags);
}

/* A save names whole node ids: ids that share their first 255 characters stay apart. */
static void saves_name_whole_ids(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open("tests/fixtures/long_ids.lua", &options, &diags, &loaded));
    Runtime *rt = runtime_new(loaded.scenario, &loaded.hooks, 1, false);
    assert_true(runtime_choose(rt, 0));                      /* to the long one */
    assert_true(runtime_choose(rt, 0));                      /* bye */
    Store save = {0};
    resume_save(&save, "tests/fixtures/long_ids.lua", loaded.scenario, 1, runtime_record(rt));
    Runtime *again = runtime_new(loaded.scenario, &loaded.hooks, 1, false);
    char why[512] = "";
    assert_int_equal(resume_replay(again, &save, why, sizeof why), 2);
    assert_int_equal(runtime_record(again)->steps[1].node, runtime_record(rt)->steps[1].node);
    runtime_free(rt), runtime_free(again);
    store_free(&save);
    loader_close(&loaded);
    diag_list_free(&diags);
}

/* Saves name choices by stable id, so a choice added before the saved one does not move it. */
static void saves_survive_an_inserted_choice(void **state)
{
    (void)state;
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario before, after;
    assert_true(loader_open("tests/fixtures/valid.lua", &options, &diags, &before));
    Runtime *rt = runtime_new(before.scenario, &before.hooks, 0, false);
    assert_true(runtime_choose(rt, 1));                      /* "What happened?" */
    Store save = {0};
    resume_save(&save, "x.lua", before.scenario, 0, runtime_record(rt));
    assert_non_null(strstr(store_get(&save, "steps"), "a:a."));   /* node a, an id from the text */
    char *text = test_read_file("tests/fixtures/valid.lua");
    char *at = strstr(text, "      choice { \"Seriously?\"");
    assert_non_null(at);
    FILE *file = fopen("build/test_inserted.lua", "wb");
    fprintf(file, "%.*s      choice { \"A new first option.\", to = \"b\", pitfalls = { \"avoid\" }, coach = \"New.\" },\n%s",
            (int)(at - text), text, at);
    fclose(file);
    free(text);
    assert_true(loader_open("build/test_inserted.lua", &options, &diags, &after));
    Runtime *again = runtime_new(after.scenario, &after.hooks, 0, false);
    char why[256] = "";
    assert_int_equal(resume_replay(again, &save, why, sizeof why), 1);
    const Step *step = &runtime_record(again)->steps[0];
    assert_string_equal(after.scenario->nodes[step->node].choices[step->choice].text.fixed, "What happened?");
    assert_int_equal(step->choice, 2);                       /* it moved; the id found it */
    runtime_free(rt), runtime_free(again);
    store_free(&save);
    loader_close(&before), loader_close(&after);
    diag_list_free(&diags);
    remove("build/test_inserted.lua");
}

int run_store_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(values_round_trip_with_escapes),
        cmocka_unit_test(bad_files_are_reported_not_loaded),
        cmocka_unit_test(settings_keep_defaults_for_bad_values),
        cmocka_unit_test(progress_and_resume_follow_a_playthrough),
        cmocka_unit_test(saves_name_whole_ids),
        cmocka_unit_test(saves_survive_an_inserted_choice),
    };
    return cmocka_run_group_tests_name("saves", tests, NULL, NULL);
}
