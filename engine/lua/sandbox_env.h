/* sandbox_env.h: the environment a scenario sees: safe base functions, gated libraries, strict
 * globals. */
#ifndef HEARTLINES_SANDBOX_ENV_H
#define HEARTLINES_SANDBOX_ENV_H

#include <lua.h>

/* Opens the safe libraries, builds the scenario environment and pushes it. Also points the
   string metatable at the gated string table. Call it inside a protected call, with one
   argument: a C function each gated library call runs as it returns (the budget's clock, which
   raises an error when the deadline passed while the call ran). */
int sandbox_env_build(lua_State *L);

/* Makes env strict: reading or assigning an unknown global raises an error naming the line. */
void sandbox_env_seal(lua_State *L, int env_index);

#endif
