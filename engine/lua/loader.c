/* loader.c: runs a scenario file in its sandbox and turns the returned table into the C model. */
#include "loader.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>

#include "../core/text_format.h"
#include "../core/translate.h"
#include "loader_nodes.h"
#include "script_calls.h"

static const char *const scenario_fields[] = {
    "id", "title", "blurb", "minutes", "setting", "notes", "reflect", "cast", "state",
    "flooding", "self_flooding", "roles", "start", "nodes", NULL,
};
static const char *const var_fields[] = {"better", "min", "max", "visits", NULL};
static const char *const flooding_fields[] = {"var", "at", "to", NULL};
static const char *const self_flooding_fields[] = {"var", "at", "hint", NULL};

enum { MAX_CAST = 64 };   /* cast members: more is a diagnostic, never a silent cut */

/* The sorted string keys of table t, with a diagnostic when there are more than max: never a
   silent cut. Returns how many are in keys. */
static int sorted_keys_up_to(Reader *r, int t, const char **keys, int max, const char *table,
                             const char *items, int line)
{
    int count = read_sorted_keys(r->L, t, keys, max);
    if (count <= max) return count;
    diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
             "the %s has %d %s; the limit is %d", table, count, items, max);
    return max;
}

static bool push_table_field(Reader *r, int t, const char *key, int line)
{
    lua_pushstring(r->L, key);
    int type = lua_rawget(r->L, t);
    if (type == LUA_TTABLE) return true;
    if (type != LUA_TNIL)
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "field '%s' must be a table, got %s", key, luaL_typename(r->L, -1));
    lua_pop(r->L, 1);
    return false;
}

static void read_cast(Reader *r, int t, int line)
{
    lua_State *L = r->L;
    if (!push_table_field(r, t, "cast", line)) {
        diag_add(r->diags, DIAG_FIELD_MISSING, r->scenario->file, line,
                 "the scenario needs a 'cast' table");
        return;
    }
    int cast = lua_gettop(L);
    const char *keys[MAX_CAST];
    int count = sorted_keys_up_to(r, cast, keys, MAX_CAST, "cast", "members", line);
    CastMember *members = arena_array(&r->scenario->arena, (size_t)count + 1, sizeof *members);
    if (!members) luaL_error(L, "out of memory");
    for (int i = 0; i < count; i++) {
        members[i].key = arena_strdup(&r->scenario->arena, keys[i]);
        if (!scenario_valid_id(keys[i]) || strcmp(keys[i], "you") == 0)
            diag_add(r->diags, DIAG_BAD_ID, r->scenario->file, line,
                     "cast key '%s' must be a word of letters, digits "
                     "and underscores (and not 'you', which is the player)",
                     keys[i]);
        lua_pushstring(L, keys[i]);
        int type = lua_rawget(L, cast);
        if (type == LUA_TTABLE) {
            members[i].name = read_required_string(r, -1, "name", "a cast member", line);
        } else if (type == LUA_TSTRING) {
            size_t length;
            const char *name = lua_tolstring(L, -1, &length);
            members[i].name = read_copy_text(r, name, length);
        } else
            diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                     "cast member '%s' must be \"Name\" or { name = \"Name\" }", keys[i]);
        if (!members[i].name) members[i].name = members[i].key;
        lua_pop(L, 1);
    }
    r->scenario->cast = members;
    r->scenario->cast_count = count;
    lua_pop(L, 1);
}

/* name = 50, name = { 50, better = "lower", min = 0, max = 100 }, name = false (a flag), or
   name = { visits = "node", max = 3 } (a count of visits to node). */
static void read_var(Reader *r, int value, StateVar *var, int line)
{
    lua_State *L = r->L;
    *var = (StateVar){.name = var->name, .min = 0, .max = 100, .node = NODE_NONE};
    if (lua_type(L, value) == LUA_TBOOLEAN) {
        *var = (StateVar){
            .name = var->name, .start = lua_toboolean(L, value), .max = 1, .kind = VAR_FLAG};
        return;
    }
    char what[300];
    snprintf(what, sizeof what, "state '%s'", var->name);
    if (lua_type(L, value) == LUA_TTABLE) {
        read_check_fields(r, value, var_fields, false, true, "a state value", line);
        var->node_id = read_string(r, value, "visits", line);
        if (var->node_id) var->kind = VAR_VISITS;
        lua_rawgeti(L, value, 1);
        if (!lua_isnil(L, -1)) read_whole_number(r, -1, what, line, &var->start);
        else if (!var->node_id)
            diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                     "state '%s' needs a whole number first: { 50, ... }", var->name);
        lua_pop(L, 1);
        read_integer(r, value, "min", line, &var->min);
        read_integer(r, value, "max", line, &var->max);
        const char *better = read_string(r, value, "better", line);
        var->lower_is_better = better && strcmp(better, "lower") == 0;
        if (better && !var->lower_is_better && strcmp(better, "higher") != 0)
            diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                     "'better' must be \"higher\" or \"lower\"");
    } else if (lua_type(L, value) == LUA_TNUMBER)
        read_whole_number(r, value, what, line, &var->start);
    else
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "state '%s' must be a whole number, true or false", var->name);
    if (var->start < var->min || var->start > var->max)
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "state '%s' starts at %d, outside %d..%d", var->name, var->start, var->min,
                 var->max);
}

static void read_state(Reader *r, int t, int line)
{
    lua_State *L = r->L;
    if (!push_table_field(r, t, "state", line)) return;
    int state = lua_gettop(L);
    const char *keys[MAX_DECLARED_VARS];
    int count = sorted_keys_up_to(r, state, keys, MAX_DECLARED_VARS, "state", "values", line);
    StateVar *vars = arena_array(&r->scenario->arena, (size_t)count + 1, sizeof *vars);
    if (!vars) luaL_error(L, "out of memory");
    for (int i = 0; i < count; i++) {
        vars[i].name = arena_strdup(&r->scenario->arena, keys[i]);
        if (!scenario_valid_id(keys[i]) || is_choice_field(keys[i]))
            diag_add(r->diags, DIAG_BAD_ID, r->scenario->file, line,
                     "state name '%s' must be a word of letters, "
                     "digits and underscores, and not a choice field (to, skills, pitfalls, coach, "
                     "when, calm, id, "
                     "once, fallback, set)",
                     keys[i]);
        lua_pushstring(L, keys[i]);
        lua_rawget(L, state);
        read_var(r, lua_gettop(L), &vars[i], line);
        lua_pop(L, 1);
    }
    r->scenario->vars = vars;
    r->scenario->var_count = count;
    lua_pop(L, 1);
}

static int read_var_name(Reader *r, int t, int line)
{
    const char *name = read_required_string(r, t, "var", "flooding", line);
    int var = name ? scenario_find_var(r->scenario, name) : -1;
    if (name && var < 0)
        diag_add(r->diags, DIAG_FIELD_UNKNOWN, r->scenario->file, line,
                 "flooding names '%s', which is not in state", name);
    return var;
}

static void read_flooding(Reader *r, int t, int line)
{
    Scenario *scenario = r->scenario;
    if (push_table_field(r, t, "flooding", line)) {
        read_check_fields(r, -1, flooding_fields, false, false, "flooding", line);
        scenario->flooding.var = read_var_name(r, -1, line);
        read_integer(r, -1, "at", line, &scenario->flooding.at);
        scenario->flooding.target_id = read_required_string(r, -1, "to", "flooding", line);
        scenario->flooding.line = line;
        if (!scenario->flooding.target_id) scenario->flooding.var = -1;
        lua_pop(r->L, 1);
    }
    if (push_table_field(r, t, "self_flooding", line)) {
        read_check_fields(r, -1, self_flooding_fields, false, false, "self_flooding", line);
        scenario->self_flooding.var = read_var_name(r, -1, line);
        read_integer(r, -1, "at", line, &scenario->self_flooding.at);
        scenario->self_flooding.hint = read_string(r, -1, "hint", line);
        lua_pop(r->L, 1);
    }
}

/* roles = { "alex", "sam" }: two cast members that players take, one each. */
static void read_roles(Reader *r, int t, int line)
{
    lua_State *L = r->L;
    if (!push_table_field(r, t, "roles", line)) return;
    int count = (int)lua_rawlen(L, -1);
    for (int i = 1; i <= count && i <= 2; i++) {
        int cast = lua_rawgeti(L, -1, i) == LUA_TSTRING
                       ? scenario_find_cast(r->scenario, lua_tostring(L, -1))
                       : -1;
        if (cast < 0)
            diag_add(r->diags, DIAG_UNKNOWN_SPEAKER, r->scenario->file, line,
                     "role %d must name a cast member", i);
        r->scenario->roles[i - 1] = cast;
        lua_pop(L, 1);
    }
    if (count != 2 || r->scenario->roles[0] < 0 || r->scenario->roles[1] < 0 ||
        r->scenario->roles[0] == r->scenario->roles[1])
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "roles must name two different cast members");
    else r->scenario->role_count = 2;
    lua_pop(L, 1);
}

static void read_notes(Reader *r, int t, int line)
{
    lua_State *L = r->L;
    if (!push_table_field(r, t, "notes", line)) return;
    int count = (int)lua_rawlen(L, -1);
    const char **notes = arena_array(&r->scenario->arena, (size_t)count + 1, sizeof *notes);
    if (!notes) luaL_error(L, "out of memory");
    int kept = 0;
    for (int i = 1; i <= count; i++) {
        if (lua_rawgeti(L, -1, i) == LUA_TSTRING) {
            size_t length;
            const char *note = lua_tolstring(L, -1, &length);
            notes[kept++] = read_copy_text(r, note, length);
        } else
            diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                     "notes must be a list of strings");
        lua_pop(L, 1);
    }
    r->scenario->notes = notes;
    r->scenario->note_count = kept;
    lua_pop(L, 1);
}

/* Protected: (reader, scenario table) -> fills the model. */
static int build_model(lua_State *L)
{
    Reader *r = lua_touserdata(L, 1);
    const int t = 2;
    Scenario *scenario = r->scenario;
    int line = scenario->line = read_line(L, t);
    read_cast(r, t, line);
    read_state(r, t, line);
    read_check_fields(r, t, scenario_fields, false, false, "the scenario", line);
    scenario->id = read_required_string(r, t, "id", "the scenario", line);
    scenario->title = read_required_string(r, t, "title", "the scenario", line);
    scenario->blurb = read_string(r, t, "blurb", line);
    scenario->setting = read_string(r, t, "setting", line);
    scenario->reflect = read_string(r, t, "reflect", line);
    read_integer(r, t, "minutes", line, &scenario->minutes);
    read_notes(r, t, line);
    read_flooding(r, t, line);
    read_roles(r, t, line);
    scenario->start_id = read_required_string(r, t, "start", "the scenario", line);
    if (push_table_field(r, t, "nodes", line)) {
        read_nodes(r, -1, line);
        lua_pop(L, 1);
    } else
        diag_add(r->diags, DIAG_FIELD_MISSING, scenario->file, line,
                 "the scenario needs a 'nodes' list");
    return 0;
}

static bool is_scenario_value(lua_State *L)
{
    if (lua_type(L, -1) != LUA_TTABLE) return false;
    const char *kind = read_kind(L, -1);
    return kind && strcmp(kind, "scenario") == 0;
}

/* FILE.lua in language xx: FILE.xx.po, else FILE.xx.csv, beside it. */
static void translate(LoadedScenario *out, const char *path, const char *lang, DiagList *diags)
{
    char po[PATH_SIZE], csv[PATH_SIZE], why[512];
    size_t stem = strlen(path) > 4 && strcmp(path + strlen(path) - 4, ".lua") == 0
                      ? strlen(path) - 4
                      : strlen(path);
    if (!text_format(po, sizeof po, "%.*s.%s.po", (int)stem, path, lang) ||
        !text_format(csv, sizeof csv, "%.*s.%s.csv", (int)stem, path, lang)) {
        diag_add(diags, DIAG_TRANSLATION, path, 0,
                 "no translation into '%s' (the path is too long); the original text is used",
                 lang);
        return;
    }
    const char *chosen = access(po, F_OK) == 0 ? po : csv;   /* access: a FIFO is not opened here */
    if (!catalog_read(&out->translations, chosen, why, sizeof why)) {
        diag_add(diags, DIAG_TRANSLATION, path, 0,
                 "no translation into '%s' (%s); the original text is used", lang, why);
        catalog_free(&out->translations);
        return;
    }
    translate_scenario(out->scenario, &out->translations);
    script_calls_translate(&out->hooks, &out->translations);
}

static bool new_sandbox(LoadedScenario *out, const LoaderOptions *options, const char *path,
                        DiagList *diags)
{
    *out = (LoadedScenario){0};
    out->sandbox = sandbox_new(&options->limits);
    if (!out->sandbox) diag_add(diags, DIAG_MEMORY, path, 0, "cannot create a Lua state");
    return out->sandbox != NULL;
}

/* Turns the value the scenario returned (on top of the stack) into the linked model. */
static bool build(LoadedScenario *out, const char *path, const LoaderOptions *options,
                  DiagList *diags, int errors_before)
{
    lua_State *L = sandbox_state(out->sandbox);
    if (!is_scenario_value(L)) {
        diag_add(diags, DIAG_NOT_A_SCENARIO, path, sandbox_last_line(out->sandbox),
                 "the file must end with 'return scenario { ... }' (it returned %s)",
                 lua_isnil(L, -1) ? "nothing" : luaL_typename(L, -1));
        lua_pop(L, 1);
        return false;
    }
    out->scenario = scenario_new(path);
    if (!out->scenario) return false;
    Reader reader = {L, out->scenario, diags, {0}};
    lua_pushcfunction(L, build_model);
    lua_insert(L, -2);
    lua_pushlightuserdata(L, &reader);
    lua_insert(L, -2);
    bool read = sandbox_host_call(out->sandbox, 2, 0, diags);
    strbuf_free(&reader.scratch);
    if (!read) return false;
    sandbox_collect_garbage(out->sandbox);
    if (!script_calls_init(&out->hooks, out->sandbox, out->scenario)) return false;
    scenario_link(out->scenario, diags); /* even after field errors: report every problem at once */
    bool ok = diag_error_count(diags) == errors_before;
    if (ok && options->lang && *options->lang) translate(out, path, options->lang, diags);
    return ok;
}

bool loader_open(const char *path, const LoaderOptions *options, DiagList *diags,
                 LoadedScenario *out)
{
    int errors_before = diag_error_count(diags);
    return new_sandbox(out, options, path, diags) &&
           sandbox_run_file(out->sandbox, path, options->api_path, diags) &&
           build(out, path, options, diags, errors_before);
}

bool loader_open_source(const char *name, const char *source, size_t length,
                        const LoaderOptions *options, DiagList *diags, LoadedScenario *out)
{
    int errors_before = diag_error_count(diags);
    return new_sandbox(out, options, name, diags) &&
           sandbox_run_source(out->sandbox, name, source, length, options->api_path, diags) &&
           build(out, name, options, diags, errors_before);
}

void loader_close(LoadedScenario *loaded)
{
    script_calls_free(&loaded->hooks);
    catalog_free(&loaded->translations);
    scenario_free(loaded->scenario);
    sandbox_free(loaded->sandbox);
    *loaded = (LoadedScenario){0};
}
