/* words.c: splitting player-facing text into lower-cased words. */
#include "words.h"

#include <stdbool.h>

size_t words_next(const char **text, char word[WORDS_MAX])
{
    const unsigned char *p = (const unsigned char *)*text;
    size_t length = 0;
    while (*p) {
        /* U+2000 to U+203F: spaces, dashes, quotes, the ellipsis: never letters. */
        bool general = p[0] == 0xE2 && p[1] == 0x80;
        bool apostrophe = *p == '\'' || (general && (p[2] == 0x98 || p[2] == 0x99));
        bool letter = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                      (*p >= '0' && *p <= '9') || (*p >= 0x80 && !general);
        if (letter && length < WORDS_MAX - 1)
            word[length++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        else if (apostrophe && length > 0 && length < WORDS_MAX - 1)
            word[length++] = '\'';
        else if (!letter && !apostrophe && length > 0)
            break;
        p += general && p[2] ? 3 : 1;
    }
    while (length > 0 && word[length - 1] == '\'') length--;
    word[length] = '\0';
    *text = (const char *)p;
    return length;
}
