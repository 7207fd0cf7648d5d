/* progress.h: what the player has done across scenarios: endings reached and a skills journal. */
#ifndef HEARTLINES_PROGRESS_H
#define HEARTLINES_PROGRESS_H

#include <stdbool.h>

#include "model.h"
#include "record.h"
#include "store.h"

#define PROGRESS_HEADER "# heartlines progress 1"
#define PROGRESS_FILE "progress.txt"   /* in the per-user folder, for the window and the terminal */

/* Adds the record's ending to "ending.<scenario id>" and, for each skill shown, the line that
   showed it most recently to "journal.<skill id>". Returns false when nothing could be added. */
bool progress_add_record(Store *progress, const Scenario *scenario, const Record *record);
/* Adds the record to the progress file at path as it is on disk now (read, add, write whole and
   atomically), for a front end that does not keep the file open, like the terminal. A file that
   cannot be read is set aside as the window does, never overwritten. said gets a sentence for the
   player when something went wrong ("" when not); returns false when the record was not kept. */
bool progress_add_to_file(const char *path, const Scenario *scenario, const Record *record,
                          char *said, size_t said_size);
/* The endings reached in a scenario, comma-separated ids, or NULL. */
const char *progress_endings(const Store *progress, const char *scenario_id);
bool progress_has_ending(const Store *progress, const char *scenario_id, const char *ending_id);
/* How many different endings of a scenario have been reached. */
int progress_ending_count(const Store *progress, const char *scenario_id);

#endif
