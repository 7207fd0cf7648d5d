/* loader_read.c: typed field reads with messages that name the writer's line. */
#include "loader_read.h"

#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "../core/clean_text.h"
#include "../core/suggest.h"

enum { TEXT_MAX_BYTES = 64 * 1024, MAX_FIELD_NAMES = 64, WHOLE_NUMBER_MAX = 1000000 };

static const char *const hidden_fields[] = {"__kind", "__line", "__id", NULL};

/* Pushes t[key] without metamethods and returns its type. */
static int raw_field(lua_State *L, int t, const char *key)
{
    t = lua_absindex(L, t);
    lua_pushstring(L, key);
    return lua_rawget(L, t);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int read_sorted_keys(lua_State *L, int t, const char **keys, int max)
{
    int count = 0;
    t = lua_absindex(L, t);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING && count++ < max) keys[count - 1] = lua_tostring(L, -1);
    }
    qsort(keys, (size_t)(count < max ? count : max), sizeof *keys, compare_strings);
    return count;
}

const char *read_copy_text(Reader *r, const char *text, size_t length)
{
    strbuf_clear(&r->scratch);
    clean_text(&r->scratch, text, length, TEXT_MAX_BYTES, true);
    return arena_strndup(&r->scenario->arena, strbuf_text(&r->scratch), r->scratch.length);
}

static void wrong_type(Reader *r, const char *key, const char *wanted, int line)
{
    diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line, "field '%s' must be %s, got %s",
             key, wanted, luaL_typename(r->L, -1));
}

const char *read_string(Reader *r, int t, const char *key, int line)
{
    const char *value = NULL;
    int type = raw_field(r->L, t, key);
    if (type == LUA_TSTRING) {
        size_t length;
        const char *text = lua_tolstring(r->L, -1, &length);
        value = read_copy_text(r, text, length);
    } else if (type != LUA_TNIL) wrong_type(r, key, "a string", line);
    lua_pop(r->L, 1);
    return value;
}

const char *read_required_string(Reader *r, int t, const char *key, const char *what, int line)
{
    const char *value = read_string(r, t, key, line);
    if (value) return value;
    if (raw_field(r->L, t, key) == LUA_TNIL)
        diag_add(r->diags, DIAG_FIELD_MISSING, r->scenario->file, line, "%s needs a '%s' field",
                 what, key);
    lua_pop(r->L, 1);
    return NULL;
}

bool read_whole_number(Reader *r, int index, const char *what, int line, int *out)
{
    lua_State *L = r->L;
    if (!lua_isinteger(L, index)) {
        const char *got =
            lua_type(L, index) == LUA_TNUMBER ? lua_tostring(L, index) : luaL_typename(L, index);
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "%s must be a whole number, got %s", what, got);
        return false;
    }
    lua_Integer value = lua_tointeger(L, index);
    if (value < -WHOLE_NUMBER_MAX || value > WHOLE_NUMBER_MAX) {   /* never cut to fit an int */
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "%s must be between %d and %d, got %lld", what, -WHOLE_NUMBER_MAX,
                 WHOLE_NUMBER_MAX, (long long)value);
        return false;
    }
    *out = (int)value;
    return true;
}

bool read_integer(Reader *r, int t, const char *key, int line, int *out)
{
    int type = raw_field(r->L, t, key);
    bool ok = false;
    if (type != LUA_TNIL) {
        char what[128];
        snprintf(what, sizeof what, "field '%s'", key);
        ok = read_whole_number(r, -1, what, line, out);
    }
    lua_pop(r->L, 1);
    return ok;
}

bool read_boolean(Reader *r, int t, const char *key, int line)
{
    int type = raw_field(r->L, t, key);
    bool value = type == LUA_TBOOLEAN && lua_toboolean(r->L, -1);
    if (type != LUA_TBOOLEAN && type != LUA_TNIL) wrong_type(r, key, "true or false", line);
    lua_pop(r->L, 1);
    return value;
}

int read_function(Reader *r, int t, const char *key, int line)
{
    int type = raw_field(r->L, t, key);
    if (type == LUA_TFUNCTION) return luaL_ref(r->L, LUA_REGISTRYINDEX);
    if (type != LUA_TNIL) wrong_type(r, key, "a function", line);
    lua_pop(r->L, 1);
    return NO_FUNCTION;
}

bool read_text_value(Reader *r, const char *what, int line, Text *out)
{
    *out = (Text){0};
    if (lua_type(r->L, -1) == LUA_TFUNCTION) {
        out->fn = luaL_ref(r->L, LUA_REGISTRYINDEX);
        return true;
    }
    bool ok = lua_type(r->L, -1) == LUA_TSTRING;
    if (ok) {
        size_t length;
        const char *text = lua_tolstring(r->L, -1, &length);
        out->fixed = read_copy_text(r, text, length);
    } else
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "%s must be a string or a function, got %s", what, luaL_typename(r->L, -1));
    lua_pop(r->L, 1);
    return ok;
}

const char *read_kind(lua_State *L, int t)
{
    const char *kind = raw_field(L, t, "__kind") == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1);
    return kind;   /* the string stays alive: the table still holds it */
}

int read_line(lua_State *L, int t)
{
    int line = raw_field(L, t, "__line") == LUA_TNUMBER ? (int)lua_tointeger(L, -1) : 0;
    lua_pop(L, 1);
    return line;
}

static bool settable(const Scenario *scenario, const char *key)
{
    int var = scenario_find_var(scenario, key);
    return var >= 0 && scenario_var_settable(&scenario->vars[var]);
}

static bool listed(const char *name, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], name) == 0) return true;
    return false;
}

static void unknown_field(Reader *r, const char *key, const char *const *allowed, bool effects,
                          const char *what, int line)
{
    const char *names[MAX_FIELD_NAMES + MAX_STATE_VARS + 1];
    int count = 0;
    for (int i = 0; allowed[i] && count < MAX_FIELD_NAMES; i++) names[count++] = allowed[i];
    for (int i = 0; effects && i < r->scenario->var_count; i++)
        if (scenario_var_settable(&r->scenario->vars[i]))
            names[count++] = r->scenario->vars[i].name;
    names[count] = NULL;
    const char *near = suggest_from_list(key, names);
    if (near)
        diag_add(r->diags, DIAG_FIELD_UNKNOWN, r->scenario->file, line,
                 "%s has no field '%s' (did you mean '%s'?)", what, key, near);
    else
        diag_add(r->diags, DIAG_FIELD_UNKNOWN, r->scenario->file, line, "%s has no field '%s'",
                 what, key);
}

void read_check_fields(Reader *r, int t, const char *const *allowed, bool effects, bool items,
                       const char *what, int line)
{
    lua_State *L = r->L;
    t = lua_absindex(L, t);
    lua_Integer list_length = (lua_Integer)lua_rawlen(L, t);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *key = lua_tostring(L, -1);
            bool known = listed(key, allowed) || listed(key, hidden_fields) ||
                (effects && settable(r->scenario, key));
            if (!known) unknown_field(r, key, allowed, effects, what, line);
        } else if (!(items && lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 &&
                     lua_tointeger(L, -1) <= list_length)) {
            diag_add(r->diags, DIAG_FIELD_UNKNOWN, r->scenario->file, line,
                     "%s has an unexpected %s key", what, luaL_typename(L, -1));
        }
    }
}
