/* resume.h: the autosave of a scenario in progress, and replaying it to where the player was. */
#ifndef HEARTLINES_RESUME_H
#define HEARTLINES_RESUME_H

#include <stddef.h>
#include <stdint.h>

#include "runtime.h"
#include "store.h"

#define RESUME_HEADER "# heartlines autosave 1"

/* Fills store with the scenario file, its id, the seed and each decision as "node_id:choice_id"
   (stable ids: see scenario_link), so a save survives edits that leave its places in place. */
void resume_save(Store *store, const char *scenario_path, const Scenario *scenario, uint64_t seed,
                 const Record *record);
/* The saved scenario file and seed; false when the store holds no usable autosave. */
bool resume_target(const Store *store, const char **scenario_path, uint64_t *seed);
/* Replays the saved decisions into a runtime started with the same seed. Returns how many were
   replayed; when that is fewer than saved, why says where the story changed. */
int resume_replay(Runtime *runtime, const Store *store, char *why, size_t why_size);

#endif
