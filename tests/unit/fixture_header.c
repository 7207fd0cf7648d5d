/* fixture_header.c: leading "-- key: value" comments. */
#include "fixture_header.h"

#include <stdio.h>
#include <string.h>

#include "../../engine/host/cli.h"

bool fixture_header(const char *text, const char *key, char *out, size_t size)
{
    size_t key_length = strlen(key);
    for (const char *line = text; line && strncmp(line, "--", 2) == 0;) {
        const char *p = line + 2;
        while (*p == ' ') p++;
        const char *end = strchr(line, '\n');
        if (strncmp(p, key, key_length) == 0 && p[key_length] == ':') {
            p += key_length + 1;
            while (*p == ' ') p++;
            size_t length = end ? (size_t)(end - p) : strlen(p);
            while (length && (p[length - 1] == '\r' || p[length - 1] == ' ')) length--;
            snprintf(out, size, "%.*s", (int)length, p);
            return true;
        }
        line = end ? end + 1 : NULL;
    }
    return false;
}

char **fixture_list(const char *dir, int *count) { return cli_list_files(dir, ".lua", count); }
