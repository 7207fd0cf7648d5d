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

/* Bidi controls, C1 controls and DEL, and the separators a terminal or a renderer may take for a
   line break or hide: U+2028 LINE and U+2029 PARAGRAPH SEPARATOR, U+FFF9-FFFB annotation marks. */
static bool is_invisible_control(uint32_t c)
{
    return (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || c == 0x2028 ||
           c == 0x2029 || (c >= 0xFFF9 && c <= 0xFFFB) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x061C || (c >= 0x80 && c < 0xA0) || c == 0x7F;
}

/* Writes what stands in for a character (code point c of n bytes; n is 0 for an invalid byte)
   into escape and returns its size, or returns 0 when the character is shown as it is. */
static size_t stand_in(uint32_t c, size_t n, unsigned char byte, bool keep_newlines,
                       char escape[16])
{
    if (n == 0) return (size_t)snprintf(escape, 16, "\\x%02X", byte);
    if (c == '\n' && keep_newlines) return 0;
    if (c == '\t') {
        escape[0] = ' ';
        return 1;
    }
    if (c < 0x20 || is_invisible_control(c))
        return (size_t)snprintf(escape, 16, c < 0x80 ? "\\x%02X" : "\\u{%X}", (unsigned)c);
    return 0;
}

/* How many bytes from s, up to limit, are printable ASCII: most text, and kept as it is. */
static size_t printable_ascii(const unsigned char *s, size_t limit)
{
    size_t n = 0;
    while (n < limit && s[n] >= 0x20 && s[n] < 0x7F) n++;
    return n;
}

/* Text that needs no escape is appended a run at a time, not a character at a time: this is the
   loader's copy of every line of a scenario and the runtime's of every computed one. */
void clean_text(StrBuf *out, const char *text, size_t length, size_t max_bytes, bool keep_newlines)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t written = 0, run = 0; /* bytes out so far, counting the run of kept text from run to i */
    for (size_t i = 0; i < length;) {
        size_t room = max_bytes - written;
        size_t plain = printable_ascii(s + i, length - i < room ? length - i : room);
        i += plain;
        written += plain;
        if (i == length) break;
        uint32_t c = 0;
        size_t n = utf8_decode(s + i, length - i, &c);
        char escape[16];
        size_t step = n ? n : 1, escape_size = stand_in(c, n, s[i], keep_newlines, escape);
        size_t size = escape_size ? escape_size : n;
        /* Checked before appending: an escape is up to 9 bytes, and the bound must hold whole. */
        if (written + size > max_bytes) {
            strbuf_append(out, text + run, i - run);
            strbuf_puts(out, "...");
            return;
        }
        if (escape_size) {
            strbuf_append(out, text + run, i - run);
            strbuf_append(out, escape, escape_size);
            run = i + step;
        }
        written += size;
        i += step;
    }
    strbuf_append(out, text + run, length - run);
}
