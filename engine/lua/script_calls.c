/* script_calls.c: a condition or computed text runs as fn(s), s holding the state values. */
#include "script_calls.h"

#include <stdlib.h>

#include <lauxlib.h>

#include "../core/clean_text.h"

enum { COMPUTED_TEXT_MAX = 64 * 1024 };

typedef struct CallRequest {
    const Scenario *scenario;
    int fn;
    const int *vars;
    int wanted;                  /* LUA_TBOOLEAN or LUA_TSTRING */
} CallRequest;

/* Protected and budgeted: builds s, calls the function, checks what it returned. */
static int call_with_state(lua_State *L)
{
    const CallRequest *request = lua_touserdata(L, 1);
    const Scenario *scenario = request->scenario;
    lua_rawgeti(L, LUA_REGISTRYINDEX, request->fn);
    lua_createtable(L, 0, scenario->var_count);
    for (int i = 0; i < scenario->var_count; i++) {
        lua_pushinteger(L, request->vars[i]);
        lua_setfield(L, -2, scenario->vars[i].name);
    }
    lua_call(L, 1, 1);
    int type = lua_type(L, -1);
    if (request->wanted == LUA_TBOOLEAN && type != LUA_TBOOLEAN && type != LUA_TNIL)
        return luaL_error(L, "a 'when' function must return true or false, not a %s", luaL_typename(L, -1));
    if (request->wanted == LUA_TSTRING && type != LUA_TSTRING && type != LUA_TNIL)
        return luaL_error(L, "a text function must return a string (or nil), not a %s", luaL_typename(L, -1));
    return 1;
}

static bool call(Sandbox *sandbox, CallRequest *request, DiagList *diags)
{
    lua_State *L = sandbox_state(sandbox);
    lua_pushcfunction(L, call_with_state);
    lua_pushlightuserdata(L, request);
    return sandbox_call(sandbox, 1, 1, diags);
}

typedef struct Calls {
    Sandbox *sandbox;
    const Scenario *scenario;
} Calls;

static bool condition(void *ctx, int fn, const int *vars, bool *result, DiagList *diags)
{
    const Calls *calls = ctx;
    CallRequest request = {calls->scenario, fn, vars, LUA_TBOOLEAN};
    if (!call(calls->sandbox, &request, diags)) return false;
    lua_State *L = sandbox_state(calls->sandbox);
    *result = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return true;
}

static bool text(void *ctx, int fn, const int *vars, StrBuf *out, DiagList *diags)
{
    const Calls *calls = ctx;
    CallRequest request = {calls->scenario, fn, vars, LUA_TSTRING};
    if (!call(calls->sandbox, &request, diags)) return false;
    lua_State *L = sandbox_state(calls->sandbox);
    size_t length = 0;
    const char *value = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &length) : "";
    clean_text(out, value, length, COMPUTED_TEXT_MAX, true);
    lua_pop(L, 1);
    return !out->failed;
}

bool script_calls_init(ScriptHooks *hooks, Sandbox *sandbox, const Scenario *scenario)
{
    Calls *calls = malloc(sizeof *calls);
    if (!calls) return false;
    *calls = (Calls){sandbox, scenario};
    *hooks = (ScriptHooks){.ctx = calls, .condition = condition, .text = text};
    return true;
}

void script_calls_free(ScriptHooks *hooks)
{
    free(hooks->ctx);
    *hooks = (ScriptHooks){0};
}
