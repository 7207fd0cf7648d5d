/* cli.h: what the commands share: finding the scenario API, loader options, printing diagnostics. */
#ifndef HEARTLINES_CLI_H
#define HEARTLINES_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "core/diag.h"
#include "lua/loader.h"

typedef struct Cli {
    char data_dir[4096];
    char api_path[4200];
    LoaderOptions loader;
} Cli;

/* Fills cli from the data folder; prints why and returns false when it cannot be found. */
bool cli_init(Cli *cli);
/* Prints each diagnostic as "file:line: CODE: message", sorted by file and line. */
void cli_print_diags(FILE *out, DiagList *diags);
/* The .lua files in dir, sorted; the caller frees the list and each name. */
char **cli_list_scenarios(const char *dir, int *count);
void cli_free_list(char **list, int count);

#endif
