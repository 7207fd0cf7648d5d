/* test_data_safety.c: what the player has saved is never lost. The game killed at any moment while
   it saves leaves each file old or new and whole; a bad file is reported and kept aside; a folder
   that cannot be written, or a full disk, is reported and play goes on. */
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../engine/core/progress.h"
#include "../../engine/core/resume.h"
#include "../../engine/sdl/prefs.h"
#include "tests.h"

enum { ENTRIES = 400, KILLS = 1000 };

static void make_folder(char *dir, size_t size, const char *name)
{
    snprintf(dir, size, "build/test_%s_%d/", name, (int)getpid());
    mkdir(dir, 0700);
}

static void remove_folder(const char *dir)
{
    DIR *folder = opendir(dir);
    if (!folder) return;
    char path[4400];
    for (struct dirent *entry; (entry = readdir(folder));)
        if (entry->d_name[0] != '.') snprintf(path, sizeof path, "%s%s", dir, entry->d_name), remove(path);
    closedir(folder);
    rmdir(dir);
}

/* Generation g of a file: every entry says g, so a file mixing two is caught. */
static void fill(Store *store, long generation)
{
    char key[32], value[96];
    store_clear(store);
    for (int i = 0; i < ENTRIES; i++) {
        snprintf(key, sizeof key, "entry_%d", i);
        snprintf(value, sizeof value, "generation %ld of a value long enough to span disk blocks, entry %d", generation, i);
        store_set(store, key, value);
    }
}

/* The generation the whole file holds, or -1 when it is unreadable, partial or mixed. */
static long whole_generation(const char *dir, const char *name, const char *header)
{
    char path[4400], why[256], key[32], expected[96];
    snprintf(path, sizeof path, "%s%s", dir, name);
    Store store = {0};
    long generation = -1;
    if (store_read(&store, path, header, why, sizeof why) == STORE_OK && store.count == ENTRIES) {
        const char *first = store_get(&store, "entry_0");
        generation = first ? strtol(first + strlen("generation "), NULL, 10) : -1;
        for (int i = 0; i < ENTRIES && generation >= 0; i++) {
            snprintf(key, sizeof key, "entry_%d", i);
            snprintf(expected, sizeof expected, "generation %ld of a value long enough to span disk blocks, entry %d",
                     generation, i);
            const char *value = store_get(&store, key);
            if (!value || strcmp(value, expected) != 0) generation = -1;
        }
    }
    store_free(&store);
    return generation;
}

/* The child saves progress and the autosave, one generation after another, until it is killed.
   It tells the parent once the first is saved, so every kill lands among saves, however busy the
   machine is. */
static _Noreturn void save_forever(const char *dir, long first, int started)
{
    Prefs prefs = {0};
    snprintf(prefs.dir, sizeof prefs.dir, "%s", dir);
    for (long generation = first;; generation++) {
        fill(&prefs.stores[PREF_PROGRESS], generation);
        prefs_save(&prefs, PREF_PROGRESS);
        fill(&prefs.stores[PREF_AUTOSAVE], generation);
        prefs_save(&prefs, PREF_AUTOSAVE);
        if (generation == first && write(started, "", 1) != 1) _exit(1);
    }
}

static void killed_while_saving_leaves_each_file_old_or_new(void **state)
{
    (void)state;
    char dir[256];
    make_folder(dir, sizeof dir, "kill");
    Prefs prefs = {0};
    snprintf(prefs.dir, sizeof prefs.dir, "%s", dir);
    fill(&prefs.stores[PREF_PROGRESS], 0);
    fill(&prefs.stores[PREF_AUTOSAVE], 0);
    assert_true(prefs_save(&prefs, PREF_PROGRESS));
    assert_true(prefs_save(&prefs, PREF_AUTOSAVE));
    prefs_free(&prefs);
    srand((unsigned)time(NULL));
    long last[2] = {0, 0};
    for (int kill_count = 0; kill_count < KILLS; kill_count++) {
        int started[2];
        assert_int_equal(pipe(started), 0);
        pid_t child = fork();
        assert_true(child >= 0);
        if (child == 0) save_forever(dir, last[0] + 1, started[1]);
        char byte;
        assert_int_equal(read(started[0], &byte, 1), 1);
        close(started[0]);
        close(started[1]);
        struct timespec pause = {0, (rand() % 4000) * 1000L};   /* anywhere in a write, a flush or a rename */
        nanosleep(&pause, NULL);
        kill(child, SIGKILL);
        int status;
        waitpid(child, &status, 0);
        assert_true(WIFSIGNALED(status));
        long now[2] = {whole_generation(dir, "progress.txt", PROGRESS_HEADER),
                       whole_generation(dir, "autosave.txt", RESUME_HEADER)};
        for (int f = 0; f < 2; f++) {
            if (now[f] < 0) fail_msg("kill %d left file %d torn", kill_count, f);
            if (now[f] <= last[f]) fail_msg("kill %d: file %d went from %ld to %ld", kill_count, f, last[f], now[f]);
        }
        last[0] = now[0], last[1] = now[1];
    }
    remove_folder(dir);
}

/* True when dir holds NAME.corrupt-<time>. */
static bool kept_aside(const char *dir, const char *name)
{
    char prefix[64];
    snprintf(prefix, sizeof prefix, "%s.corrupt-", name);
    DIR *folder = opendir(dir);
    bool found = false;
    for (struct dirent *entry; folder && !found && (entry = readdir(folder));)
        found = strncmp(entry->d_name, prefix, strlen(prefix)) == 0;
    if (folder) closedir(folder);
    return found;
}

/* Each of the three files, bad in each way: reported by name, kept aside, and defaults used. */
static void bad_files_are_kept_aside_and_the_game_starts(void **state)
{
    (void)state;
    static const char *const names[PREF_COUNT] = {"settings.txt", "progress.txt", "autosave.txt"};
    static const char *const bad[] = {
        "",                                                  /* empty */
        "# heartlines settings 1\ntext_si",                  /* truncated, mid-line */
        "# heartlines settings 99\ntext_size = 120\n",       /* another version */
        "\x7f\x45LF\x02\x01\x01\0\0\0garbage",               /* not text */
        "# heartlines progress 1\nendings = {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\\q\n",
    };
    char dir[256];
    make_folder(dir, sizeof dir, "bad_prefs");
    for (int file = 0; file < PREF_COUNT; file++)
        for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++) {
            char path[4400];
            snprintf(path, sizeof path, "%s%s", dir, names[file]);
            FILE *out = fopen(path, "wb");
            assert_non_null(out);
            fwrite(bad[b], 1, b == 3 ? 17 : strlen(bad[b]), out);
            fclose(out);
            Prefs prefs = {0};
            prefs_load(&prefs, dir);
            if (!strstr(prefs.notice, path)) fail_msg("%s, case %d: not reported (%s)", names[file], (int)b, prefs.notice);
            assert_int_equal(prefs.stores[file].count, 0);
            assert_int_equal(prefs.settings.text_size, settings_defaults().text_size);
            assert_true(kept_aside(dir, names[file]));       /* moved, not deleted */
            prefs_free(&prefs);
            remove_folder(dir);
            mkdir(dir, 0700);
        }
    remove_folder(dir);
}

/* A save refused (the folder is not a folder, or the disk is full) says so, keeps the old file
   whole, and the game goes on. */
static void unwritable_or_full_folder_is_reported_and_play_goes_on(void **state)
{
    (void)state;
    char dir[256];
    make_folder(dir, sizeof dir, "full");
    Prefs prefs = {0};
    snprintf(prefs.dir, sizeof prefs.dir, "%s", dir);
    fill(&prefs.stores[PREF_PROGRESS], 1);
    assert_true(prefs_save(&prefs, PREF_PROGRESS));

    pid_t child = fork();   /* the disk is full: a file-size limit the child alone runs under */
    assert_true(child >= 0);
    if (child == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = {4096, 4096};
        setrlimit(RLIMIT_FSIZE, &limit);
        fill(&prefs.stores[PREF_PROGRESS], 2);
        bool saved = prefs_save(&prefs, PREF_PROGRESS);
        _exit(!saved && strstr(prefs.notice, "Saving failed") ? 0 : 1);
    }
    int status;
    waitpid(child, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_int_equal(whole_generation(dir, "progress.txt", PROGRESS_HEADER), 1);

    char blocked[300];   /* a file where the folder should be */
    snprintf(blocked, sizeof blocked, "%snot_a_folder", dir);
    FILE *file = fopen(blocked, "wb");
    assert_non_null(file);
    fclose(file);
    snprintf(prefs.dir, sizeof prefs.dir, "%s/", blocked);
    prefs.notice[0] = '\0';
    assert_false(prefs_save(&prefs, PREF_PROGRESS));
    assert_non_null(strstr(prefs.notice, "Saving failed"));
    assert_non_null(strstr(prefs.notice, "play goes on"));
    prefs_free(&prefs);
    remove_folder(dir);
}

int run_data_safety_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(killed_while_saving_leaves_each_file_old_or_new),
        cmocka_unit_test(bad_files_are_kept_aside_and_the_game_starts),
        cmocka_unit_test(unwritable_or_full_folder_is_reported_and_play_goes_on),
    };
    return cmocka_run_group_tests_name("data safety", tests, NULL, NULL);
}
