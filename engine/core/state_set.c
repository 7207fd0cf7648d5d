/* state_set.c: open addressing over an append-only tuple array. */
#include "state_set.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "array_grow.h"

static uint32_t hash_tuple(const int *tuple, int width)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < width; i++) h = (h ^ (uint32_t)tuple[i]) * 16777619u, h ^= h >> 15;
    return h;
}

static int find_slot(const StateSet *set, const int *tuple)
{
    unsigned mask = (unsigned)set->slot_count - 1;
    for (unsigned slot = hash_tuple(tuple, set->width) & mask;; slot = (slot + 1) & mask) {
        int entry = set->slots[slot];
        if (entry < 0 ||
            memcmp(state_set_at(set, entry), tuple, (size_t)set->width * sizeof(int)) == 0)
            return (int)slot;
    }
}

static bool grow_slots(StateSet *set)
{
    int slot_count = set->slot_count ? set->slot_count * 2 : 1024;
    int *slots = malloc((size_t)slot_count * sizeof *slots);
    if (!slots) return false;
    memset(slots, 0xFF, (size_t)slot_count * sizeof *slots);
    free(set->slots);
    set->slots = slots;
    set->slot_count = slot_count;
    for (int i = 0; i < set->count; i++) set->slots[find_slot(set, state_set_at(set, i))] = i;
    return true;
}

bool state_set_init(StateSet *set, int width)
{
    *set = (StateSet){.width = width};
    return grow_slots(set);
}

int state_set_add(StateSet *set, const int *tuple)
{
    int slot = find_slot(set, tuple);
    if (set->slots[slot] >= 0) return 0;
    size_t tuple_size = (size_t)set->width * sizeof *set->tuples;
    int *tuples = array_grow(set->tuples, &set->capacity, set->count + 1, tuple_size, 256);
    if (!tuples) return -1;
    set->tuples = tuples;
    memcpy(set->tuples + (size_t)set->count * (size_t)set->width, tuple,
           (size_t)set->width * sizeof(int));
    set->slots[slot] = set->count++;
    if (set->count * 2 > set->slot_count && !grow_slots(set)) return -1;
    return 1;
}

const int *state_set_at(const StateSet *set, int index)
{
    return set->tuples + (size_t)index * (size_t)set->width;
}

void state_set_free(StateSet *set)
{
    free(set->tuples);
    free(set->slots);
    *set = (StateSet){0};
}
