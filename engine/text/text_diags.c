/* text_diags.c: one line per diagnostic. */
#include "text_diags.h"

void text_print_diags(FILE *out, const DiagList *diags)
{
    StrBuf line = {0};
    for (int i = 0; i < diags->count; i++) {
        strbuf_clear(&line);
        diag_format(&diags->items[i], &line);
        fprintf(out, "%s\n", strbuf_text(&line));
    }
    strbuf_free(&line);
}
