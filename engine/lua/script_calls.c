/* script_calls.c: a condition or computed text runs as fn(s), s holding the state values. */
#include "script_calls.h"

#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "../core/catalog.h"
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
    const Catalog *catalog;      /* translations of computed text, by the text's id; NULL for none */
    const char **ids;            /* the id of each function handle that computes text */
    int id_count;
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
    size_t length = 0, start = out->length;
    const char *value = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &length) : "";
    clean_text(out, value, length, COMPUTED_TEXT_MAX, true);
    lua_pop(L, 1);
    const char *translated = calls->catalog && fn < calls->id_count && calls->ids[fn] && !out->failed
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
    *calls = (Calls){.sandbox = sandbox, .scenario = scenario};
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
        for (int i = 0; i < node->line_count; i++) most = node->lines[i].text.fn > most ? node->lines[i].text.fn : most;
        for (int c = 0; c < node->choice_count; c++) most = node->choices[c].text.fn > most ? node->choices[c].text.fn : most;
    }
    free(calls->ids);
    calls->ids = calloc((size_t)most + 1, sizeof *calls->ids);
    if (!calls->ids) return false;
    calls->id_count = most + 1;
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        for (int i = 0; i < node->line_count; i++) note_id(calls, &node->lines[i].text, node->lines[i].id);
        for (int c = 0; c < node->choice_count; c++) note_id(calls, &node->choices[c].text, node->choices[c].id);
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
