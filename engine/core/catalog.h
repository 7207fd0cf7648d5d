/* catalog.h: translations read from a gettext PO file: msgctxt names a scenario's stable id;
   entries without one translate the interface's own English strings. */
#ifndef HEARTLINES_CATALOG_H
#define HEARTLINES_CATALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "strbuf.h"

typedef struct CatalogEntry {
    char *context;               /* msgctxt: a stable id, or NULL */
    char *source;                /* msgid: the English text */
    char *translation;           /* msgstr */
    bool fuzzy;                  /* marked "#, fuzzy": kept for the translator, never shown */
    int line;                    /* where the entry starts in its file (a CSV file's row) */
} CatalogEntry;

typedef struct Catalog {
    CatalogEntry *entries;
    int count, capacity;
} Catalog;

/* Reads path; false with a reason naming the line when it is not a PO file. */
bool catalog_read_po(Catalog *catalog, const char *path, char *why, size_t why_size);
/* Reads a CSV file with the columns id, source, translation (a header row first), as a
   spreadsheet saves it: fields in double quotes may hold commas, newlines and doubled quotes. */
bool catalog_read_csv(Catalog *catalog, const char *path, char *why, size_t why_size);
/* Reads path as CSV when it ends in .csv, else as PO. */
bool catalog_read(Catalog *catalog, const char *path, char *why, size_t why_size);
/* Writes one CSV row. */
void catalog_write_csv_row(FILE *out, const char *id, const char *source, const char *translation);
/* The translation of source under context (NULL for interface strings): NULL when there is none,
   or when the entry was made for other source text (the English has changed since). */
const char *catalog_lookup(const Catalog *catalog, const char *context, const char *source);
/* True when translation carries exactly english's printf conversions, in order and written
   the same way ("%s" is not "%5s", "%1$s" or "%n"). */
bool catalog_same_conversions(const char *english, const char *translation);
/* Empties every interface translation (no msgctxt) whose conversions differ from its English, and
   adds a "path:line: ..." line to messages for each; returns how many. */
int catalog_refuse_changed_conversions(Catalog *catalog, const char *path, StrBuf *messages);
/* For interface strings: the translation, or english itself (also when the translation's
   conversions differ, so it is safe as a printf format). A NULL catalog means English. */
const char *catalog_tr(const Catalog *catalog, const char *english);
/* Marks the next entry fuzzy, gettext's way, with the English its translation was made for. */
void catalog_write_fuzzy_mark(FILE *out, const char *previous_source);
/* Writes one PO entry (a template entry when translation is NULL). */
void catalog_write_po_entry(FILE *out, const char *where, const char *context, const char *source,
                            const char *translation);
void catalog_free(Catalog *catalog);

#endif
