/* script_calls.c: a condition or computed text runs as fn(s), s holding the state values. */
#include "script_calls.h"

#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "../core/catalog.h"
#include "../core/clean_text.h"
#include "../core/suggest.h"

enum { COMPUTED_TEXT_MAX = 64 * 1024 };

typedef struct CallRequest {
    const Scenario *scenario;
    int fn;
    const int *vars;
    int wanted;                  /* LUA_TBOOLEAN or LUA_TSTRING */
    int *state_ref; /* the registry's reference to the table s, LUA_NOREF before the first call */
} CallRequest;

/* Sets the values a writer declared (flags as true or false; hidden ones not at all). Returns how
   many were set. */
static int set_state_values(lua_State *L, const CallRequest *request)
{
    int count = 0;
    for (int i = 0; i < request->scenario->var_count; i++) {
        const StateVar *var = &request->scenario->vars[i];
        if (var->kind == VAR_TAKEN) continue;
        if (var->kind == VAR_FLAG)
            lua_pushboolean(L, request->vars[i]);
        else
            lua_pushinteger(L, request->vars[i]);
        lua_setfield(L, -2, var->name);
        count++;
    }
    return count;
}

static const char *var_name_at(const void *ctx, int i)
{
    return ((const Scenario *)ctx)->vars[i].name;
}

/* s.clsoe: a misspelt name would only fail later as "compare number with nil", far from the typo.
 */
static int unknown_state_value(lua_State *L)
{
    const Scenario *scenario = lua_touserdata(L, lua_upvalueindex(1));
    const char *name = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?";
    const char *near = suggest_nearest(name, scenario, scenario->var_count, var_name_at);
    if (near)
        return luaL_error(L, "s.%s: there is no state value '%s' (did you mean '%s'?)", name, name,
                          near);
    return luaL_error(L, "s.%s: there is no state value '%s'; the scenario's state declares them",
                      name, name);
}

/* The metatable of s: reading a name the state does not declare is an error that names it. */
static void set_state_metatable(lua_State *L, const CallRequest *request)
{
    lua_createtable(L, 0, 2);
    lua_pushlightuserdata(L, (void *)request->scenario);
    lua_pushcclosure(L, unknown_state_value, 1);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, false);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

static int key_count(lua_State *L)
{
    int count = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        count++;
    }
    return count;
}

/* Pushes s. A new table for every call was most of what the collector had to sweep during play,
   so one table serves every call, its values set again before each. A function can write to s,
   but what it wrote is overwritten, and a table that gained keys is replaced (counting them costs
   no more than the call that added them), so every call sees the state values and nothing else. */
static void push_state(lua_State *L, const CallRequest *request)
{
    int ref = *request->state_ref;
    if (ref != LUA_NOREF) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
        int declared = set_state_values(L, request);
        if (key_count(L) == declared) return;
        lua_pop(L, 1);
    }
    lua_createtable(L, 0, request->scenario->var_count);
    set_state_values(L, request);
    set_state_metatable(L, request);
    lua_pushvalue(L, -1);
    if (ref == LUA_NOREF) *request->state_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    else lua_rawseti(L, LUA_REGISTRYINDEX, ref);
}

/* Protected and budgeted: sets up s, calls the function, checks what it returned. */
static int call_with_state(lua_State *L)
{
    const CallRequest *request = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, request->fn);
    push_state(L, request);
    lua_call(L, 1, 1);
    int type = lua_type(L, -1);
    if (request->wanted == LUA_TBOOLEAN && type != LUA_TBOOLEAN && type != LUA_TNIL)
        return luaL_error(L, "a 'when' function must return true or false, not a %s",
                          luaL_typename(L, -1));
    if (request->wanted == LUA_TSTRING && type != LUA_TSTRING && type != LUA_TNIL)
        return luaL_error(L, "a text function must return a string (or nil), not a %s",
                          luaL_typename(L, -1));
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
    const Catalog *catalog; /* translations of computed text, by the text's id; NULL for none */
    const char **ids;            /* the id of each function handle that computes text */
    int id_count;
    int state_ref;               /* the table s (see push_state) */
} Calls;

static bool condition(void *ctx, int fn, const int *vars, bool *result, DiagList *diags)
{
    Calls *calls = ctx;
    CallRequest request = {calls->scenario, fn, vars, LUA_TBOOLEAN, &calls->state_ref};
    if (!call(calls->sandbox, &request, diags)) return false;
    lua_State *L = sandbox_state(calls->sandbox);
    *result = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return true;
}

static bool text(void *ctx, int fn, const int *vars, StrBuf *out, DiagList *diags)
{
    Calls *calls = ctx;
    CallRequest request = {calls->scenario, fn, vars, LUA_TSTRING, &calls->state_ref};
    if (!call(calls->sandbox, &request, diags)) return false;
    lua_State *L = sandbox_state(calls->sandbox);
    size_t length = 0, start = out->length;
    const char *value = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &length) : "";
    clean_text(out, value, length, COMPUTED_TEXT_MAX, true);
    lua_pop(L, 1);
    const char *translated =
        calls->catalog && fn < calls->id_count && calls->ids[fn] && !out->failed
            ? catalog_lookup(calls->catalog, calls->ids[fn], out->data + start)
            : NULL;
    if (translated) {
        out->length = start;
        out->data[start] = '\0';
        clean_text(out, translated, strlen(translated), COMPUTED_TEXT_MAX, true);
    }
    return !out->failed;
}

bool script_calls_init(ScriptHooks *hooks, Sandbox *sandbox, const Scenario *scenario)
{
    Calls *calls = malloc(sizeof *calls);
    if (!calls) return false;
    *calls = (Calls){.sandbox = sandbox, .scenario = scenario, .state_ref = LUA_NOREF};
    *hooks = (ScriptHooks){.ctx = calls, .condition = condition, .text = text};
    return true;
}

static void note_id(Calls *calls, const Text *text, const char *id)
{
    if (text->fn > 0 && text->fn < calls->id_count) calls->ids[text->fn] = id;
}

bool script_calls_translate(ScriptHooks *hooks, const Catalog *catalog)
{
    Calls *calls = hooks->ctx;
    const Scenario *scenario = calls->scenario;
    int most = 0;
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        for (int i = 0; i < node->line_count; i++)
            most = node->lines[i].text.fn > most ? node->lines[i].text.fn : most;
        for (int c = 0; c < node->choice_count; c++)
            most = node->choices[c].text.fn > most ? node->choices[c].text.fn : most;
    }
    free(calls->ids);
    calls->ids = calloc((size_t)most + 1, sizeof *calls->ids);
    if (!calls->ids) return false;
    calls->id_count = most + 1;
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        for (int i = 0; i < node->line_count; i++)
            note_id(calls, &node->lines[i].text, node->lines[i].id);
        for (int c = 0; c < node->choice_count; c++)
            note_id(calls, &node->choices[c].text, node->choices[c].id);
    }
    calls->catalog = catalog;
    return true;
}

void script_calls_free(ScriptHooks *hooks)
{
    if (hooks->ctx) free(((Calls *)hooks->ctx)->ids);
    free(hooks->ctx);
    *hooks = (ScriptHooks){0};
}
