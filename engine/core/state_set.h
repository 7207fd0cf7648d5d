/* state_set.h: a set of fixed-width integer tuples, in insertion order (the explorer's queue). */
#ifndef HEARTLINES_STATE_SET_H
#define HEARTLINES_STATE_SET_H

#include <stdbool.h>

typedef struct StateSet {
    int width;           /* ints per tuple */
    int *tuples;         /* count * width ints, in insertion order */
    int count, capacity;
    int *slots;          /* open addressing: tuple index or -1 */
    int slot_count;
} StateSet;

bool state_set_init(StateSet *set, int width);
/* Adds tuple unless present. Returns 1 if added, 0 if present, -1 if memory ran out. */
int state_set_add(StateSet *set, const int *tuple);
const int *state_set_at(const StateSet *set, int index);
void state_set_free(StateSet *set);

#endif
