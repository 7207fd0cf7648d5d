/* store.c: one entry per line, "key = value"; values are escaped so each stays on its line. */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "array_grow.h"
#include "safe_read.h"
#include "safe_write.h"
#include "strbuf.h"

enum { STORE_LINE_MAX = 64 * 1024, STORE_ENTRIES_MAX = 100000, STORE_FILE_MAX = 32 * 1024 * 1024 };

static int find(const Store *store, const char *key)
{
    for (int i = 0; i < store->count; i++)
        if (strcmp(store->entries[i].key, key) == 0) return i;
    return -1;
}

const char *store_get(const Store *store, const char *key)
{
    int i = find(store, key);
    return i >= 0 ? store->entries[i].value : NULL;
}

bool store_set(Store *store, const char *key, const char *value)
{
    char *copy = strdup(value);
    if (!copy) return false;
    int i = find(store, key);
    if (i >= 0) {
        free(store->entries[i].value);
        store->entries[i].value = copy;
        return true;
    }
    StoreEntry *entries =
        array_grow(store->entries, &store->capacity, store->count + 1, sizeof *entries, 16);
    if (!entries) {
        free(copy);
        return false;
    }
    store->entries = entries;
    char *key_copy = strdup(key);
    if (!key_copy) return free(copy), false;
    store->entries[store->count++] = (StoreEntry){key_copy, copy};
    return true;
}

void store_clear(Store *store)
{
    for (int i = 0; i < store->count; i++) {
        free(store->entries[i].key);
        free(store->entries[i].value);
    }
    store->count = 0;
}

void store_free(Store *store)
{
    store_clear(store);
    free(store->entries);
    *store = (Store){0};
}

static void escape(StrBuf *out, const char *value)
{
    for (const char *p = value; *p; p++) {
        if (*p == '\\') strbuf_puts(out, "\\\\");
        else if (*p == '\n') strbuf_puts(out, "\\n");
        else if (*p == '\r') strbuf_puts(out, "\\r");
        else strbuf_append(out, p, 1);
    }
}

/* Undoes escape() in place; false on an unknown escape. */
static bool unescape(char *value)
{
    char *out = value;
    for (const char *p = value; *p; p++) {
        if (*p != '\\') {
            *out++ = *p;
            continue;
        }
        p++;
        if (*p == '\\') *out++ = '\\';
        else if (*p == 'n') *out++ = '\n';
        else if (*p == 'r') *out++ = '\r';
        else return false;
    }
    *out = '\0';
    return true;
}

static char *trim(char *text)
{
    while (*text == ' ' || *text == '\t') text++;
    char *end = text + strlen(text);
    while (end > text && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
        *--end = '\0';
    return text;
}

/* One "key = value" line into store; false (with why) when it is not one. */
static bool parse_line(Store *store, char *line, int number, char *why, size_t why_size)
{
    char *text = trim(line);
    if (!*text || *text == '#') return true;
    char *equals = strchr(text, '=');
    if (!equals) return snprintf(why, why_size, "line %d has no '='", number), false;
    *equals = '\0';
    char *key = trim(text), *value = trim(equals + 1);
    if (!*key || !unescape(value))
        return snprintf(why, why_size, "line %d is not 'key = value'", number), false;
    if (store->count >= STORE_ENTRIES_MAX)
        return snprintf(why, why_size, "more than %d entries", STORE_ENTRIES_MAX), false;
    if (!store_set(store, key, value)) return snprintf(why, why_size, "out of memory"), false;
    return true;
}

StoreStatus store_read(Store *store, const char *path, const char *header, char *why,
                       size_t why_size)
{
    store_clear(store);
    char *data;
    ReadStatus read = READ_FAILED;
    FILE *file = safe_read_stream(path, STORE_FILE_MAX, &data, &read, why, why_size);
    if (!file) return read == READ_MISSING     ? STORE_MISSING
                      : read == READ_TOO_LARGE ? STORE_CORRUPT
                                               : STORE_UNREADABLE;
    char *line = malloc(STORE_LINE_MAX);
    StoreStatus status = line ? STORE_OK : STORE_UNREADABLE;
    long line_start = 0;
    for (int number = 1; status == STORE_OK && fgets(line, STORE_LINE_MAX, file); number++) {
        size_t length = strlen(line);
        long line_end = ftell(file);
        /* A NUL byte makes strlen short of what fgets read, even on a last line with no newline. */
        bool complete = length && (long)length == line_end - line_start &&
                        (line[length - 1] == '\n' || feof(file));
        line_start = line_end;
        if (!complete) { /* no newline before the buffer's end: too long, or cut short by a NUL byte
                          */
            snprintf(why, why_size, "line %d is too long or holds a NUL byte", number);
            status = STORE_CORRUPT;
        } else if (number == 1 && strcmp(trim(line), header) != 0) {
            snprintf(why, why_size, "the first line is not \"%s\"", header);
            status = STORE_CORRUPT;
        } else if (number > 1 && !parse_line(store, line, number, why, why_size))
            status = STORE_CORRUPT;
    }
    if (status == STORE_OK && ferror(file))
        status = STORE_UNREADABLE, snprintf(why, why_size, "read failed");
    if (status == STORE_OK && ftell(file) == 0)
        status = STORE_CORRUPT, snprintf(why, why_size, "the file is empty");
    free(line);
    fclose(file);
    free(data);
    if (status != STORE_OK) store_clear(store);
    return status;
}

static bool write_text(FILE *out, const void *ctx)
{
    const StrBuf *text = ctx;
    return !text->failed && fwrite(text->data, 1, text->length, out) == text->length;
}

bool store_write(const Store *store, const char *path, const char *header, char *why,
                 size_t why_size)
{
    StrBuf text = {0};
    strbuf_printf(&text, "%s\n", header);
    for (int i = 0; i < store->count; i++) {
        strbuf_printf(&text, "%s = ", store->entries[i].key);
        escape(&text, store->entries[i].value);
        strbuf_puts(&text, "\n");
    }
    bool ok = safe_write(path, write_text, &text, why, why_size);
    strbuf_free(&text);
    return ok;
}

bool store_set_aside(const char *path, char *moved_to, size_t size)
{
    snprintf(moved_to, size, "%s.corrupt-%lld", path, (long long)time(NULL));
    return rename(path, moved_to) == 0;
}
