/* check_pack.h: what check learns from the files of one run read together: the surface cues of
   each scenario against chance, read with what the other scenarios teach (W310), and sentences
   repeated across files (W311). */
#ifndef HEARTLINES_CHECK_PACK_H
#define HEARTLINES_CHECK_PACK_H

#include "../core/cues.h"
#include "../core/repeats.h"
#include "../lua/loader.h"

typedef struct PackFile {
    char *path;
    bool loaded; /* loaded and linked without errors */
    CueSet cues;
    CueFigures figures;
    DiagList diags; /* findings about this file that need the others */
} PackFile;

typedef struct Pack {
    PackFile *files;
    int count;
    bool whole;       /* two or more scenarios loaded: the pack is read as a whole */
    CueFigures total; /* over every loaded file */
    RepeatIndex repeats;
    StrBuf leaning_skilful, leaning_other;   /* cues_leaning_words over every loaded file */
} Pack;

/* Loads every path (errors are left to the per-file check) and measures them together. With fewer
   than two scenarios loaded nothing is measured and no file gets a finding. */
void pack_build(Pack *pack, char *const *paths, int count, const LoaderOptions *loader);
/* The file of the pack with this path, or NULL. */
const PackFile *pack_file(const Pack *pack, const char *path);
void pack_free(Pack *pack);

#endif
