/* debrief_text.h: the end-of-scenario debrief as plain text, for the terminal and for speech. */
#ifndef HEARTLINES_DEBRIEF_TEXT_H
#define HEARTLINES_DEBRIEF_TEXT_H

#include "catalog.h"
#include "debrief.h"
#include "strbuf.h"

/* Appends what happened, what helped, one thing to try, the five threads and a question, one
   item a line; ui translates the interface's words (NULL for English). */
void debrief_text(const Scenario *scenario, const Debrief *debrief, const Catalog *ui,
                  StrBuf *out);

#endif
