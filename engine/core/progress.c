/* progress.c: endings and journal entries kept in a store. */
#include "progress.h"

#include <stdio.h>
#include <string.h>

#include "strbuf.h"
#include "vocab.h"

const char *progress_endings(const Store *progress, const char *scenario_id)
{
    char key[256];
    snprintf(key, sizeof key, "ending.%s", scenario_id);
    return store_get(progress, key);
}

bool progress_has_ending(const Store *progress, const char *scenario_id, const char *ending_id)
{
    const char *endings = progress_endings(progress, scenario_id);
    size_t length = strlen(ending_id);
    for (const char *p = endings; p && *p;) {
        const char *comma = strchr(p, ',');
        size_t item = comma ? (size_t)(comma - p) : strlen(p);
        if (item == length && strncmp(p, ending_id, length) == 0) return true;
        p = comma ? comma + 1 : NULL;
    }
    return false;
}

int progress_ending_count(const Store *progress, const char *scenario_id)
{
    const char *endings = progress_endings(progress, scenario_id);
    int count = endings && *endings ? 1 : 0;
    for (const char *p = endings; p && *p; p++) count += *p == ',';
    return count;
}

bool progress_add_record(Store *progress, const Scenario *scenario, const Record *record)
{
    if (!scenario->id || record->ending == NODE_NONE) return false;
    const char *ending = scenario->nodes[record->ending].id;
    bool ok = true;
    if (!progress_has_ending(progress, scenario->id, ending)) {
        const char *before = progress_endings(progress, scenario->id);
        StrBuf value = {0};
        strbuf_printf(&value, "%s%s%s", before ? before : "", before ? "," : "", ending);
        char key[256];
        snprintf(key, sizeof key, "ending.%s", scenario->id);
        ok = !value.failed && store_set(progress, key, strbuf_text(&value));
        strbuf_free(&value);
    }
    for (int i = 0; i < record->count; i++) {
        const Step *step = &record->steps[i];
        const Choice *choice = &scenario->nodes[step->node].choices[step->choice];
        if (step->other_side) continue; /* the other character's line, not the player's */
        for (int k = 0; k < choice->skill_count; k++) {
            char key[128];
            snprintf(key, sizeof key, "journal.%s", vocab_tag(TAG_SKILL, choice->skills[k])->id);
            ok &= store_set(progress, key, step->said);
        }
    }
    return ok;
}

bool progress_add_to_file(const char *path, const Scenario *scenario, const Record *record,
                          char *said, size_t said_size)
{
    Store progress = {0};
    char why[512] = "", moved[4300] = "";
    said[0] = '\0';
    StoreStatus status = store_read(&progress, path, PROGRESS_HEADER, why, sizeof why);
    if (status == STORE_CORRUPT || status == STORE_UNREADABLE) {
        if (!store_set_aside(path, moved, sizeof moved)) {
            snprintf(said, said_size, "Your progress was not saved: %s could not be read (%s).",
                     path, why);
            store_free(&progress);
            return false;
        }
        snprintf(said, said_size, "%s could not be read (%s); it was kept aside as %s.", path, why,
                 moved);
        store_clear(&progress);
    }
    bool kept = progress_add_record(&progress, scenario, record) &&
                store_write(&progress, path, PROGRESS_HEADER, why, sizeof why);
    if (!kept) {
        size_t used = strlen(said);
        snprintf(said + used, said_size - used, "%sYour progress was not saved (%s).",
                 used ? " " : "", why[0] ? why : "it could not be added");
    }
    store_free(&progress);
    return kept;
}
