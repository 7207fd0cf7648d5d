/* loader_branch.h: reading a jump, `to` or `next`: a node id, branch { ... } or chance { ... }. */
#ifndef HEARTLINES_LOADER_BRANCH_H
#define HEARTLINES_LOADER_BRANCH_H

#include "loader_read.h"

/* Reads field key of table t: a node id into *id, or a branch or chance into *branch. Reports a
   missing field when required. what names the table in messages. */
void read_jump(Reader *r, int t, const char *key, bool required, const char *what, int line,
               const char **id, const Branch **branch);

#endif
