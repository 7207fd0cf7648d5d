/* diag.c: collecting, describing and formatting diagnostics. */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array_grow.h"
#include "clean_text.h"

enum { DIAG_MESSAGE_MAX = 1000, DIAG_DETAIL_MAX = 4000 };

static const struct {
    const char *name;
    DiagSeverity severity;
    const char *about;
} diag_table[] = {
#define DIAG_ROW(name, code, severity, about) {code, severity, about},
    DIAG_CODES(DIAG_ROW)
#undef DIAG_ROW
};

const char *diag_code_name(DiagCode code) { return diag_table[code].name; }
DiagSeverity diag_severity(DiagCode code) { return diag_table[code].severity; }
const char *diag_about(DiagCode code) { return diag_table[code].about; }

bool diag_code_from_name(const char *name, DiagCode *out)
{
    for (int i = 0; i < DIAG_CODE_COUNT; i++) {
        if (strcmp(diag_table[i].name, name) == 0) {
            *out = (DiagCode)i;
            return true;
        }
    }
    return false;
}

static char *cleaned_copy(const char *text, size_t max, bool keep_newlines)
{
    StrBuf buf = {0};
    clean_text(&buf, text, strlen(text), max, keep_newlines);
    if (buf.failed || !buf.data) {
        strbuf_free(&buf);
        return strdup("");
    }
    return buf.data;
}

void diag_add(DiagList *list, DiagCode code, const char *file, int line, const char *format, ...)
{
    Diag *items = array_grow(list->items, &list->capacity, list->count + 1, sizeof *items, 8);
    if (!items) return;
    list->items = items;
    StrBuf raw = {0};
    va_list args;
    va_start(args, format);
    strbuf_vprintf(&raw, format, args);
    va_end(args);
    list->items[list->count++] = (Diag){
        .code = code,
        .file = cleaned_copy(file ? file : "?", 512, false),
        .line = line,
        .message = cleaned_copy(strbuf_text(&raw), DIAG_MESSAGE_MAX, false),
    };
    strbuf_free(&raw);
}

void diag_set_detail(DiagList *list, const char *detail)
{
    if (list->count == 0 || !detail) return;
    Diag *last = &list->items[list->count - 1];
    free(last->detail);
    last->detail = cleaned_copy(detail, DIAG_DETAIL_MAX, true);
}

int diag_error_count(const DiagList *list)
{
    int errors = 0;
    for (int i = 0; i < list->count; i++)
        errors += diag_severity(list->items[i].code) == DIAG_ERROR;
    return errors;
}

bool diag_has(const DiagList *list, DiagCode code)
{
    for (int i = 0; i < list->count; i++)
        if (list->items[i].code == code) return true;
    return false;
}

void diag_format(const Diag *diag, StrBuf *out)
{
    if (diag->line > 0) strbuf_printf(out, "%s:%d: ", diag->file, diag->line);
    else strbuf_printf(out, "%s: ", diag->file);
    strbuf_printf(out, "%s: %s", diag_code_name(diag->code), diag->message);
}

void diag_list_free(DiagList *list)
{
    for (int i = 0; i < list->count; i++) {
        free(list->items[i].file);
        free(list->items[i].message);
        free(list->items[i].detail);
    }
    free(list->items);
    *list = (DiagList){0};
}
