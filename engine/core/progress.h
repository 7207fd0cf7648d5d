/* progress.h: what the player has done across scenarios: endings reached and a skills journal. */
#ifndef HEARTLINES_PROGRESS_H
#define HEARTLINES_PROGRESS_H

#include <stdbool.h>

#include "model.h"
#include "record.h"
#include "store.h"

#define PROGRESS_HEADER "# heartlines progress 1"

/* Adds the record's ending to "ending.<scenario id>" and, for each skill shown, the line that
   showed it most recently to "journal.<skill id>". Returns false when nothing could be added. */
bool progress_add_record(Store *progress, const Scenario *scenario, const Record *record);
/* The endings reached in a scenario, comma-separated ids, or NULL. */
const char *progress_endings(const Store *progress, const char *scenario_id);
bool progress_has_ending(const Store *progress, const char *scenario_id, const char *ending_id);

#endif
