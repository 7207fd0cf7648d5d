/* check_cmd.c: heartlines check: load and explore each scenario; optionally measure it (--stats)
   or play it at random (--random N); exit non-zero on errors (and warnings with --strict). */
#include "check_cmd.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check_report.h"

enum { STATS_RUNS = 500 };

typedef struct CheckRun {
    Cli *cli;
    CheckOptions options;
    bool strict, stats;
    int random;                  /* --random N: playthroughs per file, 0 for none */
    Report report;
} CheckRun;

static void check_file(CheckRun *run, const char *path)
{
    DiagList diags = {0};
    LoadedScenario loaded;
    FileResult result = {.path = path, .diags = &diags};
    ScenarioStats stats;
    int *hits = NULL;
    if (loader_open(path, &run->cli->loader, &diags, &loaded)) {
        result.scenario = loaded.scenario;
        check_scenario(loaded.scenario, &loaded.hooks, &run->options, &diags, &result.check);
        bool sound = diag_error_count(&diags) == 0;
        if (sound && (run->stats || run->random)) {
            result.runs = run->random ? run->random : STATS_RUNS;
            hits = run->random ? calloc((size_t)loaded.scenario->node_count + 1, sizeof *hits) : NULL;
            stats_measure(loaded.scenario, &loaded.hooks, result.runs, &stats, hits, &diags);
            result.stats = run->stats ? &stats : NULL;
            result.node_hits = hits;
        }
    }
    report_file(&run->report, &result);
    free(hits);
    loader_close(&loaded);
    diag_list_free(&diags);
}

static void check_path(CheckRun *run, const char *path)
{
    struct stat info;
    if (stat(path, &info) == 0 && S_ISDIR(info.st_mode)) {
        int count = 0;
        char **files = cli_list_files(path, ".lua", &count);
        for (int i = 0; i < count; i++) check_file(run, files[i]);
        cli_free_list(files, count);
    } else check_file(run, path);
}

/* A whole number in [low, high], or -1. */
static long number_arg(const char *text, long low, long high)
{
    char *end;
    long value = strtol(text, &end, 10);
    return *text && !*end && value >= low && value <= high ? value : -1;
}

int check_cmd_run(Cli *cli, int argc, char **argv)
{
    CheckRun run = {.cli = cli, .options = {.max_states = CHECK_DEFAULT_MAX_STATES}};
    bool json = false;
    const char *paths[256];
    int path_count = 0;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i], *value = i + 1 < argc ? argv[i + 1] : "";
        if (strcmp(arg, "--strict") == 0) run.strict = true;
        else if (strcmp(arg, "--stats") == 0) run.stats = true;
        else if (strcmp(arg, "--json") == 0) json = true;
        else if (strcmp(arg, "--max-states") == 0 && (run.options.max_states = (int)number_arg(value, 1, 100000000)) > 0) i++;
        else if (strcmp(arg, "--walk-seconds") == 0 && (run.options.walk_seconds = (double)number_arg(value, 1, 86400)) > 0) i++;
        else if (strcmp(arg, "--random") == 0 && (run.random = (int)number_arg(value, 1, 1000000)) > 0) i++;
        else if (arg[0] != '-' && path_count < 256) paths[path_count++] = arg;
        else {
            fprintf(stderr, "heartlines check: unknown or incomplete option '%s' (see heartlines --help)\n", arg);
            return 2;
        }
    }
    char bundled[4300];
    snprintf(bundled, sizeof bundled, "%s/scripts/scenarios", cli->data_dir);
    if (path_count == 0) paths[path_count++] = bundled;
    report_start(&run.report, stdout, json);
    for (int i = 0; i < path_count; i++) check_path(&run, paths[i]);
    int errors = run.report.errors, warnings = run.report.warnings;
    report_finish(&run.report);
    return errors || (run.strict && warnings) ? 1 : 0;
}
