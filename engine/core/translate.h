/* translate.h: every text a player sees in a scenario, by stable id, for export and translation. */
#ifndef HEARTLINES_TRANSLATE_H
#define HEARTLINES_TRANSLATE_H

#include "catalog.h"
#include "model.h"

/* Called once for each fixed text: its id, a pointer to the text (which a visitor may replace
   with a string it owns for as long as the scenario lives), and the line it was written on. */
typedef void (*StringVisitor)(void *ctx, Scenario *scenario, const char *id, const char **text,
                              int line);

void translate_visit(Scenario *scenario, StringVisitor visit, void *ctx);

typedef struct TranslateResult {
    int applied;                 /* texts replaced by their translation */
    int missing;                 /* texts with no translation (they stay in the original) */
    int stale;                   /* translations made for text that has changed since */
} TranslateResult;

/* Replaces every text that catalog translates; the copies live in the scenario's arena. */
TranslateResult translate_scenario(Scenario *scenario, const Catalog *catalog);

#endif
