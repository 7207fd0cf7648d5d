/* fuzz_reports.c: any bytes as the texts of a workshop session (scenario ids and titles, options,
   discussion prompts, endings: all of them a stranger's scenario can choose), logged as votes,
   pauses, rewinds and endings, then written as the Markdown and CSV reports. Besides sanitizer
   reports, findings are broken promises: report text that adds a line to the Markdown (so it
   could start a heading, a list or raw HTML there), an unescaped markup character from the
   scenario, a CSV row without its nine cells, or a cell a spreadsheet would run as a formula. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/workshop.h"
#include "support.h"

enum { TEXTS_MAX = 64, CSV_CELLS = 15 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Splits the input at NUL bytes into texts (the last one always there), in place. */
static int split(char *buffer, size_t size, const char **texts)
{
    int count = 0;
    texts[count++] = buffer;
    for (size_t i = 0; i < size && count < TEXTS_MAX; i++)
        if (buffer[i] == '\0') texts[count++] = buffer + i + 1;
    return count;
}

typedef struct Texts {
    const char *const *items;
    int count, next;
} Texts;

static const char *take(Texts *texts) { return texts->items[texts->next++ % texts->count]; }

/* Logs a session whose every text is taken in turn from texts; the same shape whatever they say. */
static void log_session(Session *session, const char *const *items, int count)
{
    Texts texts = {items, count, 0};
    for (int s = 0; s < 2; s++) {
        Scenario scenario = {0};
        scenario.id = take(&texts);
        scenario.title = take(&texts);
        session_begin_scenario(session, &scenario);
        const char *options[3];
        for (int i = 0; i < 3; i++) options[i] = take(&texts);
        const char *node = take(&texts), *pause_node = take(&texts), *prompt = take(&texts);
        session_log_vote(session, node, options, (int[]){3, 1, 2}, 3, 0, false);
        session_log_pause(session, pause_node, prompt, 60);
        session_log_rewind(session, 0);
        session_log_vote(session, node, options, (int[]){1, 1, 0}, 3, 2, true);
        session_log_ending(session, take(&texts));
    }
}

static char *written(const Session *session, bool csv)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    FUZZ_CHECK(out != NULL);
    if (csv) session_write_csv(session, out);
    else session_write_markdown(session, "today", out);
    FUZZ_CHECK(fclose(out) == 0);
    return text;
}

static int count_lines(const char *text)
{
    int lines = 0;
    for (const char *p = text; *p; p++) lines += *p == '\n';
    return lines;
}

/* Outside code spans, every markup character is escaped; the report's own are ** and `, which
   never stand in scenario text unescaped. */
static void check_markdown(const char *text)
{
    bool in_code = false;
    for (const char *p = text; *p; p++) {
        if (*p == '\\' && !in_code) {
            FUZZ_CHECK(p[1] != '\0');
            p++;
            continue;
        }
        if (*p == '`') in_code = !in_code;
        else if (!in_code) FUZZ_CHECK(!strchr("<>[]_~&", *p));
    }
    FUZZ_CHECK(!in_code);
}

/* Each row has nine cells, and a quoted cell never starts as a formula would. */
static void check_csv(const char *text)
{
    const char *p = strchr(text, '\n') + 1;   /* after the header */
    while (*p) {
        int cells = 0;
        while (true) {
            cells++;
            if (*p == '"') {
                p++;
                FUZZ_CHECK(!strchr("=+-@\t\r", *p) || *p == '\0');
                while (*p && !(p[0] == '"' && p[1] != '"')) p += p[0] == '"' ? 2 : 1;
                FUZZ_CHECK(*p == '"');
                p++;
            } else {
                FUZZ_CHECK(!strchr("=+-@\t", *p) || *p == '\0');
                while (*p && *p != ',' && *p != '\r') p++;
            }
            if (*p != ',') break;
            p++;
        }
        FUZZ_CHECK(cells == CSV_CELLS);
        FUZZ_CHECK(p[0] == '\r' && p[1] == '\n');
        p += 2;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buffer = malloc(size + 1);
    FUZZ_CHECK(buffer != NULL);
    memcpy(buffer, data, size);
    buffer[size] = '\0';
    const char *texts[TEXTS_MAX], *plain[] = {"x"};
    int count = split(buffer, size, texts);
    Session session, shape;
    session_init(&session);
    session_init(&shape);
    log_session(&session, texts, count);
    log_session(&shape, plain, 1);
    char *markdown = written(&session, false), *plain_markdown = written(&shape, false);
    FUZZ_CHECK(count_lines(markdown) == count_lines(plain_markdown));
    check_markdown(markdown);
    char *csv = written(&session, true);
    check_csv(csv);
    free(markdown);
    free(plain_markdown);
    free(csv);
    session_free(&session);
    session_free(&shape);
    free(buffer);
    return 0;
}
