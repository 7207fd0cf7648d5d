/* shuffle.h: a seeded, reproducible order for the choices at each decision. */
#ifndef HEARTLINES_SHUFFLE_H
#define HEARTLINES_SHUFFLE_H

#include <stdint.h>

/* Permutes order[0..count) from (seed, salt) alone: the same inputs give the same order on every
   machine, so a seed printed in a bug report replays the same game. */
void shuffle_order(uint64_t seed, uint64_t salt, int *order, int count);

/* splitmix64: one step of a small, well-mixed generator. */
uint64_t shuffle_mix(uint64_t *state);

#endif
