/* setting.c: writers put where and when first in a setting (docs/scenario-api.md); this finds the
   end of that, by sentences, so that the header never cuts one in half. */
#include "setting.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* The end of the sentence starting at p: after its ".", "?" or "!" before a space or the end. */
static const char *sentence_end(const char *p)
{
    for (; *p; p++)
        if (strchr(".?!", *p) && (p[1] == ' ' || p[1] == '\0')) return p + 1;
    return p;
}

static bool names_a_time(const char *start, const char *end)
{
    static const char *const words[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "morning", "afternoon", "evening", "night", "midnight", "noon", "o'clock",
        "past", "half", "quarter", "minutes to"};
    char lower[512];
    size_t length = (size_t)(end - start) < sizeof lower - 1 ? (size_t)(end - start)
                                                              : sizeof lower - 1;
    for (size_t i = 0; i < length; i++) lower[i] = (char)tolower((unsigned char)start[i]);
    lower[length] = '\0';
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strstr(lower, words[i])) return true;
    return false;
}

void setting_place_and_time(const char *setting, StrBuf *out)
{
    if (!setting) return;
    while (*setting == ' ') setting++;
    const char *end = sentence_end(setting);
    if (!names_a_time(setting, end) && *end) end = sentence_end(end + 1);
    strbuf_append(out, setting, (size_t)(end - setting));
}
