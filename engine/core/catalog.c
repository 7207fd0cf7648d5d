/* catalog.c: a small PO reader and writer: msgctxt, msgid and msgstr, each one or more quoted
   strings with C escapes; comments and the header entry are skipped. */
#include "catalog.h"

#include <stdlib.h>
#include <string.h>

#include "array_grow.h"
#include "clean_text.h"
#include "report_text.h"
#include "safe_read.h"
#include "strbuf.h"

enum {
    PO_LINE_MAX = 16 * 1024,
    CATALOG_FILE_MAX = 16 * 1024 * 1024,
    TRANSLATION_MAX_BYTES = 64 * 1024,
};

typedef enum Field { FIELD_NONE, FIELD_CONTEXT, FIELD_SOURCE, FIELD_TRANSLATION } Field;

/* Appends the quoted string at p (after spaces) to out; false if it is not one. */
static bool read_quoted(const char *p, StrBuf *out)
{
    while (*p == ' ' || *p == '\t') p++;
    if (*p++ != '"') return false;
    for (; *p && *p != '"'; p++) {
        char c = *p;
        if (c == '\\') {
            c = *++p;
            c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
            if (!c) return false;
        }
        strbuf_append(out, &c, 1);
    }
    return *p == '"';
}

/* parts is indexed by Field: context, source and translation. */
static void add_entry(Catalog *catalog, StrBuf *parts, bool fuzzy, int line)
{
    if (!parts[FIELD_SOURCE].length && !parts[FIELD_CONTEXT].length) return;   /* the header */
    CatalogEntry *entries =
        array_grow(catalog->entries, &catalog->capacity, catalog->count + 1, sizeof *entries, 64);
    if (!entries) return;
    catalog->entries = entries;
    StrBuf shown = {0};   /* shown as scenario text is: escapes and separators made visible */
    const StrBuf *translation = &parts[FIELD_TRANSLATION];
    clean_text(&shown, strbuf_text(translation), translation->length, TRANSLATION_MAX_BYTES, true);
    catalog->entries[catalog->count++] = (CatalogEntry){
        .context = parts[FIELD_CONTEXT].length ? strdup(strbuf_text(&parts[FIELD_CONTEXT])) : NULL,
        .source = strdup(strbuf_text(&parts[FIELD_SOURCE])),
        .translation = strdup(strbuf_text(&shown)),
        .fuzzy = fuzzy,
        .line = line,
    };
    strbuf_free(&shown);
}

static Field keyword(const char *line, const char **rest)
{
    static const struct { const char *word; Field field; } words[] = {
        {"msgctxt ", FIELD_CONTEXT}, {"msgid ", FIELD_SOURCE}, {"msgstr ", FIELD_TRANSLATION},
    };
    for (int i = 0; i < 3; i++)
        if (strncmp(line, words[i].word, strlen(words[i].word)) == 0) {
            *rest = line + strlen(words[i].word);
            return words[i].field;
        }
    return FIELD_NONE;
}

bool catalog_read_po(Catalog *catalog, const char *path, char *why, size_t why_size)
{
    char *data;
    ReadStatus status;
    FILE *file = safe_read_stream(path, CATALOG_FILE_MAX, &data, &status, why, why_size);
    if (!file) return false;
    char *line = malloc(PO_LINE_MAX);
    StrBuf parts[4] = {{0}};
    Field field = FIELD_NONE;
    bool ok = line != NULL, fuzzy = false, next_fuzzy = false;
    int entry_line = 1;
    for (int number = 1; ok && fgets(line, PO_LINE_MAX, file); number++) {
        const char *rest = line;
        while (*rest == ' ' || *rest == '\t') rest++;
        if (strncmp(rest, "#,", 2) == 0 && strstr(rest, "fuzzy")) next_fuzzy = true;
        if (*rest == '#' || *rest == '\n' || *rest == '\r' || !*rest) continue;
        Field next = keyword(rest, &rest);
        if (next == FIELD_CONTEXT || (next == FIELD_SOURCE && field == FIELD_TRANSLATION)) {
            add_entry(catalog, parts, fuzzy, entry_line);
            entry_line = number;
            for (int i = 0; i < 4; i++) strbuf_clear(&parts[i]);
            fuzzy = next_fuzzy;
            next_fuzzy = false;
        }
        if (next != FIELD_NONE && field == FIELD_NONE) entry_line = number;
        if (next != FIELD_NONE) field = next;
        if (field == FIELD_NONE || !read_quoted(rest, &parts[field])) {
            snprintf(why, why_size, "%s:%d: expected msgctxt, msgid, msgstr or a quoted string",
                     path, number);
            ok = false;
        }
    }
    if (ok) add_entry(catalog, parts, fuzzy, entry_line);
    for (int i = 0; i < 4; i++) strbuf_free(&parts[i]);
    free(line);
    fclose(file);
    free(data);
    return ok;
}

/* Reads one CSV field into out; returns the character that ended it (',', '\n' or EOF). */
static int read_csv_field(FILE *file, StrBuf *out)
{
    int c = fgetc(file);
    if (c != '"') {
        for (; c != EOF && c != ',' && c != '\n'; c = fgetc(file))
            if (c != '\r') strbuf_append(out, (char[]){(char)c}, 1);
        return c;
    }
    for (c = fgetc(file); c != EOF; c = fgetc(file)) {
        if (c == '"' && (c = fgetc(file)) != '"') break;   /* a lone quote ends the field */
        strbuf_append(out, (char[]){(char)c}, 1);
    }
    while (c == '\r') c = fgetc(file);
    return c;
}

bool catalog_read_csv(Catalog *catalog, const char *path, char *why, size_t why_size)
{
    char *data;
    ReadStatus status;
    FILE *file = safe_read_stream(path, CATALOG_FILE_MAX, &data, &status, why, why_size);
    if (!file) return false;
    StrBuf fields[4] = {{0}};
    bool ok = true;
    for (int row = 1; ok; row++) {
        int count = 0, end = ',';
        for (int i = 0; i < 4; i++) strbuf_clear(&fields[i]);
        while (end == ',' && count < 4) end = read_csv_field(file, &fields[count++]);
        if (end == EOF && count == 1 && !fields[0].length) break;
        if (count != 3 || (end != '\n' && end != EOF)) {
            snprintf(why, why_size, "%s:%d: expected three columns: id, source, translation", path,
                     row);
            ok = false;
        } else if (row > 1) {
            for (int i = 0; i < 3; i++) {   /* the text as it was before the formula guard */
                if (!fields[i].length) continue;
                report_csv_unguard(fields[i].data);
                fields[i].length = strlen(fields[i].data);
            }
            StrBuf parts[4] = {{0}, fields[0], fields[1], fields[2]};   /* indexed by Field */
            add_entry(catalog, parts, false, row);
        }
        if (end == EOF) break;
    }
    for (int i = 0; i < 4; i++) strbuf_free(&fields[i]);
    fclose(file);
    free(data);
    return ok;
}

bool catalog_read(Catalog *catalog, const char *path, char *why, size_t why_size)
{
    size_t length = strlen(path);
    if (length > 4 && strcmp(path + length - 4, ".csv") == 0)
        return catalog_read_csv(catalog, path, why, why_size);
    return catalog_read_po(catalog, path, why, why_size);
}

void catalog_write_csv_row(FILE *out, const char *id, const char *source, const char *translation)
{
    report_csv_cell(out, id);
    fputc(',', out);
    report_csv_cell(out, source);
    fputc(',', out);
    report_csv_cell(out, translation);
    fputc('\n', out);
}

static bool same(const char *a, const char *b) { return a && b ? strcmp(a, b) == 0 : a == b; }

const char *catalog_lookup(const Catalog *catalog, const char *context, const char *source)
{
    for (int i = 0; catalog && i < catalog->count; i++) {
        const CatalogEntry *entry = &catalog->entries[i];
        if (same(entry->context, context) && same(entry->source, source) && entry->translation[0] &&
            !entry->fuzzy)
            return entry->translation;
    }
    return NULL;
}

/* The next printf conversion in text at or after *p, whole: flags, argument numbers, widths,
   precisions and length included ("%-*.3ld"), or a lone '%' at the end. NULL when none is left. */
static const char *next_conversion(const char **p, size_t *length)
{
    for (const char *at = *p; (at = strchr(at, '%'));) {
        if (at[1] == '%') {
            at += 2;
            continue;
        }
        size_t n = 1 + strspn(at + 1, "0123456789$*.-+ #'hlLqjzt");
        if (at[n]) n++;   /* the conversion letter itself, whatever it is */
        *p = at + n;
        *length = n;
        return at;
    }
    return NULL;
}

bool catalog_same_conversions(const char *english, const char *translation)
{
    const char *a = english, *b = translation;
    while (true) {
        size_t a_length = 0, b_length = 0;
        const char *x = next_conversion(&a, &a_length), *y = next_conversion(&b, &b_length);
        if (!x || !y) return !x && !y;
        if (a_length != b_length || memcmp(x, y, a_length) != 0) return false;
    }
}

int catalog_refuse_changed_conversions(Catalog *catalog, const char *path, StrBuf *messages)
{
    int refused = 0;
    for (int i = 0; i < catalog->count; i++) {
        CatalogEntry *entry = &catalog->entries[i];
        if (entry->context || !entry->translation[0] ||
            catalog_same_conversions(entry->source, entry->translation))
            continue;
        strbuf_printf(messages, "%s:%d: the translation's %% conversions differ from the English "
                      "ones; the English is used\n", path, entry->line);
        entry->translation[0] = '\0';
        refused++;
    }
    return refused;
}

const char *catalog_tr(const Catalog *catalog, const char *english)
{
    const char *translated = catalog_lookup(catalog, NULL, english);
    /* the translation is used as a printf format: any other conversion would misprint or worse */
    return translated && catalog_same_conversions(english, translated) ? translated : english;
}

static void write_quoted(FILE *out, const char *keyword, const char *text)
{
    fprintf(out, "%s \"", keyword);
    for (const char *p = text ? text : ""; *p; p++) {
        if (*p == '"' || *p == '\\') fprintf(out, "\\%c", *p);
        else if (*p == '\n') fputs("\\n", out);
        else if (*p == '\t') fputs("\\t", out);
        else fputc(*p, out);
    }
    fputs("\"\n", out);
}

void catalog_write_fuzzy_mark(FILE *out, const char *previous_source)
{
    fputs("#, fuzzy\n", out);
    write_quoted(out, "#| msgid", previous_source);
}

void catalog_write_po_entry(FILE *out, const char *where, const char *context, const char *source,
                            const char *translation)
{
    if (where) fprintf(out, "#: %s\n", where);
    if (context) write_quoted(out, "msgctxt", context);
    write_quoted(out, "msgid", source);
    write_quoted(out, "msgstr", translation ? translation : "");
    fputc('\n', out);
}

void catalog_free(Catalog *catalog)
{
    for (int i = 0; i < catalog->count; i++) {
        free(catalog->entries[i].context);
        free(catalog->entries[i].source);
        free(catalog->entries[i].translation);
    }
    free(catalog->entries);
    *catalog = (Catalog){0};
}
