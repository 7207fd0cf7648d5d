/* strings_cmd.c: writes every text of a scenario by stable id, as a PO template or CSV. With
   --lang, the translations already in FILE.<lang>.po (or .csv) are kept, those made for text
   that has changed since are marked fuzzy, and a count goes to standard error. */
#include "strings_cmd.h"

#include <string.h>

#include "../core/translate.h"

typedef struct Export {
    FILE *out;
    bool csv;
    const char *path;
    const Catalog *existing;
    int translated, missing, stale;
} Export;

/* The translation an earlier file had for id, whatever English it was made for. */
static const CatalogEntry *earlier(const Catalog *catalog, const char *id)
{
    for (int i = 0; catalog && i < catalog->count; i++)
        if (catalog->entries[i].context && strcmp(catalog->entries[i].context, id) == 0) return &catalog->entries[i];
    return NULL;
}

static void export_text(void *ctx, Scenario *scenario, const char *id, const char **text, int line)
{
    (void)scenario;
    Export *e = ctx;
    const CatalogEntry *old = earlier(e->existing, id);
    bool current = old && strcmp(old->source, *text) == 0 && old->translation[0] && !old->fuzzy;
    bool stale = old && !current && old->translation[0];
    e->translated += current, e->stale += stale, e->missing += !old || !old->translation[0];
    const char *translation = old ? old->translation : NULL;
    if (e->csv) {
        catalog_write_csv_row(e->out, id, *text, translation);
        return;
    }
    char where[4400];
    snprintf(where, sizeof where, "%s:%d", e->path, line);
    if (stale) catalog_write_fuzzy_mark(e->out, old->source);
    catalog_write_po_entry(e->out, where, id, *text, translation);
}

int strings_cmd_run(Cli *cli, int argc, char **argv)
{
    const char *path = NULL, *lang = cli->lang[0] ? cli->lang : NULL;   /* --lang, taken by main */
    bool csv = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--csv") == 0) csv = true;
        else if (argv[i][0] != '-' && !path) path = argv[i];
        else return fprintf(stderr, "heartlines strings: unexpected '%s'\n", argv[i]), 2;
    }
    if (!path) return fprintf(stderr, "heartlines strings: which scenario? As in: heartlines strings FILE.lua > FILE.fr.po\n"), 2;
    LoaderOptions options = cli->loader;
    options.lang = NULL;                                     /* export the original text */
    DiagList diags = {0};
    LoadedScenario loaded;
    int status = 1;
    if (loader_open(path, &options, &diags, &loaded)) {
        Catalog existing = {0};
        char translation_path[4400], why[512];
        size_t stem = strlen(path) - (strlen(path) > 4 && !strcmp(path + strlen(path) - 4, ".lua") ? 4 : 0);
        snprintf(translation_path, sizeof translation_path, "%.*s.%s.%s", (int)stem, path, lang ? lang : "", csv ? "csv" : "po");
        bool have = lang && catalog_read(&existing, translation_path, why, sizeof why);
        Export e = {.out = stdout, .csv = csv, .path = path, .existing = have ? &existing : NULL};
        if (csv) fprintf(stdout, "id,source,translation\n");
        else fprintf(stdout, "# Texts of %s%s%s, by stable id. See docs/translating.md.\nmsgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n",
                     loaded.scenario->title, lang ? " in " : "", lang ? lang : "");
        translate_visit(loaded.scenario, export_text, &e);
        if (lang)
            fprintf(stderr, "%s: %d translated, %d missing, %d stale (marked fuzzy)\n", translation_path, e.translated,
                    e.missing, e.stale);
        catalog_free(&existing);
        status = 0;
    }
    cli_print_diags(stderr, &diags);
    loader_close(&loaded);
    diag_list_free(&diags);
    return status;
}
