/* array_grow.h: make room in a heap array by doubling its capacity, overflow-checked. */
#ifndef HEARTLINES_ARRAY_GROW_H
#define HEARTLINES_ARRAY_GROW_H

#include <stddef.h>

/* Returns an array of at least `needed` items of item_size bytes holding the first *capacity
   items of `items` (items itself when it already has room, else a reallocated block with
   *capacity raised by doubling from `first`). NULL when memory runs out or the size would
   overflow; items and *capacity are then unchanged and still owned by the caller. */
void *array_grow(void *items, int *capacity, int needed, size_t item_size, int first);

#endif
