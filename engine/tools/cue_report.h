/* cue_report.h: the surface-cue figures of check --stats, as table rows or as JSON. */
#ifndef HEARTLINES_CUE_REPORT_H
#define HEARTLINES_CUE_REPORT_H

#include <stdio.h>

#include "../core/cues.h"
#include "../core/strbuf.h"

/* One row of the per-scenario table, named name. */
void cue_report_row(StrBuf *table, const char *name, const CueFigures *figures);
/* The table's heading, its rows, the pack's row and, for the pack, each reader in full. */
void cue_report_table(FILE *out, const char *rows, const CueFigures *total);
/* {"decisions": N, "chance": P, "longest": {...}, ...} */
void cue_report_json(FILE *out, const CueFigures *figures);

#endif
