/* report_file.h: a report's place on disk, settled before the session it records: its folder made,
   and a name claimed that no other report has had or will take. */
#ifndef HEARTLINES_REPORT_FILE_H
#define HEARTLINES_REPORT_FILE_H

#include <stdbool.h>
#include <stddef.h>

enum { REPORT_PATH_MAX = 4400, REPORT_KINDS_MAX = 4, REPORT_TRIES_MAX = 1000 };

/* Makes dir and any missing parents (mode 0700); false with why, naming the folder, if it
   cannot. */
bool report_make_folder(const char *dir, char *why, size_t why_size);
/* Makes dir, then claims DIR/STEM.EXT for each of the count extensions (".md"), or STEM-2.EXT,
   STEM-3.EXT...: each is created empty with O_EXCL (never through a link), so two sessions in
   the same minute get different names. paths[i] gets each path. False with why when the folder
   cannot be made or written: say so before the session, not after. */
bool report_claim(const char *dir, const char *stem, const char *const *extensions, int count,
                  char paths[][REPORT_PATH_MAX], char *why, size_t why_size);
/* Splits path ("notes/us.md") into its folder ("notes", "." for none), stem ("us") and
   extension (".md", "" for none), then claims it as report_claim does. */
bool report_claim_path(const char *path, char out[REPORT_PATH_MAX], char *why, size_t why_size);

#endif
