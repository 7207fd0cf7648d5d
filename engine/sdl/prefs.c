/* prefs.c: the three files and what to do when one is unreadable. */
#include "prefs.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../core/progress.h"
#include "../core/resume.h"
#include "../core/strbuf.h"
#include "../core/text_format.h"

static const char *const names[PREF_COUNT] = {"settings.txt", PROGRESS_FILE, "autosave.txt"};
static const char *const headers[PREF_COUNT] = {SETTINGS_HEADER, PROGRESS_HEADER, RESUME_HEADER};

/* Every file's path fits in PATH_SIZE once prefs_load has accepted the folder. */
static bool path_of(const Prefs *prefs, PrefFile file, char out[PATH_SIZE])
{
    return text_format(out, PATH_SIZE, "%s%s", prefs->dir, names[file]);
}

/* Adds a sentence to the notice the title screen shows (cut to fit, never overrun). */
static void note(Prefs *prefs, const char *format, ...)
{
    StrBuf message = {0};
    va_list args;
    va_start(args, format);
    strbuf_vprintf(&message, format, args);
    va_end(args);
    size_t used = strlen(prefs->notice);
    if (!strstr(prefs->notice, strbuf_text(&message)))
        snprintf(prefs->notice + used, sizeof prefs->notice - used, "%s%s", used ? " " : "",
                 strbuf_text(&message));
    strbuf_free(&message);
}

void prefs_load(Prefs *prefs, const char *dir)
{
    prefs->notice[0] = '\0';
    bool fits = text_format(prefs->dir, sizeof prefs->dir, "%s", dir ? dir : "");
    char path[PATH_SIZE];
    for (int i = 0; i < PREF_COUNT && fits; i++) fits = path_of(prefs, (PrefFile)i, path);
    if (!fits) {
        note(prefs, "The folder for saves has too long a name (%.200s...); nothing will be kept.",
             dir);
        prefs->dir[0] = '\0';
    }
    for (int i = 0; i < PREF_COUNT && prefs->dir[0]; i++) {
        char why[512], moved[PATH_SIZE + 32];
        path_of(prefs, (PrefFile)i, path);
        StoreStatus status = store_read(&prefs->stores[i], path, headers[i], why, sizeof why);
        if (status == STORE_CORRUPT || status == STORE_UNREADABLE) {
            bool moved_ok = store_set_aside(path, moved, sizeof moved);
            note(prefs, "%s could not be read (%s); %s.", path, why,
                 moved_ok ? "it was kept aside and defaults are used" : "defaults are used");
        }
    }
    prefs->settings = settings_from_store(&prefs->stores[PREF_SETTINGS]);
}

bool prefs_save(Prefs *prefs, PrefFile file)
{
    if (!prefs->dir[0]) return false;
    char path[PATH_SIZE], why[512];
    path_of(prefs, file, path);
    if (store_write(&prefs->stores[file], path, headers[file], why, sizeof why)) return true;
    note(prefs, "Saving failed (%s); play goes on, but it will not be kept.", why);
    return false;
}

bool prefs_add_progress(Prefs *prefs, const Scenario *scenario, const Record *record)
{
    progress_add_record(&prefs->stores[PREF_PROGRESS], scenario, record);   /* shown even unsaved */
    if (!prefs->dir[0]) return false;
    char path[PATH_SIZE], said[2 * PATH_SIZE + 1024], why[512];
    path_of(prefs, PREF_PROGRESS, path);
    bool kept = progress_add_to_file(path, scenario, record, said, sizeof said);
    if (said[0]) note(prefs, "%s", said);
    Store on_disk = {0};
    if (kept && store_read(&on_disk, path, PROGRESS_HEADER, why, sizeof why) == STORE_OK) {
        store_free(&prefs->stores[PREF_PROGRESS]);
        prefs->stores[PREF_PROGRESS] = on_disk;   /* with what other runs added since it was read */
    } else store_free(&on_disk);
    return kept;
}

void prefs_save_settings(Prefs *prefs)
{
    settings_to_store(&prefs->settings, &prefs->stores[PREF_SETTINGS]);
    prefs_save(prefs, PREF_SETTINGS);
}

void prefs_forget_autosave(Prefs *prefs)
{
    store_clear(&prefs->stores[PREF_AUTOSAVE]);
    char path[PATH_SIZE];
    path_of(prefs, PREF_AUTOSAVE, path);
    if (prefs->dir[0]) remove(path);
}

void prefs_free(Prefs *prefs)
{
    for (int i = 0; i < PREF_COUNT; i++) store_free(&prefs->stores[i]);
}
