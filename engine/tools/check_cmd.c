/* check_cmd.c: heartlines check: load and explore each scenario; optionally measure it (--stats)
   or play it at random (--random N); exit non-zero on errors (and warnings with --strict). */
#include "check_cmd.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/diag.h"
#include "check_pack.h"
#include "check_report.h"

enum { STATS_RUNS = 500 };

typedef struct CheckRun {
    Cli *cli;
    CheckOptions options;
    bool strict, stats;
    int random;                  /* --random N: playthroughs per file, 0 for none */
    Pack pack;
    Report report;
} CheckRun;

/* Findings that needed the other files (W310, W311) join the file's own. */
static void add_pack_findings(const PackFile *file, DiagList *diags)
{
    for (int i = 0; file && i < file->diags.count; i++) {
        const Diag *d = &file->diags.items[i];
        diag_add(diags, d->code, d->file, d->line, "%s", d->message);
    }
}

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
        const PackFile *in_pack = pack_file(&run->pack, path);
        add_pack_findings(in_pack, &diags);
        result.cues =
            run->stats && run->pack.whole && in_pack && in_pack->loaded ? &in_pack->figures : NULL;
        bool sound = diag_error_count(&diags) == 0;
        if (sound && (run->stats || run->random)) {
            result.runs = run->random ? run->random : STATS_RUNS;
            hits =
                run->random ? calloc((size_t)loaded.scenario->node_count + 1, sizeof *hits) : NULL;
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

/* Whether path names a file already in files (however it was spelt), so that a file given on its
   own and again in its folder is checked, and read with the others, once. */
static bool listed_already(char **files, int count, const char *path)
{
    char *real = realpath(path, NULL);
    bool found = false;
    for (int i = 0; real && i < count && !found; i++) {
        char *other = files[i] ? realpath(files[i], NULL) : NULL;
        found = other && strcmp(real, other) == 0;
        free(other);
    }
    free(real);
    return found;
}

/* Adds path, or the scenario files of the folder it names, to files. */
static void list_path(const char *path, char ***files, int *count)
{
    struct stat info;
    bool folder = stat(path, &info) == 0 && S_ISDIR(info.st_mode);
    int found = 0;
    char **listed = folder ? cli_list_files(path, ".lua", &found) : NULL;
    char **grown = realloc(*files, (size_t)(*count + (folder ? found : 1) + 1) * sizeof *grown);
    if (grown) {
        *files = grown;
        if (!folder && !listed_already(grown, *count, path)) grown[(*count)++] = strdup(path);
        for (int i = 0; i < found; i++)
            if (!listed_already(grown, *count, listed[i])) grown[(*count)++] = strdup(listed[i]);
    }
    cli_free_list(listed, found);
}

/* A whole number in [low, high], or -1. */
static long number_arg(const char *text, long low, long high)
{
    char *end;
    long value = strtol(text, &end, 10);
    return *text && !*end && value >= low && value <= high ? value : -1;
}

/* `check --explain CODE`: what a code means, so a message can be looked up where it appears. */
static int explain(const char *name)
{
    DiagCode code;
    if (!diag_code_from_name(name, &code)) {
        fprintf(stderr, "heartlines check: '%s' is not a diagnostic code (like E101 or W301)\n",
                name);
        return 2;
    }
    bool error = diag_severity(code) == DIAG_ERROR;
    printf("%s (%s): %s\n", name, error ? "error" : "warning", diag_about(code));
    printf("docs/diagnostics/%s.md has an example and how to fix it.\n", name);
    return 0;
}

int check_cmd_run(Cli *cli, int argc, char **argv)
{
    CheckRun run = {.cli = cli, .options = {.max_states = CHECK_DEFAULT_MAX_STATES}};
    bool json = false;
    const char *paths[256];
    int path_count = 0;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i], *value = i + 1 < argc ? argv[i + 1] : "";
        if (strcmp(arg, "--explain") == 0 && i + 1 < argc) return explain(value);
        if (strcmp(arg, "--strict") == 0) run.strict = true;
        else if (strcmp(arg, "--stats") == 0) run.stats = true;
        else if (strcmp(arg, "--json") == 0) json = true;
        else if (strcmp(arg, "--max-states") == 0 &&
                 (run.options.max_states = (int)number_arg(value, 1, 100000000)) > 0)
            i++;
        else if (strcmp(arg, "--walk-seconds") == 0 &&
                 (run.options.walk_seconds = (double)number_arg(value, 1, 86400)) > 0)
            i++;
        else if (strcmp(arg, "--random") == 0 &&
                 (run.random = (int)number_arg(value, 1, 1000000)) > 0)
            i++;
        else if (arg[0] != '-' && path_count < 256) paths[path_count++] = arg;
        else {
            fprintf(stderr,
                    "heartlines check: unknown or incomplete option '%s' (see heartlines --help)\n",
                    arg);
            return 2;
        }
    }
    char bundled[4300];
    snprintf(bundled, sizeof bundled, "%s/scripts/scenarios", cli->data_dir);
    if (path_count == 0) paths[path_count++] = bundled;
    char **files = NULL;
    int file_count = 0;
    for (int i = 0; i < path_count; i++) list_path(paths[i], &files, &file_count);
    pack_build(&run.pack, files, file_count, &cli->loader);
    report_start(&run.report, stdout, json);
    for (int i = 0; i < file_count; i++)
        if (files[i]) check_file(&run, files[i]);
    int errors = run.report.errors, warnings = run.report.warnings;
    report_finish(&run.report, run.stats && run.pack.whole ? &run.pack : NULL);
    pack_free(&run.pack);
    cli_free_list(files, file_count);
    return errors || (run.strict && warnings) ? 1 : 0;
}
