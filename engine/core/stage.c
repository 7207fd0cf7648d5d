/* stage.c: splitting a line at its *stage direction* marks, and the plain forms built on that. */
#include "stage.h"

#include <string.h>

StageReader stage_reader(const char *text) { return (StageReader){text ? text : "", false}; }

static bool blank(char c) { return c == ' ' || c == '\n' || c == '\t'; }

/* Where the run starting at p ends: at the mark that closes an action, at a mark that opens one
   (only if it is closed later), or at the end of the text. */
static const char *run_end(const char *p, bool in_action)
{
    for (; *p; p++)
        if (*p == '*' && (in_action || strchr(p + 1, '*'))) return p;
    return p;
}

bool stage_next(StageReader *reader, StageRun *run)
{
    while (*reader->at) {
        const char *start = reader->at, *end = run_end(start, reader->in_action);
        bool action = reader->in_action;
        reader->at = *end ? end + 1 : end;
        if (*end) reader->in_action = !reader->in_action;
        while (start < end && blank(*start)) start++;
        while (end > start && blank(end[-1])) end--;
        if (end > start) {
            *run = (StageRun){start, (size_t)(end - start), action};
            return true;
        }
    }
    return false;
}

bool stage_has_action(const char *text)
{
    StageReader reader = stage_reader(text);
    StageRun run;
    while (stage_next(&reader, &run))
        if (run.action) return true;
    return false;
}

void stage_strip(const char *text, StrBuf *out)
{
    StageReader reader = stage_reader(text);
    StageRun run;
    for (bool first = true; stage_next(&reader, &run); first = false) {
        if (!first) strbuf_puts(out, " ");
        strbuf_append(out, run.text, run.length);
    }
}

/* Appends spoken words without one pair of enclosing quotes (straight or curly), their own double
   quotes made single, so that quoting them never nests. */
static void add_speech(const char *text, size_t length, StrBuf *out)
{
    if (length >= 2 && text[0] == '"' && text[length - 1] == '"') text++, length -= 2;
    if (length >= 6 && strncmp(text, "\xE2\x80\x9C", 3) == 0 &&
        strncmp(text + length - 3, "\xE2\x80\x9D", 3) == 0)
        text += 3, length -= 6;
    for (size_t i = 0; i < length; i++) strbuf_append(out, text[i] == '"' ? "'" : &text[i], 1);
}

void stage_quote(const char *text, StrBuf *out)
{
    StageReader reader = stage_reader(text);
    StageRun run;
    for (bool first = true; stage_next(&reader, &run); first = false) {
        if (!first) strbuf_puts(out, " ");
        if (run.action) {
            strbuf_append(out, run.text, run.length);
            continue;
        }
        strbuf_puts(out, "\"");
        add_speech(run.text, run.length, out);
        strbuf_puts(out, "\"");
    }
}

void stage_plain(const char *text, StrBuf *out)
{
    if (stage_has_action(text)) stage_quote(text, out);
    else strbuf_puts(out, text ? text : "");   /* as written: a report keeps every byte of it */
}

void stage_split(const char *text, StrBuf *action, StrBuf *speech)
{
    StageReader reader = stage_reader(text);
    StageRun run;
    while (stage_next(&reader, &run)) {
        StrBuf *to = run.action ? action : speech;
        if (to->length) strbuf_puts(to, " ");
        if (run.action) strbuf_append(to, run.text, run.length);
        else add_speech(run.text, run.length, to);
    }
}
