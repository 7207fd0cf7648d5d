/* text_format.h: formatting into a fixed buffer that says when the text did not fit, so a
   caller reports or refuses a cut path instead of using it silently. */
#ifndef HEARTLINES_TEXT_FORMAT_H
#define HEARTLINES_TEXT_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

/* The size of a buffer that holds one file path (Linux's PATH_MAX). */
#define PATH_SIZE 4096

/* Like snprintf into out[size]; false when the text was cut (out then holds what fit, always
   NUL-terminated when size > 0) or could not be formatted. */
bool text_format(char *out, size_t size, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* out = folder + "/" + name, with no second '/' when folder already ends in one and no folder
   part when folder is ""; false when the path does not fit in out[size]. */
bool path_join(char *out, size_t size, const char *folder, const char *name);

#endif
