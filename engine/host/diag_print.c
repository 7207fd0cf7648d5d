/* diag_print.c: one line per diagnostic. */
#include "diag_print.h"

void diag_print_lines(FILE *out, const DiagList *diags)
{
    StrBuf line = {0};
    for (int i = 0; i < diags->count; i++) {
        strbuf_clear(&line);
        diag_format(&diags->items[i], &line);
        fprintf(out, "%s\n", strbuf_text(&line));
    }
    strbuf_free(&line);
}
