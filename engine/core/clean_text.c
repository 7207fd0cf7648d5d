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
        uint32_t c = 0;
        size_t n = utf8_decode(s + i, length - i, &c);
        char escape[16];
        const char *piece = escape;
        size_t size;
        if (n == 0) {
            size = (size_t)snprintf(escape, sizeof escape, "\\x%02X", s[i]);
            n = 1;
        } else if (c == '\n' && keep_newlines) piece = "\n", size = 1;
        else if (c == '\t') piece = " ", size = 1;
        else if (c < 0x20 || is_invisible_control(c)) {
            size = (size_t)snprintf(escape, sizeof escape, c < 0x80 ? "\\x%02X" : "\\u{%X}", (unsigned)c);
        } else piece = text + i, size = n;
        /* Checked before appending: an escape is up to 9 bytes, and the bound must hold whole. */
        if (out->length - start + size > max_bytes) {
            strbuf_puts(out, "...");
            return;
        }
        strbuf_append(out, piece, size);
        i += n;
    }
}
