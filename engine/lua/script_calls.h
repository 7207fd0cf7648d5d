/* script_calls.h: the core's ScriptHooks, implemented by calling Lua functions in the sandbox. */
#ifndef HEARTLINES_SCRIPT_CALLS_H
#define HEARTLINES_SCRIPT_CALLS_H

#include "../core/catalog.h"
#include "../core/model.h"
#include "../core/script_hooks.h"
#include "sandbox.h"

/* The hooks call functions of scenario under sandbox's per-call budget. Both must outlive them;
   script_calls_free releases what init allocated. */
bool script_calls_init(ScriptHooks *hooks, Sandbox *sandbox, const Scenario *scenario);
/* From now on, computed text is translated by catalog (keyed by the text's stable id and the
   English the function returned); catalog must outlive the hooks. */
bool script_calls_translate(ScriptHooks *hooks, const Catalog *catalog);
void script_calls_free(ScriptHooks *hooks);

#endif
