/* check_cmd.c: load and explore each scenario, print findings, exit non-zero on errors. */
#include "check_cmd.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/check.h"
#include "../core/stats.h"

enum { STATS_RUNS = 500 };

typedef struct Totals {
    int files, errors, warnings;
    bool stats;                  /* --stats: a table of what each scenario is like */
    ScenarioStats pack;          /* sums over the scenarios */
    StrBuf table;
} Totals;

static void add_stats_row(Totals *totals, const char *path, const ScenarioStats *s)
{
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    strbuf_printf(&totals->table, "%-24s %5d %7d %6d %7.1f %6d %8d %5d/%-3d %3d%% %6d/%d\n", name, s->nodes, s->endings,
                  s->words, s->minutes, s->skills_used, s->pitfalls_used, s->longest_is_best, s->decisions,
                  s->decisions ? 100 * s->longest_is_best / s->decisions : 0, s->endings_reached, s->endings);
    ScenarioStats *pack = &totals->pack;
    pack->nodes += s->nodes, pack->endings += s->endings, pack->words += s->words, pack->minutes += s->minutes;
    pack->decisions += s->decisions, pack->longest_is_best += s->longest_is_best;
    pack->endings_reached += s->endings_reached;
}

static void print_stats(Totals *totals)
{
    const ScenarioStats *p = &totals->pack;
    printf("\n%-24s %5s %7s %6s %7s %6s %8s %10s %8s\n", "scenario", "nodes", "endings", "words", "minutes", "skills",
           "pitfalls", "longest=best", "endings hit");
    fputs(strbuf_text(&totals->table), stdout);
    printf("%-24s %5d %7d %6d %7.1f %6s %8s %5d/%-3d %3d%% %6d/%d\n", "all", p->nodes, p->endings, p->words, p->minutes, "",
           "", p->longest_is_best, p->decisions, p->decisions ? 100 * p->longest_is_best / p->decisions : 0,
           p->endings_reached, p->endings);
    printf("(minutes: a median random playthrough, reading every line and option and the debrief at 180 words a "
           "minute, with 10 s for each decision; endings hit: by %d "
           "seeded random playthroughs each; longest=best: decisions where the option with most skills is also "
           "the longest)\n", STATS_RUNS);
}

static void check_file(Cli *cli, const char *path, const CheckOptions *options, Totals *totals)
{
    DiagList diags = {0};
    LoadedScenario loaded;
    CheckStats stats = {0};
    bool playable = loader_open(path, &cli->loader, &diags, &loaded);
    if (playable) check_scenario(loaded.scenario, &loaded.hooks, options, &diags, &stats);
    if (playable && totals->stats && diag_error_count(&diags) == 0) {
        ScenarioStats measured;
        stats_measure(loaded.scenario, &loaded.hooks, STATS_RUNS, &measured, &diags);
        add_stats_row(totals, path, &measured);
    }
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
    Totals totals = {0};
    CheckOptions options = {.max_states = CHECK_DEFAULT_MAX_STATES};
    int first_path = argc;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--strict") == 0) strict = true;
        else if (strcmp(argv[i], "--stats") == 0) totals.stats = true;
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
    if (first_path == argc) {
        char dir[4300];
        snprintf(dir, sizeof dir, "%s/scripts/scenarios", cli->data_dir);
        check_path(cli, dir, &options, &totals);
    }
    for (int i = first_path; i < argc; i++)
        if (argv[i][0] != '-') check_path(cli, argv[i], &options, &totals);
        else if (strcmp(argv[i], "--max-states") == 0) i++;
    if (totals.stats) print_stats(&totals);
    strbuf_free(&totals.table);
    printf("checked %d file%s: %d error%s, %d warning%s\n", totals.files, totals.files == 1 ? "" : "s", totals.errors,
           totals.errors == 1 ? "" : "s", totals.warnings, totals.warnings == 1 ? "" : "s");
    return totals.errors || (strict && totals.warnings) ? 1 : 0;
}
