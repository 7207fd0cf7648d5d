/* suggest.c: nearest name by Levenshtein distance, bounded by word length. */
#include "suggest.h"

#include <stddef.h>
#include <string.h>

enum { SUGGEST_MAX_LENGTH = 64 };

static int edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > SUGGEST_MAX_LENGTH || lb > SUGGEST_MAX_LENGTH) return 1 << 20;
    int row[SUGGEST_MAX_LENGTH + 1];
    for (size_t j = 0; j <= lb; j++) row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diagonal = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int above = row[j];
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = diagonal + cost;
            if (above + 1 < best) best = above + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diagonal = above;
        }
    }
    return row[lb];
}

const char *suggest_nearest(const char *word, const void *ctx, int count,
                            const char *(*name_at)(const void *ctx, int i))
{
    int limit = (int)strlen(word) / 3 + 1;
    const char *best = NULL;
    int best_distance = limit + 1;
    for (int i = 0; i < count; i++) {
        const char *name = name_at(ctx, i);
        if (!name) continue;
        int d = edit_distance(word, name);
        if (d < best_distance) {
            best = name;
            best_distance = d;
        }
    }
    return best;
}

static const char *list_name_at(const void *ctx, int i) { return ((const char *const *)ctx)[i]; }

const char *suggest_from_list(const char *word, const char *const *names)
{
    int count = 0;
    while (names[count]) count++;
    return suggest_nearest(word, names, count, list_name_at);
}
