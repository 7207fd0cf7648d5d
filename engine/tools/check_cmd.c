/* check_cmd.c: load and explore each scenario, print findings, exit non-zero on errors. */
#include "check_cmd.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/check.h"

typedef struct Totals {
    int files, errors, warnings;
} Totals;

static void check_file(Cli *cli, const char *path, const CheckOptions *options, Totals *totals)
{
    DiagList diags = {0};
    LoadedScenario loaded;
    CheckStats stats = {0};
    bool playable = loader_open(path, &cli->loader, &diags, &loaded);
    if (playable) check_scenario(loaded.scenario, &loaded.hooks, options, &diags, &stats);
    cli_print_diags(stdout, &diags);
    int errors = diag_error_count(&diags);
    totals->files++;
    totals->errors += errors;
    totals->warnings += diags.count - errors;
    if (playable)
        printf("%s: %d nodes, %d ending%s, %d states explored%s\n", path, loaded.scenario->node_count,
               scenario_ending_count(loaded.scenario), scenario_ending_count(loaded.scenario) == 1 ? "" : "s",
               stats.states, stats.bounded ? " (bounded)" : "");
    loader_close(&loaded);
    diag_list_free(&diags);
}

static void check_path(Cli *cli, const char *path, const CheckOptions *options, Totals *totals)
{
    struct stat info;
    if (stat(path, &info) == 0 && S_ISDIR(info.st_mode)) {
        int count = 0;
        char **files = cli_list_files(path, ".lua", &count);
        for (int i = 0; i < count; i++) check_file(cli, files[i], options, totals);
        cli_free_list(files, count);
    } else check_file(cli, path, options, totals);
}

int check_cmd_run(Cli *cli, int argc, char **argv)
{
    bool strict = false;
    CheckOptions options = {.max_states = CHECK_DEFAULT_MAX_STATES};
    int first_path = argc;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--strict") == 0) strict = true;
        else if (strcmp(argv[i], "--max-states") == 0 && i + 1 < argc) {
            char *end;
            long bound = strtol(argv[++i], &end, 10);
            if (*end || bound < 1 || bound > 100000000) {
                fprintf(stderr, "heartlines check: --max-states wants a number from 1 to 100000000, not '%s'\n", argv[i]);
                return 2;
            }
            options.max_states = (int)bound;
        }
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "heartlines check: unknown option '%s' (see heartlines --help)\n", argv[i]);
            return 2;
        } else if (first_path == argc) first_path = i;
    }
    Totals totals = {0};
    if (first_path == argc) {
        char dir[4300];
        snprintf(dir, sizeof dir, "%s/scripts/scenarios", cli->data_dir);
        check_path(cli, dir, &options, &totals);
    }
    for (int i = first_path; i < argc; i++)
        if (argv[i][0] != '-') check_path(cli, argv[i], &options, &totals);
        else if (strcmp(argv[i], "--max-states") == 0) i++;
    printf("checked %d file%s: %d error%s, %d warning%s\n", totals.files, totals.files == 1 ? "" : "s", totals.errors,
           totals.errors == 1 ? "" : "s", totals.warnings, totals.warnings == 1 ? "" : "s");
    return totals.errors || (strict && totals.warnings) ? 1 : 0;
}
