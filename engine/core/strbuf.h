/* strbuf.h: a growable text buffer; it grows or reports failure, it never truncates silently. */
#ifndef HEARTLINES_STRBUF_H
#define HEARTLINES_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct StrBuf {
    char *data;          /* always NUL-terminated once anything is appended */
    size_t length, capacity;
    bool failed;         /* an allocation failed; contents are incomplete */
} StrBuf;

bool strbuf_append(StrBuf *buf, const char *text, size_t length);
bool strbuf_puts(StrBuf *buf, const char *text);
bool strbuf_printf(StrBuf *buf, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
bool strbuf_vprintf(StrBuf *buf, const char *format, va_list args);
const char *strbuf_text(const StrBuf *buf);   /* "" when empty */
void strbuf_clear(StrBuf *buf);
void strbuf_free(StrBuf *buf);

#endif
