/* arena.h: one owner for a loaded scenario's memory; freeing the arena frees it all. */
#ifndef HEARTLINES_ARENA_H
#define HEARTLINES_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    ArenaBlock *head;
    size_t total;        /* bytes handed out, for reports and benchmarks */
} Arena;

void *arena_alloc(Arena *arena, size_t size);   /* zeroed; NULL only when malloc fails */
void *arena_array(Arena *arena, size_t count, size_t size);
char *arena_strdup(Arena *arena, const char *text);
char *arena_strndup(Arena *arena, const char *text, size_t length);
void arena_free(Arena *arena);

#endif
