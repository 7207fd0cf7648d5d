/* cli.c: the host: what every front end and tool stands on: the data folder, the interface
   catalogue, loader options, printing diagnostics, listing a folder. */
#include "cli.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/array_grow.h"
#include "diag_print.h"
#include "paths.h"

bool cli_init(Cli *cli)
{
    if (!paths_data_dir(cli->data_dir, sizeof cli->data_dir)) {
        fprintf(stderr,
                "heartlines: cannot find the game's data folder (scripts/lib/scenario_api.lua); "
                "set HEARTLINES_DATA to the folder that holds scripts/\n");
        return false;
    }
    snprintf(cli->api_path, sizeof cli->api_path, "%s/scripts/lib/scenario_api.lua", cli->data_dir);
    cli->loader = (LoaderOptions){.limits = sandbox_default_limits(), .api_path = cli->api_path};
    cli->ui = (Catalog){0};
    cli->lang[0] = '\0';
    return true;
}

void cli_set_lang(Cli *cli, const char *lang)
{
    snprintf(cli->lang, sizeof cli->lang, "%s", lang);
    cli->loader.lang = cli->lang;
    char path[4400], why[512];
    snprintf(path, sizeof path, "%s/scripts/lang/%s.po", cli->data_dir, cli->lang);
    catalog_free(&cli->ui);
    if (access(path, F_OK) == 0) {   /* access: a FIFO is not opened here */
        if (!catalog_read_po(&cli->ui, path, why, sizeof why))
            fprintf(stderr, "heartlines: %s\n", why);
        StrBuf refused = {0};
        if (catalog_refuse_changed_conversions(&cli->ui, path, &refused))
            fputs(strbuf_text(&refused), stderr);
        strbuf_free(&refused);
    }
}

void cli_free(Cli *cli) { catalog_free(&cli->ui); }

static int compare_diags(const void *a, const void *b)
{
    const Diag *x = a, *y = b;
    int by_file = strcmp(x->file, y->file);
    return by_file ? by_file : x->line - y->line;
}

void cli_print_diags(FILE *out, DiagList *diags)
{
    if (diags->count)
        qsort(diags->items, (size_t)diags->count, sizeof *diags->items, compare_diags);
    diag_print_lines(out, diags);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **cli_list_files(const char *dir, const char *extension, int *count)
{
    size_t extension_length = strlen(extension);
    *count = 0;
    DIR *folder = opendir(dir);
    if (!folder) return NULL;
    char **list = NULL;
    int capacity = 0;
    for (struct dirent *entry; (entry = readdir(folder));) {
        size_t length = strlen(entry->d_name);
        if (length <= extension_length ||
            strcmp(entry->d_name + length - extension_length, extension) != 0 ||
            entry->d_name[0] == '.')
            continue;
        char **grown = array_grow(list, &capacity, *count + 1, sizeof *list, 16);
        if (!grown) break;
        list = grown;
        size_t size = strlen(dir) + length + 2;
        char *path = malloc(size);
        if (!path) break;
        snprintf(path, size, "%s/%s", dir, entry->d_name);
        list[(*count)++] = path;
    }
    closedir(folder);
    if (list) qsort(list, (size_t)*count, sizeof *list, compare_names);
    return list;
}

void cli_free_list(char **list, int count)
{
    for (int i = 0; i < count; i++) free(list[i]);
    free(list);
}
