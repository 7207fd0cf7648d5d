/* words.h: splitting player-facing text into lower-cased words, the same way for every reader. */
#ifndef HEARTLINES_WORDS_H
#define HEARTLINES_WORDS_H

#include <stddef.h>

enum { WORDS_MAX = 64 }; /* longer words are cut to WORDS_MAX - 1 bytes */

/* The next word of *text, lower-cased into word (apostrophes inside a word kept, typographic
   ones made plain); 0 at the end. Bytes of other UTF-8 characters count as letters, so accented
   words stay whole. *text moves past the word. */
size_t words_next(const char **text, char word[WORDS_MAX]);

#endif
