/* array_grow.c: the one grow-by-doubling loop every growing array uses. */
#include "array_grow.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

void *array_grow(void *items, int *capacity, int needed, size_t item_size, int first)
{
    if (needed <= *capacity) return items;
    if (needed < 0 || first < 1 || item_size == 0) return NULL;
    int wanted = *capacity > 0 ? *capacity : first;
    while (wanted < needed) {
        if (wanted > INT_MAX / 2) return NULL;
        wanted *= 2;
    }
    if ((size_t)wanted > SIZE_MAX / item_size) return NULL;
    void *grown = realloc(items, (size_t)wanted * item_size);
    if (grown) *capacity = wanted;
    return grown;
}
