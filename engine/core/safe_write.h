/* safe_write.h: a file is replaced whole or not at all. It is written beside its final name,
   flushed to the disk, then renamed over it, so a crash at any moment leaves the old or the new. */
#ifndef HEARTLINES_SAFE_WRITE_H
#define HEARTLINES_SAFE_WRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Writes the file's contents to out; false when it could not make them (e.g. out of memory). */
typedef bool (*FileWriter)(FILE *out, const void *ctx);

/* Writes path through write(out, ctx), as a new file of mode 0600 (a link at path is replaced,
   never written through). On failure, why says what went wrong (naming path) and any previous
   file at path is untouched. Temporary files of path's own pattern (path.XXXXXX) older than a
   minute, left by a save that was killed mid-write, are removed first. */
bool safe_write(const char *path, FileWriter write, const void *ctx, char *why, size_t why_size);

#endif
