/* fixture_header.h: reading the "-- key: value" lines at the top of a test fixture. */
#ifndef HEARTLINES_FIXTURE_HEADER_H
#define HEARTLINES_FIXTURE_HEADER_H

#include <stdbool.h>
#include <stddef.h>

/* Copies the value of "-- key: value" from the leading comment lines of text into out. */
bool fixture_header(const char *text, const char *key, char *out, size_t size);
/* The .lua files in dir, sorted (cli_list_files); free with cli_free_list. */
char **fixture_list(const char *dir, int *count);

#endif
