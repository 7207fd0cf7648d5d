/* catalogue.c: scanning the scenario folder. */
#include "catalogue.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../host/cli.h"

static char *copy(const char *text) { return strdup(text ? text : ""); }

void catalogue_scan(Catalogue *catalogue, const char *dir, const LoaderOptions *options)
{
    catalogue_free(catalogue);
    int count = 0;
    char **files = cli_list_files(dir, ".lua", &count);
    catalogue->entries = calloc((size_t)(count ? count : 1), sizeof *catalogue->entries);
    for (int i = 0; catalogue->entries && i < count; i++) {
        CatalogueEntry *entry = &catalogue->entries[catalogue->count++];
        DiagList diags = {0};
        LoadedScenario loaded;
        bool ok = loader_open(files[i], options, &diags, &loaded);
        const Scenario *s = loaded.scenario;
        StrBuf error = {0}, notes = {0};
        if (!ok && diags.count) diag_format(&diags.items[0], &error);
        for (int k = 0; s && k < s->note_count; k++)
            strbuf_printf(&notes, "%s%s", k ? "; " : "", s->notes[k]);
        *entry = (CatalogueEntry){
            .path = copy(files[i]), .id = copy(s ? s->id : NULL),
            .title = copy(s && s->title ? s->title : strrchr(files[i], '/') + 1),
            .blurb = copy(s ? s->blurb : NULL), .minutes = s ? s->minutes : 0,
            .endings = s ? scenario_ending_count(s) : 0,
            .two_roles = s && s->role_count == 2,
            .notes = copy(strbuf_text(&notes)), .broken = !ok, .error = copy(strbuf_text(&error)),
        };
        strbuf_free(&error);
        strbuf_free(&notes);
        loader_close(&loaded);
        diag_list_free(&diags);
    }
    cli_free_list(files, count);
}

void catalogue_free(Catalogue *catalogue)
{
    for (int i = 0; i < catalogue->count; i++) {
        CatalogueEntry *entry = &catalogue->entries[i];
        free(entry->path), free(entry->id), free(entry->title), free(entry->blurb),
            free(entry->notes), free(entry->error);
    }
    free(catalogue->entries);
    *catalogue = (Catalogue){0};
}
