/* strbuf.c: growable text buffer. */
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool reserve(StrBuf *buf, size_t extra)
{
    if (buf->failed) return false;
    size_t need = buf->length + extra + 1;
    if (need <= buf->capacity) return true;
    size_t capacity = buf->capacity ? buf->capacity : 64;
    while (capacity < need) capacity *= 2;
    char *data = realloc(buf->data, capacity);
    if (!data) {
        buf->failed = true;
        return false;
    }
    buf->data = data;
    buf->capacity = capacity;
    return true;
}

bool strbuf_append(StrBuf *buf, const char *text, size_t length)
{
    if (!reserve(buf, length)) return false;
    memcpy(buf->data + buf->length, text, length);
    buf->length += length;
    buf->data[buf->length] = '\0';
    return true;
}

bool strbuf_puts(StrBuf *buf, const char *text) { return strbuf_append(buf, text, strlen(text)); }

bool strbuf_vprintf(StrBuf *buf, const char *format, va_list args)
{
    va_list copy;
    va_copy(copy, args);
    int n = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    if (n < 0 || !reserve(buf, (size_t)n)) return false;
    vsnprintf(buf->data + buf->length, (size_t)n + 1, format, args);
    buf->length += (size_t)n;
    return true;
}

bool strbuf_printf(StrBuf *buf, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    bool ok = strbuf_vprintf(buf, format, args);
    va_end(args);
    return ok;
}

const char *strbuf_text(const StrBuf *buf) { return buf->data ? buf->data : ""; }

void strbuf_clear(StrBuf *buf)
{
    buf->length = 0;
    buf->failed = false;
    if (buf->data) buf->data[0] = '\0';
}

void strbuf_free(StrBuf *buf)
{
    free(buf->data);
    *buf = (StrBuf){0};
}
