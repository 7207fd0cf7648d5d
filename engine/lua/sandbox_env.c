/* sandbox_env.c: what a scenario can reach, and the cost gates in front of C functions whose time
   is not counted by the instruction hook (SANDBOX.md, class B).

   A pattern of m bytes with q variable-length items over n bytes can cost about m * n^(q+1)
   steps in Lua's backtracking matcher: at each of n starting places it may try every item (a set
   is read whole for each character), and each repetition item multiplies by n. Calls whose
   estimate is over PATTERN_MAX_STEPS are refused, as are long patterns (which also keeps the
   matcher's recursion far from "pattern too complex", whose gmatch state bug is class C).
   string.rep, table.concat, table.move and table.sort are charged by the size of what they would
   make or touch. */
#include "sandbox_env.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "../core/suggest.h"

enum {
    PATTERN_MAX_LENGTH = 128,
    REP_MAX_BYTES = 1 << 20,
    REP_MAX_COUNT = 1 << 20,
    TABLE_MAX_RANGE = 1 << 20,
    CONCAT_MAX_BYTES = 16 << 20,
    SORT_MAX_ITEMS = 100000,
};
static const double PATTERN_MAX_STEPS = 5e7;

static const char *const safe_base[] = {
    "assert", "error", "ipairs", "next", "pairs", "select", "tonumber", "tostring", "type",
    "rawequal", "rawlen", "rawget", "rawset", "_VERSION", NULL,
};
static const char *const string_removed[] = {"dump", "pack", "unpack", "packsize", NULL};
static const char *const math_removed[] = {"random", "randomseed", NULL};

/* math.random is gone so that a game replays the same way from its seed and the checker can try
   every outcome; calling it says so, instead of "attempt to call a nil value". */
static int removed_random(lua_State *L)
{
    return luaL_error(
        L,
        "math.random was removed on purpose, so that a seed replays the same game and "
        "check can try every outcome: use to = chance { ... } (docs/scenario-api.md)");
}

/* Calls the original function (upvalue 1) with this call's arguments, then checks the budget's
   clock: the hooks saw none of the time spent inside it. */
static int call_original(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    lua_tocfunction(L, lua_upvalueindex(3))(L);   /* the deadline, which hooks did not see */
    return lua_gettop(L);
}

static int gated_rep(lua_State *L)
{
    size_t length, separator;
    luaL_checklstring(L, 1, &length);
    lua_Integer count = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &separator);
    if (count > 0) {
        double bytes = (double)length * (double)count + (double)separator * (double)(count - 1);
        if (count > REP_MAX_COUNT || bytes > REP_MAX_BYTES)
            return luaL_error(
                L,
                "string.rep would repeat %I times (%I bytes); the limit is %d times and %d bytes",
                count, (lua_Integer)fmin(bytes, 9e18), REP_MAX_COUNT, REP_MAX_BYTES);
    }
    return call_original(L);
}

/* Variable-length items in a pattern: *, +, -, ? and %b, outside sets and escapes. */
static int pattern_quantifiers(const char *p, size_t length)
{
    int count = 0;
    for (size_t i = 0; i < length; i++) {
        if (p[i] == '%') {
            if (i + 1 < length && p[i + 1] == 'b') count++;
            i++;
        } else if (p[i] == '[') {
            size_t j = i + 1;
            if (j < length && p[j] == '^') j++;
            if (j < length) j++;              /* a ']' first in a set is literal */
            while (j < length && p[j] != ']') j += p[j] == '%' ? 2 : 1;
            i = j;
        } else if (p[i] == '*' || p[i] == '+' || p[i] == '?' || (p[i] == '-' && i > 0)) count++;
    }
    return count;
}

static int gated_pattern(lua_State *L)
{
    size_t subject, length;
    luaL_checklstring(L, 1, &subject);
    const char *pattern = luaL_checklstring(L, 2, &length);
    bool plain = lua_toboolean(L, lua_upvalueindex(2)) && lua_toboolean(L, 4);
    /* A plain search compares up to the needle's length at every offset. */
    if (plain && (double)subject * (double)length > PATTERN_MAX_STEPS)
        return luaL_error(L, "a plain search for %d bytes in %d bytes could take too long",
                          (int)length, (int)subject);
    if (plain) return call_original(L);
    if (length > PATTERN_MAX_LENGTH)
        return luaL_error(L, "pattern is %d bytes long; the limit is %d", (int)length,
                          PATTERN_MAX_LENGTH);
    int q = pattern_quantifiers(pattern, length);
    double steps = fmax((double)length, 1.0) * pow((double)subject + 1.0, (double)q + 1.0);
    if (steps > PATTERN_MAX_STEPS)
        return luaL_error(
            L,
            "this pattern (%d bytes, %d repetition items) over %d bytes could take too long; "
            "use a shorter text or a simpler pattern",
            (int)length, q, (int)subject);
    return call_original(L);
}

/* The number of items from argument first_arg to the next, computed without overflow. */
static lua_Unsigned range_length(lua_State *L, int first_arg, lua_Integer default_last)
{
    lua_Integer first = luaL_optinteger(L, first_arg, 1);
    lua_Integer last = luaL_optinteger(L, first_arg + 1, default_last);
    return last >= first ? (lua_Unsigned)last - (lua_Unsigned)first + 1 : 0;
}

/* Charged by the size of the result: a few references to one big string make a huge one. */
static int gated_concat(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    size_t separator;
    luaL_optlstring(L, 2, "", &separator);
    lua_Unsigned count = range_length(L, 3, (lua_Integer)lua_rawlen(L, 1));
    if (count > TABLE_MAX_RANGE)
        return luaL_error(L, "table.concat over more than %d items", TABLE_MAX_RANGE);
    lua_Integer first = luaL_optinteger(L, 3, 1);
    double bytes = (double)separator * (double)count;
    for (lua_Unsigned i = 0; i < count; i++) {
        if (lua_rawgeti(L, 1, first + (lua_Integer)i) == LUA_TSTRING)
            bytes += (double)lua_rawlen(L, -1);
        lua_pop(L, 1);
    }
    if (bytes > CONCAT_MAX_BYTES)
        return luaL_error(L, "table.concat would make %I bytes; the limit is %d",
                          (lua_Integer)bytes, CONCAT_MAX_BYTES);
    return call_original(L);
}

static int gated_move(lua_State *L)
{
    if (range_length(L, 2, 0) > TABLE_MAX_RANGE)
        return luaL_error(L, "table.move over more than %d items", TABLE_MAX_RANGE);
    return call_original(L);
}

static int gated_sort(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_rawlen(L, 1) > SORT_MAX_ITEMS)
        return luaL_error(L, "table.sort of more than %d items", SORT_MAX_ITEMS);
    return call_original(L);
}

/* Replaces table[name] with gate(original, plain_allowed, the deadline check: argument 1 of
   sandbox_env_build). */
static void gate(lua_State *L, const char *name, lua_CFunction gate_fn, bool plain_allowed)
{
    lua_getfield(L, -1, name);
    lua_pushboolean(L, plain_allowed);
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, gate_fn, 3);
    lua_setfield(L, -2, name);
}

/* Pushes a shallow copy of the global library table name, without the removed fields. */
static void copy_library(lua_State *L, const char *name, const char *const *removed)
{
    lua_newtable(L);
    lua_getglobal(L, name);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -5);
    }
    lua_pop(L, 1);
    for (int i = 0; removed && removed[i]; i++) {
        lua_pushnil(L);
        lua_setfield(L, -2, removed[i]);
    }
}

static void add_string_library(lua_State *L)
{
    copy_library(L, LUA_STRLIBNAME, string_removed);
    gate(L, "rep", gated_rep, false);
    gate(L, "find", gated_pattern, true);
    gate(L, "match", gated_pattern, false);
    gate(L, "gmatch", gated_pattern, false);
    gate(L, "gsub", gated_pattern, false);
    /* Method calls on strings ("x"):rep(...) must meet the same gates. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 2);
    lua_setfield(L, -2, LUA_STRLIBNAME);
}

static void add_table_library(lua_State *L)
{
    copy_library(L, LUA_TABLIBNAME, NULL);
    gate(L, "concat", gated_concat, false);
    gate(L, "move", gated_move, false);
    gate(L, "sort", gated_sort, false);
    lua_setfield(L, -2, LUA_TABLIBNAME);
}

int sandbox_env_build(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    static const luaL_Reg libraries[] = {
        {LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string},
        {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8}, {NULL, NULL},
    };
    for (const luaL_Reg *lib = libraries; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    lua_newtable(L);
    for (int i = 0; safe_base[i]; i++) {
        lua_getglobal(L, safe_base[i]);
        lua_setfield(L, -2, safe_base[i]);
    }
    add_string_library(L);
    add_table_library(L);
    copy_library(L, LUA_MATHLIBNAME, math_removed);
    for (int i = 0; math_removed[i]; i++) {
        lua_pushcfunction(L, removed_random);
        lua_setfield(L, -2, math_removed[i]);
    }
    lua_setfield(L, -2, LUA_MATHLIBNAME);
    copy_library(L, LUA_UTF8LIBNAME, NULL);
    lua_setfield(L, -2, LUA_UTF8LIBNAME);
    return 1;
}

static const char *suggest_global(lua_State *L, int env, const char *name)
{
    enum { MAX_NAMES = 128 };
    const char *names[MAX_NAMES + 1];
    int count = 0;
    lua_pushnil(L);
    while (count < MAX_NAMES && lua_next(L, env)) {
        if (lua_type(L, -2) == LUA_TSTRING) names[count++] = lua_tostring(L, -2);
        lua_pop(L, 1);
    }
    names[count] = NULL;
    if (count == MAX_NAMES) lua_pop(L, 1);   /* the key lua_next left */
    return suggest_from_list(name, names);
}

static int strict_index(lua_State *L)
{
    if (lua_type(L, 2) != LUA_TSTRING) return luaL_error(L, "unknown global");
    const char *name = lua_tostring(L, 2);
    const char *near = suggest_global(L, 1, name);
    if (near) return luaL_error(L, "unknown name '%s' (did you mean '%s'?)", name, near);
    return luaL_error(L, "unknown name '%s': the sandbox has no such function or value", name);
}

static int strict_newindex(lua_State *L)
{
    const char *name = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?";
    return luaL_error(L, "cannot set global '%s': use 'local %s = ...'", name, name);
}

void sandbox_env_seal(lua_State *L, int env_index)
{
    env_index = lua_absindex(L, env_index);
    lua_newtable(L);
    lua_pushcfunction(L, strict_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, strict_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, env_index);
}
