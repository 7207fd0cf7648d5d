/* shuffle.c: Fisher-Yates driven by splitmix64. */
#include "shuffle.h"

uint64_t shuffle_mix(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void shuffle_order(uint64_t seed, uint64_t salt, int *order, int count)
{
    uint64_t state = seed ^ (salt * 0xD6E8FEB86659FD93ull);
    for (int i = count - 1; i > 0; i--) {
        int j = (int)(shuffle_mix(&state) % (uint64_t)(i + 1));
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
    }
}
