/* clean_text.h: make untrusted text safe to print: no control codes, no bidi tricks, valid UTF-8,
 * bounded. */
#ifndef HEARTLINES_CLEAN_TEXT_H
#define HEARTLINES_CLEAN_TEXT_H

#include "strbuf.h"

/* Appends a cleaned copy of text[0..length) to out, at most max_bytes of it (then "..."). Control
   characters, bidi overrides and invalid bytes become visible escapes; newlines are kept only when
   keep_newlines is set. */
void clean_text(StrBuf *out, const char *text, size_t length, size_t max_bytes, bool keep_newlines);

#endif
