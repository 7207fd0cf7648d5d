/* resume.c: decisions are saved by node id and authored choice index, so a scenario edited since
   still resumes wherever those places still exist. */
#include "resume.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

void resume_save(Store *store, const char *scenario_path, const Scenario *scenario, uint64_t seed,
                 const Record *record)
{
    store_clear(store);
    char number[32];
    snprintf(number, sizeof number, "%llu", (unsigned long long)seed);
    store_set(store, "scenario", scenario_path);
    store_set(store, "id", scenario->id ? scenario->id : "");
    store_set(store, "seed", number);
    StrBuf steps = {0};
    for (int i = 0; i < record->count; i++)
        strbuf_printf(&steps, "%s%s:%s", i ? "," : "", scenario->nodes[record->steps[i].node].id,
                      scenario->nodes[record->steps[i].node].choices[record->steps[i].choice].id);
    store_set(store, "steps", strbuf_text(&steps));
    strbuf_free(&steps);
}

bool resume_target(const Store *store, const char **scenario_path, uint64_t *seed)
{
    const char *path = store_get(store, "scenario"), *seed_text = store_get(store, "seed");
    if (!path || !*path || !seed_text) return false;
    char *end;
    *seed = strtoull(seed_text, &end, 10);
    *scenario_path = path;
    return *end == '\0';
}

int resume_replay(Runtime *runtime, const Store *store, char *why, size_t why_size)
{
    const char *steps = store_get(store, "steps");
    const Scenario *scenario = runtime_scenario(runtime);
    int replayed = 0;
    for (const char *p = steps; p && *p;) {
        const char *colon = strchr(p, ':');
        if (!colon) break;
        /* Whole ids, however long: a cut one could name another node. */
        char *id = strndup(p, (size_t)(colon - p)),
             *choice_id = strndup(colon + 1, strcspn(colon + 1, ","));
        int node = id ? scenario_find_node(scenario, id) : NODE_NONE;
        int choice =
            node == NODE_NONE || !choice_id ? -1 : scenario_find_choice(scenario, node, choice_id);
        bool replays = choice >= 0 && runtime_replay(runtime, node, choice);
        if (!replays)
            snprintf(why, why_size,
                     "the scenario changed at '%.200s', so the game resumes from decision %d",
                     id ? id : "?", replayed + 1);
        free(id);
        free(choice_id);
        if (!replays) return replayed;
        replayed++;
        const char *comma = strchr(colon, ',');
        p = comma ? comma + 1 : NULL;
    }
    return replayed;
}
