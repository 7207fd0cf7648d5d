/* test_sandbox.c: every file in tests/hostile is one attack on the sandbox. Each must fail with a
   clean diagnostic naming the file, within 2 s of CPU time, without creating a file, and leave the process
   able to load a normal scenario. Oversized sources are generated here, not committed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fixture_header.h"
#include "../../engine/host/cli.h"
#include "tests.h"

static const double ATTACK_SECONDS_MAX = 2.0;        /* of CPU time */
static const double ATTACK_WAIT_SECONDS_MAX = 30.0;  /* of wall time: an attack that blocks */
static const char *const pwned = "hl_pwned";

/* The budgets are in CPU time: on a loaded machine the wall clock runs on while the attack waits
   for a core, so the wall limit is only there to catch an attack that blocks. */
static double seconds_now(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static bool still_loads_a_normal_scenario(void)
{
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    bool ok = loader_open("tests/fixtures/valid.lua", &options, &diags, &loaded);
    loader_close(&loaded);
    diag_list_free(&diags);
    return ok;
}

/* Loads path and checks the attack failed cleanly; expect is a code, or "ANY". Prints what went
   wrong and returns false, so one run reports every attack that got through. */
static bool attack(const char *path, const char *expect)
{
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    double start = seconds_now(CLOCK_PROCESS_CPUTIME_ID);
    double wall_start = seconds_now(CLOCK_MONOTONIC);
    bool loaded_ok = loader_open(path, &options, &diags, &loaded);
    double elapsed = seconds_now(CLOCK_PROCESS_CPUTIME_ID) - start;
    double waited = seconds_now(CLOCK_MONOTONIC) - wall_start;
    loader_close(&loaded);
    const char *problem = NULL;
    if (loaded_ok || diags.count == 0) problem = "loaded without an error";
    else if (elapsed > ATTACK_SECONDS_MAX) problem = "took too long";
    else if (waited > ATTACK_WAIT_SECONDS_MAX) problem = "blocked";
    else if (strcmp(diags.items[0].file, path) != 0) problem = "the message names another file";
    else if (strcmp(expect, "ANY") != 0 && strcmp(diag_code_name(diags.items[0].code), expect) != 0)
        problem = "gave another code than expected";
    else if (access(pwned, F_OK) == 0) problem = "created a file";
    else if (waitpid(-1, NULL, WNOHANG) > 0)   /* one not waited for would be our child */
        problem = "left a process behind";
    else if (!still_loads_a_normal_scenario()) problem = "left the process unable to load a normal scenario";
    if (problem) {
        StrBuf line = {0};
        if (diags.count) diag_format(&diags.items[0], &line);
        print_error("%s: %s (wanted %s, %.2f s of CPU): %s\n", path, problem, expect, elapsed,
                    strbuf_text(&line));
        strbuf_free(&line);
    }
    remove(pwned);
    diag_list_free(&diags);
    return problem == NULL;
}

static void hostile_corpus_is_contained(void **state)
{
    (void)state;
    int count = 0, failures = 0;
    char **files = fixture_list("tests/hostile", &count);
    assert_true(count >= 25);
    for (int i = 0; i < count; i++) {
        char *text = test_read_file(files[i]);
        char expect[32] = "ANY";
        assert_non_null(text);
        /* A precompiled chunk (after an optional # line) cannot start with a comment: it is E103. */
        if (text[0] == '\x1b' || text[0] == '#') snprintf(expect, sizeof expect, "E103");
        else if (!fixture_header(text, "expect", expect, sizeof expect)) fail_msg("%s: no '-- expect:' line", files[i]);
        free(text);
        failures += !attack(files[i], expect);
    }
    cli_free_list(files, count);
    if (failures) fail_msg("%d of %d attacks were not contained", failures, count);
}

/* A 100 MiB file (sparse, made here) is refused before it is read. */
static void huge_file_is_refused_unread(void **state)
{
    (void)state;
    const char *path = "build/hostile_100mib.lua";
    FILE *file = fopen(path, "wb");
    assert_non_null(file);
    fputs("return scenario {", file);
    fclose(file);
    assert_int_equal(truncate(path, 100L << 20), 0);
    assert_true(attack(path, "E102"));
    remove(path);
}

/* One 1 MiB line of source. */
static void megabyte_line_fails_cleanly(void **state)
{
    (void)state;
    const char *path = "build/hostile_long_line.lua";
    FILE *file = fopen(path, "wb");
    assert_non_null(file);
    fputs("local s = \"", file);
    for (int i = 0; i < (1 << 20); i++) fputc('a' + i % 26, file);
    fputs("\" return s .. s", file);
    fclose(file);
    assert_true(attack(path, "E107"));
    remove(path);
}

int run_sandbox_tests(void)
{
    remove(pwned);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hostile_corpus_is_contained),
        cmocka_unit_test(huge_file_is_refused_unread),
        cmocka_unit_test(megabyte_line_fails_cleanly),
    };
    return cmocka_run_group_tests_name("sandbox", tests, NULL, NULL);
}
