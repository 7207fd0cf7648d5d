/* strings_cmd.c: writes every text of a scenario by stable id, as a PO template or CSV. With
   --lang, the translations already in FILE.<lang>.po (or .csv) are kept, those made for text
   that has changed since are marked fuzzy, and a count goes to standard error. */
#include "strings_cmd.h"

#include <stdlib.h>
#include <string.h>

#include "../core/array_grow.h"
#include "../core/check.h"
#include "../core/translate.h"

typedef struct Export {
    FILE *out;
    bool csv;
    const char *path;
    const Catalog *existing;
    int translated, missing, stale;
} Export;

/* The translation an earlier file had for id: the one made for this English when there is one
   (a computed text has several under one id), else whatever English it was made for. */
static const CatalogEntry *earlier(const Catalog *catalog, const char *id, const char *source)
{
    const CatalogEntry *any = NULL;
    for (int i = 0; catalog && i < catalog->count; i++) {
        const CatalogEntry *entry = &catalog->entries[i];
        if (!entry->context || strcmp(entry->context, id) != 0) continue;
        if (strcmp(entry->source, source) == 0) return entry;
        if (!any) any = entry;
    }
    return any;
}

static void export_text(void *ctx, Scenario *scenario, const char *id, const char **text, int line)
{
    (void)scenario;
    Export *e = ctx;
    const CatalogEntry *old = earlier(e->existing, id, *text);
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

/* Computed text: the checker calls every text function in every reachable state; a proxy of the
   hooks keeps each distinct result, so each can be translated like fixed text. */
typedef struct Collected {
    ScriptHooks real;
    Catalog results;             /* context: the function handle as text; source: a result */
} Collected;

static bool collect_condition(void *ctx, int fn, const int *vars, bool *result, DiagList *diags)
{
    Collected *c = ctx;
    return c->real.condition(c->real.ctx, fn, vars, result, diags);
}

static bool collect_text(void *ctx, int fn, const int *vars, StrBuf *out, DiagList *diags)
{
    Collected *c = ctx;
    size_t start = out->length;
    if (!c->real.text(c->real.ctx, fn, vars, out, diags)) return false;
    char key[32];
    snprintf(key, sizeof key, "%d", fn);
    const char *result = out->data ? out->data + start : "";
    if (*result && !catalog_lookup(&c->results, key, result)) {
        Catalog *r = &c->results;
        CatalogEntry *entries =
            array_grow(r->entries, &r->capacity, r->count + 1, sizeof *entries, 64);
        if (!entries) return true;
        r->entries = entries;
        r->entries[r->count++] = (CatalogEntry){strdup(key), strdup(result), strdup("x"), false, 0};
    }
    return true;
}

static void export_computed(Export *e, const Catalog *results, const char *id, const Text *text,
                            int line)
{
    char key[32];
    snprintf(key, sizeof key, "%d", text->fn);
    for (int i = 0; i < results->count; i++) {
        if (strcmp(results->entries[i].context, key) != 0) continue;
        const char *source = results->entries[i].source;
        export_text(e, NULL, id, &source, line);
    }
}

static void export_all_computed(Export *e, const Scenario *scenario, const Catalog *results)
{
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        for (int i = 0; i < node->line_count; i++)
            if (node->lines[i].text.fn)
                export_computed(e, results, node->lines[i].id, &node->lines[i].text,
                                node->lines[i].line);
        for (int c = 0; c < node->choice_count; c++)
            if (node->choices[c].text.fn)
                export_computed(e, results, node->choices[c].id, &node->choices[c].text,
                                node->choices[c].line);
    }
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
    if (!path)
        return fprintf(stderr, "heartlines strings: which scenario? As in: heartlines strings "
                               "FILE.lua > FILE.fr.po\n"),
               2;
    LoaderOptions options = cli->loader;
    options.lang = NULL;                                     /* export the original text */
    DiagList diags = {0};
    LoadedScenario loaded;
    int status = 1;
    if (loader_open(path, &options, &diags, &loaded)) {
        Catalog existing = {0};
        char translation_path[4400], why[512];
        size_t stem =
            strlen(path) - (strlen(path) > 4 && !strcmp(path + strlen(path) - 4, ".lua") ? 4 : 0);
        snprintf(translation_path, sizeof translation_path, "%.*s.%s.%s", (int)stem, path,
                 lang ? lang : "", csv ? "csv" : "po");
        bool have = lang && catalog_read(&existing, translation_path, why, sizeof why);
        Export e = {.out = stdout, .csv = csv, .path = path, .existing = have ? &existing : NULL};
        if (csv) fprintf(stdout, "id,source,translation\n");
        else
            fprintf(stdout,
                    "# Texts of %s%s%s, by stable id. See docs/translating.md.\nmsgid \"\"\nmsgstr "
                    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n",
                    loaded.scenario->title, lang ? " in " : "", lang ? lang : "");
        translate_visit(loaded.scenario, export_text, &e);
        Collected collected = {.real = loaded.hooks};
        ScriptHooks proxy = {&collected, collect_condition, collect_text};
        CheckOptions check = {.max_states = CHECK_DEFAULT_MAX_STATES};
        CheckStats stats;
        check_scenario(loaded.scenario, &proxy, &check, &diags, &stats);
        export_all_computed(&e, loaded.scenario, &collected.results);
        catalog_free(&collected.results);
        if (lang)
            fprintf(stderr, "%s: %d translated, %d missing, %d stale (marked fuzzy)\n",
                    translation_path, e.translated, e.missing, e.stale);
        catalog_free(&existing);
        status = 0;
    }
    cli_print_diags(stderr, &diags);
    loader_close(&loaded);
    diag_list_free(&diags);
    return status;
}
