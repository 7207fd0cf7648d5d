/* record.c: an append-only list of steps. */
#include "record.h"

#include <stdlib.h>
#include <string.h>

#include "array_grow.h"

void record_init(Record *record)
{
    *record = (Record){.ending = NODE_NONE};
}

Step *record_add(Record *record, const Step *step)
{
    Step *steps =
        array_grow(record->steps, &record->capacity, record->count + 1, sizeof *steps, 16);
    if (!steps) return NULL;
    record->steps = steps;
    Offered *offered = arena_array(&record->arena, (size_t)step->offered_count, sizeof *offered);
    if (!offered) return NULL;
    for (int i = 0; i < step->offered_count; i++) {
        offered[i] = step->offered[i];
        offered[i].text = arena_strdup(&record->arena, step->offered[i].text);
    }
    Step *copy = &record->steps[record->count++];
    *copy = *step;
    copy->said = arena_strdup(&record->arena, step->said);
    copy->reaction = "";
    copy->offered = offered;
    return copy;
}

void record_set_reaction(Record *record, int speaker, const char *text)
{
    if (record->count == 0) return;
    Step *last = &record->steps[record->count - 1];
    last->reaction_speaker = speaker;
    last->reaction = arena_strdup(&record->arena, text);
}

void record_free(Record *record)
{
    arena_free(&record->arena);
    free(record->steps);
    record_init(record);
}
