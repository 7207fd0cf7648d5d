/* suggest.h: "did you mean ...?" by edit distance. */
#ifndef HEARTLINES_SUGGEST_H
#define HEARTLINES_SUGGEST_H

/* Returns the candidate nearest to word, or NULL when none is close enough to be a misspelling.
   name_at(ctx, i) gives candidate i of count (NULL entries are skipped). */
const char *suggest_nearest(const char *word, const void *ctx, int count,
                            const char *(*name_at)(const void *ctx, int i));

/* The same over a NULL-terminated list of strings. */
const char *suggest_from_list(const char *word, const char *const *names);

#endif
