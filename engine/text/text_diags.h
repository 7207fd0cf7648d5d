/* text_diags.h: diagnostics as terminal lines, "file:line: CODE: message". */
#ifndef HEARTLINES_TEXT_DIAGS_H
#define HEARTLINES_TEXT_DIAGS_H

#include <stdio.h>

#include "../core/diag.h"

void text_print_diags(FILE *out, const DiagList *diags);

#endif
