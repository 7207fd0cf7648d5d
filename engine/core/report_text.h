/* report_text.h: text that came from a scenario, made inert in the reports it is copied into: a
   Markdown report shows it as written (no headings, links, HTML or tables of its own), and a CSV
   cell is never taken for a spreadsheet formula. */
#ifndef HEARTLINES_REPORT_TEXT_H
#define HEARTLINES_REPORT_TEXT_H

#include <stdbool.h>
#include <stdio.h>

/* Writes text on one line with every Markdown and HTML character escaped ("\*", "\<", "\|"). */
void report_markdown_text(FILE *out, const char *text);
/* Writes a line of the story as report_markdown_text does, its *stage directions* told as plain
   prose, without marks (stage_plain); report_markdown_quote also quotes speech with no action
   (stage_quote), for a line quoted inside a sentence. */
void report_markdown_line(FILE *out, const char *text);
void report_markdown_quote(FILE *out, const char *text);
/* Writes text as a Markdown code span: `text`, its backticks and line breaks made harmless. */
void report_markdown_code(FILE *out, const char *text);
/* Writes text as one double-quoted CSV cell. A cell that a spreadsheet would run as a formula
   (starting with = + - @, a tab or a carriage return) gets a leading ' (as OWASP advises); so does
   a cell that starts with ' before one of those, so that report_csv_unguard undoes it exactly. */
void report_csv_cell(FILE *out, const char *text);
/* Writes a line of the story as one CSV cell, its stage directions as plain prose. */
void report_csv_line(FILE *out, const char *text);
/* Undoes report_csv_cell's guard in place: "'=1" becomes "=1"; any other text is left alone. */
void report_csv_unguard(char *cell);

#endif
