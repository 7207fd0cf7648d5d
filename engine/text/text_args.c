/* text_args.c: --choices 2,1,3  --seed N  --in-order  --coach  --side 1|2|both  FILE */
#include "text_args.h"

#include <stdlib.h>
#include <string.h>

/* Parses "2,1,3" into a new array. */
static int *parse_choices(const char *text, int *count)
{
    int capacity = 1;
    for (const char *p = text; *p; p++) capacity += *p == ',';
    int *picks = malloc((size_t)capacity * sizeof *picks);
    if (!picks) return NULL;
    *count = 0;
    for (const char *p = text; *p;) {
        char *end;
        long pick = strtol(p, &end, 10);
        if (end == p || pick < 1 || pick > 1000 || (*end != ',' && *end != '\0')) {
            free(picks);
            return NULL;
        }
        picks[(*count)++] = (int)pick;
        p = *end == ',' ? end + 1 : end;
    }
    return picks;
}

static bool parse_seed(const char *text, uint64_t *seed)
{
    char *end;
    *seed = strtoull(text, &end, 10);
    return end != text && *end == '\0' && text[0] != '-';
}

const char *text_args_parse(int argc, char **argv, TextOptions *options, const char **path,
                            char *error, size_t n)
{
    *path = NULL;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(arg, "--choices") == 0 && value) {
            free(options->script);
            options->script = parse_choices(value, &options->script_length);
            if (!options->script)
                return snprintf(error, n, "--choices wants numbers like 2,1,3, not '%s'", value),
                       error;
            i++;
        } else if (strcmp(arg, "--seed") == 0 && value) {
            if (!parse_seed(value, &options->seed))
                return snprintf(error, n, "--seed wants a number, not '%s'", value), error;
            i++;
        } else if (strcmp(arg, "--side") == 0 && value) {
            if (strcmp(value, "1") == 0 || strcmp(value, "2") == 0)
                options->side = value[0] - '0';
            else if (strcmp(value, "both") == 0)
                options->side = SIDE_BOTH;
            else
                return snprintf(error, n, "--side takes 1, 2 or both, not '%s'", value), error;
            i++;
        } else if (strcmp(arg, "--in-order") == 0)
            options->shuffle = false;
        else if (strcmp(arg, "--coach") == 0) options->coach = true;
        else if (arg[0] == '-')
            return snprintf(error, n, "unknown or incomplete option '%s'", arg), error;
        else if (*path)
            return snprintf(error, n, "text plays one file; '%s' is a second", arg), error;
        else *path = arg;
    }
    if (!*path)
        return snprintf(error, n, "text needs a scenario file, as in: heartlines text FILE.lua"),
               error;
    return NULL;
}
