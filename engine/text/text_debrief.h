/* text_debrief.h: the end-of-scenario debrief as plain text. */
#ifndef HEARTLINES_TEXT_DEBRIEF_H
#define HEARTLINES_TEXT_DEBRIEF_H

#include <stdio.h>

#include "../core/catalog.h"
#include "../core/debrief.h"

/* ui translates the interface's words (NULL for English). */
void text_debrief_print(FILE *out, const Scenario *scenario, const Debrief *debrief,
                        const Catalog *ui);

#endif
