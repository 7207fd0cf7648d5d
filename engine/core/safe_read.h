/* safe_read.h: every file the game reads is a regular file under a size cap, read whole and never
   waited on: a FIFO, a device (/dev/zero) or a folder is refused with a message before any read. */
#ifndef HEARTLINES_SAFE_READ_H
#define HEARTLINES_SAFE_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum ReadStatus {
    READ_OK,
    READ_MISSING,                /* no file there */
    READ_REFUSED,                /* not a regular file: a FIFO, a device, a socket or a folder */
    READ_TOO_LARGE,              /* over the cap (checked before reading, and while reading) */
    READ_FAILED,                 /* could not be opened or read, or out of memory */
} ReadStatus;

/* Reads the whole of path (at most limit bytes) into *data, NUL-terminated, which the caller
   frees; *length gets its size (the file may hold NUL bytes). Otherwise *data is NULL and why
   says what went wrong, naming path. */
ReadStatus safe_read_file(const char *path, size_t limit, char **data, size_t *length, char *why,
                          size_t why_size);
/* The same, as a stream to parse line by line: *status says why it is NULL. The caller fcloses
   the stream, then frees *data. */
FILE *safe_read_stream(const char *path, size_t limit, char **data, ReadStatus *status, char *why,
                       size_t why_size);

#endif
