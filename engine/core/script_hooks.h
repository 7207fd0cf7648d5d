/* script_hooks.h: how the core calls a scenario's functions without knowing any script language. */
#ifndef HEARTLINES_SCRIPT_HOOKS_H
#define HEARTLINES_SCRIPT_HOOKS_H

#include <stdbool.h>

#include "diag.h"
#include "strbuf.h"

/* fn is a handle the loader stored in the model. vars holds the scenario's state values.
   Each hook returns false on failure, after adding a diagnostic (E213, E105, E106) to diags.
   After E105 or E106 the scenario's code cannot run again: every later call fails too. */
typedef struct ScriptHooks {
    void *ctx;
    bool (*condition)(void *ctx, int fn, const int *vars, bool *result, DiagList *diags);
    bool (*text)(void *ctx, int fn, const int *vars, StrBuf *out, DiagList *diags);
} ScriptHooks;

#endif
