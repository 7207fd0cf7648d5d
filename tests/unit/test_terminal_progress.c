/* test_terminal_progress.c: the terminal keeps endings and skills in the window's progress file,
   and says so when it cannot. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../engine/core/progress.h"
#include "../../engine/text/text_args.h"
#include "tests.h"

char *test_terminal_play(const char *progress_file, int *status)
{
    /* The path of tests/transcripts/cancelled_plans_repair.txt, which reaches an ending. */
    char *argv[] = {"scripts/scenarios/cancelled_plans.lua", "--seed", "11", "--in-order", "--choices",
                    "2,2,1,1,1,1,1,1,2,3,3,1,2,2"};
    char *output = NULL;
    size_t output_size = 0;
    TextOptions options = {.in = fopen("/dev/null", "r"), .out = open_memstream(&output, &output_size)};
    const char *path;
    char error[256];
    if (text_args_parse(6, argv, &options, &path, error, sizeof error)) fail_msg("%s", error);
    options.progress_file = progress_file;
    LoaderOptions loader_options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    assert_true(loader_open(path, &loader_options, &diags, &loaded));
    *status = text_play(&loaded, &options);
    loader_close(&loaded);
    diag_list_free(&diags);
    free(options.script);
    fclose(options.in);
    fclose(options.out);
    return output;
}

static int journal_entries(const Store *progress)
{
    int count = 0;
    for (int i = 0; i < progress->count; i++) count += strncmp(progress->entries[i].key, "journal.", 8) == 0;
    return count;
}

/* A new folder under build/ (folder ends in '/') and the progress file in it, not there yet. */
static void fresh_folder(char folder[256], char file[300], const char *name)
{
    snprintf(folder, 256, "build/test_%s_%d/", name, (int)getpid());
    mkdir(folder, 0700);
    snprintf(file, 300, "%s%s", folder, PROGRESS_FILE);
    remove(file);
}

static void terminal_records_endings_and_skills(void **state)
{
    (void)state;
    char folder[256], file[300], why[256];
    fresh_folder(folder, file, "terminal_progress");
    int status = -1;
    char *output = test_terminal_play(file, &status);
    assert_int_equal(status, 0);
    assert_null(strstr(output, "not saved"));                 /* nothing to say when all went well */
    free(output);
    Store progress = {0};
    assert_int_equal(store_read(&progress, file, PROGRESS_HEADER, why, sizeof why), STORE_OK);
    const char *endings = progress_endings(&progress, "cancelled-plans");
    assert_non_null(endings);
    assert_true(journal_entries(&progress) > 0);
    store_set(&progress, "ending.another-scenario", "kept");   /* what was there stays */
    assert_true(store_write(&progress, file, PROGRESS_HEADER, why, sizeof why));
    store_free(&progress);
    free(test_terminal_play(file, &status));
    assert_int_equal(store_read(&progress, file, PROGRESS_HEADER, why, sizeof why), STORE_OK);
    assert_string_equal(store_get(&progress, "ending.another-scenario"), "kept");
    assert_non_null(progress_endings(&progress, "cancelled-plans"));
    store_free(&progress);
    remove(file);
    rmdir(folder);
}

static void terminal_says_a_failed_save_and_plays_on(void **state)
{
    (void)state;
    int status = -1;
    char *output = test_terminal_play("build/no_such_folder_for_progress/progress.txt", &status);
    assert_int_equal(status, 0);
    assert_non_null(strstr(output, "Your progress was not saved ("));
    assert_non_null(strstr(output, "no_such_folder_for_progress"));
    assert_non_null(strstr(output, "(To replay this exact game: --seed 11)"));   /* the debrief follows */
    free(output);
}

static void terminal_sets_an_unreadable_file_aside(void **state)
{
    (void)state;
    char folder[256], file[300], why[256];
    fresh_folder(folder, file, "terminal_corrupt");
    FILE *bad = fopen(file, "w");
    assert_non_null(bad);
    fputs("not a progress file\n", bad);
    fclose(bad);
    int status = -1;
    char *output = test_terminal_play(file, &status);
    assert_int_equal(status, 0);
    assert_non_null(strstr(output, "it was kept aside as"));
    free(output);
    Store progress = {0};
    assert_int_equal(store_read(&progress, file, PROGRESS_HEADER, why, sizeof why), STORE_OK);
    assert_non_null(progress_endings(&progress, "cancelled-plans"));
    store_free(&progress);
    int aside = 0;
    DIR *dir = opendir(folder);
    assert_non_null(dir);
    for (struct dirent *entry; (entry = readdir(dir));) {
        if (strncmp(entry->d_name, PROGRESS_FILE ".corrupt-", sizeof PROGRESS_FILE + 8) != 0) continue;
        char moved[600];
        snprintf(moved, sizeof moved, "%s%s", folder, entry->d_name);
        char *kept = test_read_file(moved);
        assert_string_equal(kept, "not a progress file\n");   /* the player's file is never lost */
        free(kept);
        remove(moved);
        aside++;
    }
    closedir(dir);
    assert_int_equal(aside, 1);
    remove(file);
    rmdir(folder);
}

int run_terminal_progress_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(terminal_records_endings_and_skills),
        cmocka_unit_test(terminal_says_a_failed_save_and_plays_on),
        cmocka_unit_test(terminal_sets_an_unreadable_file_aside),
    };
    return cmocka_run_group_tests_name("terminal progress", tests, NULL, NULL);
}
