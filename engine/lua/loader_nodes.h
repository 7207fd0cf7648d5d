/* loader_nodes.h: reading node, ending, line and choice tables. */
#ifndef HEARTLINES_LOADER_NODES_H
#define HEARTLINES_LOADER_NODES_H

#include "loader_read.h"

/* Whether name is a field of choice { ... } (so it cannot also name a state value). */
bool is_choice_field(const char *name);

/* Reads the list at index t (the scenario's nodes) into r->scenario->nodes. */
void read_nodes(Reader *r, int t, int line);

#endif
