/* check_pack.c: loads the files of a check run once more, up front, so that each can be judged
   against the rest before its own report is printed. */
#include "check_pack.h"

#include <stdlib.h>
#include <string.h>

enum { LEANING_WORDS_SHOWN = 12, LEANING_WORDS_MIN_USES = 10 };

static void load_file(Pack *pack, PackFile *file, const LoaderOptions *loader)
{
    DiagList ignored = {0}; /* the per-file check reports these */
    LoadedScenario loaded;
    if (loader_open(file->path, loader, &ignored, &loaded) && diag_error_count(&ignored) == 0) {
        cues_collect(loaded.scenario, &file->cues);
        repeats_collect(&pack->repeats, loaded.scenario, &loaded.hooks, (int)(file - pack->files));
        file->loaded = true;
    }
    loader_close(&loaded);
    diag_list_free(&ignored);
}

void pack_build(Pack *pack, char *const *paths, int count, const LoaderOptions *loader)
{
    *pack = (Pack){.files = calloc((size_t)count + 1, sizeof *pack->files)};
    if (!pack->files || count < 2) return;
    int loaded = 0;
    for (int i = 0; i < count; i++) {
        PackFile *file = &pack->files[pack->count];
        if (!(file->path = strdup(paths[i]))) continue;
        pack->count++;
        load_file(pack, file, loader);
        loaded += file->loaded;
    }
    pack->whole = loaded >= 2;
    if (!pack->whole) return;
    /* Only loaded files train and are measured: a set of a failed file is empty anyway. */
    CueSet *sets = calloc((size_t)pack->count, sizeof *sets);
    const char **names = calloc((size_t)pack->count, sizeof *names);
    DiagList **diags = calloc((size_t)pack->count, sizeof *diags);
    if (!sets || !names || !diags) {
        free(sets), free(names), free(diags);
        return;
    }
    for (int i = 0; i < pack->count; i++)
        sets[i] = pack->files[i].cues, names[i] = pack->files[i].path,
        diags[i] = &pack->files[i].diags;
    for (int i = 0; i < pack->count; i++) {
        PackFile *file = &pack->files[i];
        if (!file->loaded) continue;
        cues_measure(sets, pack->count, i, &file->figures);
        cues_add(&pack->total, &file->figures);
        cues_warn(&file->cues, &file->figures, &file->diags);
    }
    repeats_warn(&pack->repeats, names, diags);
    cues_leaning_words(sets, pack->count, LEANING_WORDS_SHOWN, LEANING_WORDS_MIN_USES,
                       &pack->leaning_skilful, &pack->leaning_other);
    free(sets);
    free(names);
    free(diags);
}

const PackFile *pack_file(const Pack *pack, const char *path)
{
    for (int i = 0; i < pack->count; i++)
        if (strcmp(pack->files[i].path, path) == 0) return &pack->files[i];
    return NULL;
}

void pack_free(Pack *pack)
{
    for (int i = 0; i < pack->count; i++) {
        free(pack->files[i].path);
        cues_set_free(&pack->files[i].cues);
        diag_list_free(&pack->files[i].diags);
    }
    free(pack->files);
    repeats_free(&pack->repeats);
    strbuf_free(&pack->leaning_skilful);
    strbuf_free(&pack->leaning_other);
    *pack = (Pack){0};
}
