/* clean_text.c: escape what a terminal or a text renderer would misread. */
#include "clean_text.h"

#include <stdint.h>
#include <stdio.h>

/* Length of the valid UTF-8 sequence at s (0 if invalid), and its code point. */
static size_t utf8_decode(const unsigned char *s, size_t left, uint32_t *cp)
{
    size_t n = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3
             : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || n > left) return 0;
    uint32_t c = n == 1 ? s[0] : s[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    static const uint32_t min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min_for_length[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return n;
}

static bool is_invisible_control(uint32_t c)
{
    return (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x061C || (c >= 0x80 && c < 0xA0) || c == 0x7F;
}

void clean_text(StrBuf *out, const char *text, size_t length, size_t max_bytes, bool keep_newlines)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t start = out->length;
    for (size_t i = 0; i < length;) {
        if (out->length - start >= max_bytes) {
            strbuf_puts(out, "...");
            return;
        }
        uint32_t c = 0;
        size_t n = utf8_decode(s + i, length - i, &c);
        char escape[16];
        if (n == 0) {
            snprintf(escape, sizeof escape, "\\x%02X", s[i]);
            strbuf_puts(out, escape);
            i++;
            continue;
        }
        if (c == '\n' && keep_newlines) strbuf_append(out, "\n", 1);
        else if (c == '\t') strbuf_append(out, " ", 1);
        else if (c < 0x20 || is_invisible_control(c)) {
            if (c < 0x80) snprintf(escape, sizeof escape, "\\x%02X", (unsigned)c);
            else snprintf(escape, sizeof escape, "\\u{%X}", (unsigned)c);
            strbuf_puts(out, escape);
        } else strbuf_append(out, text + i, n);
        i += n;
    }
}
