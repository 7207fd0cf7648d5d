/* store.h: small human-readable "key = value" files, written atomically (temp, flush, sync,
 * rename). */
#ifndef HEARTLINES_STORE_H
#define HEARTLINES_STORE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct StoreEntry {
    char *key, *value;
} StoreEntry;

/* An ordered list of entries; keys are unique. */
typedef struct Store {
    StoreEntry *entries;
    int count, capacity;
} Store;

typedef enum StoreStatus { STORE_OK, STORE_MISSING, STORE_CORRUPT, STORE_UNREADABLE } StoreStatus;

/* Reads path, whose first line must be header. why gets a reason (with a line number) on failure.
 */
StoreStatus store_read(Store *store, const char *path, const char *header, char *why,
                       size_t why_size);
/* Writes header and entries to a new temporary file beside path, flushes and syncs it, then
   renames it over path (safe_write), so the
   file on disk is always the old one or the new one, whole. */
bool store_write(const Store *store, const char *path, const char *header, char *why,
                 size_t why_size);
/* Renames a file that could not be read to path.corrupt-<unix time>; moved_to gets the new name. */
bool store_set_aside(const char *path, char *moved_to, size_t size);

const char *store_get(const Store *store, const char *key);   /* NULL when absent */
bool store_set(Store *store, const char *key, const char *value);
void store_clear(Store *store);
void store_free(Store *store);

#endif
