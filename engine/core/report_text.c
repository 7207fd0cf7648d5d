/* report_text.c: a backslash before any ASCII punctuation character is a literal in Markdown, so
   escaping the ones that start markup is safe. The text never starts a line (line breaks become
   spaces and a label always comes first), so line-start markers ("- ", "1. ", "> ") stay plain. */
#include "report_text.h"

#include <string.h>

#include "stage.h"

void report_markdown_text(FILE *out, const char *text)
{
    for (const char *p = text; *p; p++) {
        if (*p == '\n' || *p == '\r') {
            fputc(' ', out);
            continue;
        }
        if (strchr("\\`*_[]<>|~&#", *p)) fputc('\\', out);
        fputc(*p, out);
    }
}

/* Writes a scenario's line through form (stage_plain or stage_quote), escaped. */
static void markdown_line(FILE *out, const char *text, void (*form)(const char *, StrBuf *))
{
    StrBuf plain = {0};
    form(text, &plain);
    report_markdown_text(out, strbuf_text(&plain));
    strbuf_free(&plain);
}

void report_markdown_line(FILE *out, const char *text) { markdown_line(out, text, stage_plain); }

void report_markdown_quote(FILE *out, const char *text) { markdown_line(out, text, stage_quote); }

void report_markdown_code(FILE *out, const char *text)
{
    fputc('`', out);
    for (const char *p = text; *p; p++)
        fputc(*p == '`' ? '\'' : *p == '\n' || *p == '\r' ? ' ' : *p, out);
    fputc('`', out);
}

static bool needs_guard(const char *text)
{
    text += strspn(text, "'");
    return *text && strchr("=+-@\t\r", *text);
}

void report_csv_cell(FILE *out, const char *text)
{
    fputc('"', out);
    if (needs_guard(text)) fputc('\'', out);
    for (const char *p = text; *p; p++) {
        if (*p == '"') fputc('"', out);
        fputc(*p, out);
    }
    fputc('"', out);
}

void report_csv_line(FILE *out, const char *text)
{
    StrBuf plain = {0};
    stage_plain(text, &plain);
    report_csv_cell(out, strbuf_text(&plain));
    strbuf_free(&plain);
}

void report_csv_unguard(char *cell)
{
    if (cell[0] == '\'' && needs_guard(cell + 1)) memmove(cell, cell + 1, strlen(cell));
}
