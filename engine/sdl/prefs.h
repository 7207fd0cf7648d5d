/* prefs.h: settings, progress and the autosave, kept as readable files in the per-user folder. */
#ifndef HEARTLINES_PREFS_H
#define HEARTLINES_PREFS_H

#include <stdbool.h>

#include "../core/model.h"
#include "../core/record.h"
#include "../core/settings.h"
#include "../core/store.h"
#include "../core/text_format.h"

typedef enum PrefFile { PREF_SETTINGS, PREF_PROGRESS, PREF_AUTOSAVE, PREF_COUNT } PrefFile;

typedef struct Prefs {
    char dir[PATH_SIZE];              /* ends with '/'; "" when there is nowhere to save */
    Store stores[PREF_COUNT];
    Settings settings;
    char notice[10000]; /* what the player should know (a file set aside, a report written); "" if
                           nothing */
} Prefs;

/* Reads every file from dir. A corrupt one is set aside as NAME.corrupt-<time>, reported in
   notice, and replaced by defaults. */
void prefs_load(Prefs *prefs, const char *dir);
/* Writes one file atomically; on failure notice says the game cannot save (and play goes on). */
bool prefs_save(Prefs *prefs, PrefFile file);
void prefs_save_settings(Prefs *prefs);
/* Adds a finished run to the progress file as it is on disk now, so that what a terminal run (or
   another window) added since this one read it is kept, never overwritten; then holds that file.
   A problem is said in the notice; false when the run was not kept on disk. */
bool prefs_add_progress(Prefs *prefs, const Scenario *scenario, const Record *record);
void prefs_forget_autosave(Prefs *prefs);
void prefs_free(Prefs *prefs);

#endif
