/* script_calls.h: the core's ScriptHooks, implemented by calling Lua functions in the sandbox. */
#ifndef HEARTLINES_SCRIPT_CALLS_H
#define HEARTLINES_SCRIPT_CALLS_H

#include "../core/model.h"
#include "../core/script_hooks.h"
#include "sandbox.h"

/* The hooks call functions of scenario under sandbox's per-call budget. Both must outlive them;
   script_calls_free releases what init allocated. */
bool script_calls_init(ScriptHooks *hooks, Sandbox *sandbox, const Scenario *scenario);
void script_calls_free(ScriptHooks *hooks);

#endif
