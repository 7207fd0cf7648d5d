/* heartlines_bench.c: the headless benchmarks' timer (bench/run.sh runs it): how long a scenario
   takes to load and to check, and how many choices per second the runtime takes through it.

   heartlines_bench load FILE [--max-states N] [--scale-limits K]
       prints "load_ms L check_ms C states S peak_rss_kb R"
   heartlines_bench steps FILE [--steps N] [--seed S] [--scale-limits K]
       prints "steps N cpu_ms T steps_per_s P"

   Times are the process's CPU time, which a busy machine disturbs less than the wall clock. The
   scenario is loaded exactly as `heartlines check` loads it (loader_open with the CLI's options).
   --scale-limits K multiplies the sandbox's load budgets (source size, memory, instructions and
   seconds at load) by K, for scenarios larger than any player's; the defaults stay as they are. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "../engine/host/cli.h"
#include "../engine/core/check.h"
#include "../engine/core/runtime.h"

typedef struct BenchArgs {
    const char *command, *path;
    int max_states;
    long steps;
    uint64_t seed;
    int scale_limits;
} BenchArgs;

static double cpu_ms(void)
{
    struct timespec now;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return (double)now.tv_sec * 1e3 + (double)now.tv_nsec / 1e6;
}

static long peak_rss_kb(void)
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

static int usage_error(const char *what)
{
    fprintf(stderr, "heartlines_bench: %s\n"
                    "usage: heartlines_bench load FILE [--max-states N] [--scale-limits K]\n"
                    "       heartlines_bench steps FILE [--steps N] [--seed S] [--scale-limits K]\n", what);
    return 2;
}

static bool parse_args(int argc, char **argv, BenchArgs *args)
{
    *args = (BenchArgs){.max_states = CHECK_DEFAULT_MAX_STATES, .steps = 1000000, .seed = 1, .scale_limits = 1};
    if (argc < 3) return false;
    args->command = argv[1];
    args->path = argv[2];
    for (int i = 3; i + 1 < argc; i += 2) {
        long value = strtol(argv[i + 1], NULL, 10);
        if (value < 1) return false;
        if (strcmp(argv[i], "--max-states") == 0) args->max_states = (int)value;
        else if (strcmp(argv[i], "--steps") == 0) args->steps = value;
        else if (strcmp(argv[i], "--seed") == 0) args->seed = (uint64_t)value;
        else if (strcmp(argv[i], "--scale-limits") == 0) args->scale_limits = (int)value;
        else return false;
    }
    return argc % 2 == 1;
}

static void scale_limits(SandboxLimits *limits, int k)
{
    limits->source_bytes *= (size_t)k;
    limits->memory_bytes *= (size_t)k;
    limits->load_instructions *= k;
    limits->load_seconds *= k;
}

static int load_and_check(const BenchArgs *args, const LoaderOptions *options)
{
    DiagList diags = {0};
    LoadedScenario loaded;
    double start = cpu_ms();
    bool ok = loader_open(args->path, options, &diags, &loaded);
    double loaded_at = cpu_ms();
    CheckStats stats = {0};
    CheckOptions check = {.max_states = args->max_states, .walk_seconds = 3600};   /* the whole walk */
    if (ok) check_scenario(loaded.scenario, &loaded.hooks, &check, &diags, &stats);
    double checked_at = cpu_ms();
    cli_print_diags(stderr, &diags);
    if (ok) printf("load_ms %.1f check_ms %.1f states %d peak_rss_kb %ld\n", loaded_at - start, checked_at - loaded_at,
                   stats.states, peak_rss_kb());
    ok = ok && diag_error_count(&diags) == 0 && !stats.bounded;
    loader_close(&loaded);
    diag_list_free(&diags);
    return ok ? 0 : 1;
}

static uint64_t next_random(uint64_t *state)   /* xorshift64: the bench's own, seeded choices */
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

/* A random choice that can be taken now (0 to continue), or -1 when there is none. */
static int pick(const View *view, uint64_t *random)
{
    if (view->kind == VIEW_CONTINUE) return 0;
    int open = 0;
    for (int i = 0; i < view->choice_count; i++) open += !view->choices[i].locked;
    if (view->kind != VIEW_CHOOSE || open == 0) return -1;
    int nth = (int)(next_random(random) % (uint64_t)open);
    for (int i = 0; i < view->choice_count; i++)
        if (!view->choices[i].locked && nth-- == 0) return i;
    return -1;
}

/* Plays from the start again and again, choosing at random, until args->steps choices are taken. */
static int run_steps(const BenchArgs *args, const LoadedScenario *loaded)
{
    uint64_t random = args->seed | 1;
    Runtime *runtime = NULL;
    long steps = 0;
    double start = cpu_ms();
    while (steps < args->steps) {
        if (!runtime || runtime_view(runtime)->kind == VIEW_ENDING) {
            runtime_free(runtime);
            runtime = runtime_new(loaded->scenario, &loaded->hooks, next_random(&random), true);
        }
        int choice = runtime ? pick(runtime_view(runtime), &random) : -1;
        if (choice < 0 || !runtime_choose(runtime, choice)) {
            fprintf(stderr, "heartlines_bench: the story stopped after %ld steps\n", steps);
            runtime_free(runtime);
            return 1;
        }
        steps++;
    }
    double elapsed = cpu_ms() - start;
    runtime_free(runtime);
    printf("steps %ld cpu_ms %.1f steps_per_s %.0f\n", steps, elapsed, (double)steps / (elapsed / 1e3));
    return 0;
}

static int steps_command(const BenchArgs *args, const LoaderOptions *options)
{
    DiagList diags = {0};
    LoadedScenario loaded;
    int status = loader_open(args->path, options, &diags, &loaded) ? run_steps(args, &loaded) : 1;
    cli_print_diags(stderr, &diags);
    loader_close(&loaded);
    diag_list_free(&diags);
    return status;
}

int main(int argc, char **argv)
{
    BenchArgs args;
    if (!parse_args(argc, argv, &args)) return usage_error("unknown or incomplete arguments");
    Cli cli;
    if (!cli_init(&cli)) return 1;
    scale_limits(&cli.loader.limits, args.scale_limits);
    int status;
    if (strcmp(args.command, "load") == 0) status = load_and_check(&args, &cli.loader);
    else if (strcmp(args.command, "steps") == 0) status = steps_command(&args, &cli.loader);
    else status = usage_error("unknown command");
    cli_free(&cli);
    return status;
}
