/* cli.h: the host part: what the window, the terminal and the tools share: the data folder, the
   scenario API, loader options, the interface catalogue, printing diagnostics. */
#ifndef HEARTLINES_CLI_H
#define HEARTLINES_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "../core/catalog.h"
#include "../core/diag.h"
#include "../core/text_format.h"
#include "../lua/loader.h"

typedef struct Cli {
    char data_dir[PATH_SIZE];
    char api_path[PATH_SIZE];
    char scenarios_dir[PATH_SIZE];   /* the bundled scenarios: data_dir/scripts/scenarios */
    LoaderOptions loader;
    char lang[16];               /* --lang CODE, "" for the original English */
    Catalog ui;                  /* the interface's strings in lang (scripts/lang/CODE.po) */
} Cli;

/* Fills cli from the data folder; prints why and returns false when it cannot be found. */
bool cli_init(Cli *cli);
/* Plays in language lang: scenarios with a translation, and the interface when scripts/lang has it.
 */
void cli_set_lang(Cli *cli, const char *lang);
void cli_free(Cli *cli);
/* Prints each diagnostic as "file:line: CODE: message", sorted by file and line. */
void cli_print_diags(FILE *out, DiagList *diags);
/* The files in dir whose names end in extension (".lua"), sorted, as "dir/name"; free the list
   with cli_free_list. */
char **cli_list_files(const char *dir, const char *extension, int *count);
void cli_free_list(char **list, int count);

#endif
