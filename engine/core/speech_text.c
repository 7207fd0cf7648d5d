/* speech_text.c: stage directions said as actions, pauses where the eye would see a break. */
#include "speech_text.h"

#include <ctype.h>
#include <string.h>

#include "stage.h"

/* The last character appended, spaces aside; 0 when there is none. */
static char last_char(const StrBuf *out)
{
    for (size_t i = out->length; i > 0; i--)
        if (!isspace((unsigned char)out->data[i - 1])) return out->data[i - 1];
    return 0;
}

static bool ends_sentence(char c) { return !c || strchr(".!?:;,", c) || c == '"' || c == '\''; }

/* Ends what was said so far with a full stop (unless it has its own), then a space. */
static void pause(StrBuf *out)
{
    while (out->length && isspace((unsigned char)out->data[out->length - 1]))
        out->data[--out->length] = '\0';
    if (!out->length) return;
    if (!ends_sentence(last_char(out))) strbuf_puts(out, ".");
    strbuf_puts(out, " ");
}

/* Appends one run of a line: a line break is a pause, a list's "- " is not read, spaces once. */
static void add_run(const char *text, size_t length, StrBuf *out)
{
    bool line_start = true;
    for (const char *p = text, *end = text + length; p < end; p++) {
        if (line_start) {
            while (p < end && (*p == ' ' || *p == '\t')) p++;
            if (end - p >= 2 && p[0] == '-' && p[1] == ' ') p += 2;
            line_start = false;
            if (p >= end) break;
        }
        if (*p == '\n') {
            pause(out);
            line_start = true;
        } else if (*p != ' ' || (out->length && out->data[out->length - 1] != ' '))
            strbuf_append(out, p, 1);   /* spaces once, and none to start */
    }
}

void speech_text_clean(const char *text, StrBuf *out)
{
    StageReader reader = stage_reader(text);   /* the runs every front end reads (stage.h) */
    StageRun run;
    for (bool first = true; stage_next(&reader, &run); first = false) {
        if (!first) pause(out);   /* the action, then the words */
        add_run(run.text, run.length, out);
    }
}

void speech_text_line(const ViewLine *line, StrBuf *out)
{
    if (line->speaker_name) strbuf_printf(out, "%s: ", line->speaker_name);
    speech_text_clean(line->text, out);
}

void speech_text_lines(const View *view, StrBuf *out)
{
    for (int i = 0; i < view->line_count; i++) {
        pause(out);
        speech_text_line(&view->lines[i], out);
    }
}

void speech_text_item(int number, const char *label, const char *value, const char *detail,
                      StrBuf *out)
{
    pause(out);
    if (number > 0) strbuf_printf(out, "%d: ", number);
    speech_text_clean(label, out);
    if (value && *value) {
        strbuf_puts(out, ": ");
        speech_text_clean(value, out);
    }
    if (detail && *detail) {
        pause(out);
        speech_text_clean(detail, out);
    }
}
