/* arena.c: a chain of blocks; allocations are bumped from the newest block. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK_MIN = 16 * 1024, ARENA_BLOCK_MAX = 1024 * 1024, ARENA_ALIGN = 16 };

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size;
    _Alignas(ARENA_ALIGN) unsigned char data[];
};

static size_t align_up(size_t n) { return (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1); }

void *arena_alloc(Arena *arena, size_t size)
{
    size = align_up(size ? size : 1);
    ArenaBlock *block = arena->head;
    if (!block || block->size - block->used < size) {
        size_t grow = block && block->size < ARENA_BLOCK_MAX ? block->size * 2 : ARENA_BLOCK_MIN;
        if (block && block->size >= ARENA_BLOCK_MAX) grow = ARENA_BLOCK_MAX;
        size_t want = size > grow ? size : grow;
        block = malloc(sizeof *block + want);
        if (!block) return NULL;
        block->next = arena->head;
        block->used = 0;
        block->size = want;
        arena->head = block;
    }
    void *p = block->data + block->used;
    block->used += size;
    arena->total += size;
    memset(p, 0, size);
    return p;
}

void *arena_array(Arena *arena, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) return NULL;
    return arena_alloc(arena, count * size);
}

char *arena_strndup(Arena *arena, const char *text, size_t length)
{
    char *copy = arena_alloc(arena, length + 1);
    if (copy) memcpy(copy, text, length);
    return copy;
}

char *arena_strdup(Arena *arena, const char *text)
{
    return text ? arena_strndup(arena, text, strlen(text)) : NULL;
}

void arena_free(Arena *arena)
{
    ArenaBlock *block = arena->head;
    while (block) {
        ArenaBlock *next = block->next;
        free(block);
        block = next;
    }
    arena->head = NULL;
    arena->total = 0;
}
