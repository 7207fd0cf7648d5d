/* check_report.h: what `heartlines check` prints: lines for people, or one JSON document for
 * editors. */
#ifndef HEARTLINES_CHECK_REPORT_H
#define HEARTLINES_CHECK_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "../core/check.h"
#include "../core/cues.h"
#include "check_pack.h"
#include "../core/stats.h"
#include "../core/strbuf.h"
#include "../core/vocab.h"

/* One checked file. scenario is NULL when it did not load; stats and node_hits only when asked. */
typedef struct FileResult {
    const char *path;
    const Scenario *scenario;
    const DiagList *diags;
    CheckStats check;
    const ScenarioStats *stats;
    const int *node_hits;
    int runs;
    const CueFigures *cues; /* --stats over two or more files: this file read against the rest */
} FileResult;

typedef struct Report {
    FILE *out;
    bool json;
    int files, errors, warnings;
    bool any_stats;
    ScenarioStats pack;          /* sums over the files measured */
    int skill_uses[64], pitfall_uses[64];   /* choices tagged with each, across the files */
    StrBuf table;                /* --stats rows, printed at the end */
    StrBuf cue_table;            /* --stats surface-cue rows */
    bool first_json_file;
} Report;

void report_start(Report *report, FILE *out, bool json);
void report_file(Report *report, const FileResult *result);
/* pack: the files read together, for --stats' surface cues; NULL when they were not measured. */
void report_finish(Report *report, const Pack *pack);

#endif
