/* text_debrief.c: the debrief printed as debrief_text writes it. */
#include "text_debrief.h"

#include "../core/debrief_text.h"

void text_debrief_print(FILE *out, const Scenario *scenario, const Debrief *debrief,
                        const Catalog *ui)
{
    StrBuf text = {0};
    debrief_text(scenario, debrief, ui, &text);
    fputs(strbuf_text(&text), out);
    strbuf_free(&text);
}
