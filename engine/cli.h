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
/* The files in dir whose names end in extension (".lua"), sorted, as "dir/name"; free the list
   with cli_free_list. */
char **cli_list_files(const char *dir, const char *extension, int *count);
void cli_free_list(char **list, int count);

#endif
