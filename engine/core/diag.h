/* diag.h: diagnostics with stable codes (see diag_codes.h), each naming a file and line. */
#ifndef HEARTLINES_DIAG_H
#define HEARTLINES_DIAG_H

#include <stdbool.h>

#include "diag_codes.h"
#include "strbuf.h"

typedef enum DiagSeverity { DIAG_ERROR, DIAG_WARNING } DiagSeverity;

typedef enum DiagCode {
#define DIAG_ENUM(name, code, severity, about) name,
    DIAG_CODES(DIAG_ENUM)
#undef DIAG_ENUM
    DIAG_CODE_COUNT
} DiagCode;

typedef struct Diag {
    DiagCode code;
    char *file;          /* owned copy */
    int line;            /* 0 when no line is known */
    char *message;       /* one line, cleaned */
    char *detail;        /* optional traceback, cleaned; may be NULL */
} Diag;

typedef struct DiagList {
    Diag *items;
    int count, capacity;
} DiagList;

/* Adds a diagnostic; the formatted message is cleaned (see clean_text.h) and bounded. */
void diag_add(DiagList *list, DiagCode code, const char *file, int line, const char *format, ...)
    __attribute__((format(printf, 5, 6)));
/* Attaches a traceback or other detail to the last diagnostic added. */
void diag_set_detail(DiagList *list, const char *detail);
/* How the loader's plain line for a file that is not a scenario at all begins. */
#define DIAG_NOT_A_SCENARIO_TEXT "this does not look like a scenario at all"

const char *diag_code_name(DiagCode code);
DiagSeverity diag_severity(DiagCode code);
const char *diag_about(DiagCode code);
bool diag_code_from_name(const char *name, DiagCode *out);

int diag_error_count(const DiagList *list);
bool diag_has(const DiagList *list, DiagCode code);
/* "file:line: CODE: message" (no line part when the line is unknown). */
void diag_format(const Diag *diag, StrBuf *out);
void diag_list_free(DiagList *list);

#endif
