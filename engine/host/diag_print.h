/* diag_print.h: diagnostics as lines of text, "file:line: CODE: message", for every front end. */
#ifndef HEARTLINES_DIAG_PRINT_H
#define HEARTLINES_DIAG_PRINT_H

#include <stdio.h>

#include "../core/diag.h"

void diag_print_lines(FILE *out, const DiagList *diags);

#endif
