/* loader_nodes.c: nodes and endings, and the lines and choices in their list part. */
#include "loader_nodes.h"

#include "loader_branch.h"

#include <string.h>

#include <lauxlib.h>

#include "../core/suggest.h"
#include "../core/vocab.h"

enum { MAX_TAGS = 16 };

static const char *const node_fields[] = {"need",   "next",     "turn", "discuss",
                                          "agreed", "differed", NULL};
static const char *const ending_fields[] = {"title", "summary", "reflect", NULL};
static const char *const choice_fields[] = {"to", "skills", "pitfalls", "coach", "when", "calm",
                                            "id", "once",   "fallback", "set",   NULL};
static const char *const line_fields[] = {"who", "text", NULL};

bool is_choice_field(const char *name)
{
    for (int i = 0; choice_fields[i]; i++)
        if (strcmp(choice_fields[i], name) == 0) return true;
    return false;
}

static const char *cast_key_at(const void *ctx, int i)
{
    return ((const Scenario *)ctx)->cast[i].key;
}

static int read_speaker(Reader *r, int t, int line)
{
    const char *who = read_string(r, t, "who", line);
    if (!who) return SPEAKER_NARRATOR;
    if (strcmp(who, "you") == 0) {
        if (r->scenario->role_count)
            diag_add(r->diags, DIAG_UNKNOWN_SPEAKER, r->scenario->file, line,
                     "this scenario has two roles, so say.you has no one to mean: name the role, "
                     "as in say.%s",
                     r->scenario->cast[r->scenario->roles[0]].key);
        return SPEAKER_YOU;
    }
    int index = scenario_find_cast(r->scenario, who);
    if (index >= 0) return index;
    const char *near = suggest_nearest(who, r->scenario, r->scenario->cast_count, cast_key_at);
    diag_add(r->diags, DIAG_UNKNOWN_SPEAKER, r->scenario->file, line,
             "'%s' is not in the cast%s%s%s", who, near ? " (did you mean '" : "", near ? near : "",
             near ? "'?)" : "");
    return SPEAKER_NARRATOR;
}

static void read_line_item(Reader *r, int t, Line *out)
{
    int line = read_line(r->L, t);
    read_check_fields(r, t, line_fields, false, false, "a line", line);
    *out = (Line){.speaker = read_speaker(r, t, line), .line = line};
    lua_pushliteral(r->L, "text");
    lua_rawget(r->L, t);
    read_text_value(r, "a line's text", line, &out->text);
}

/* Reads the list field key of tag ids into an arena array; returns the count. */
static int read_tags(Reader *r, int t, const char *key, TagKind kind, int line, uint8_t **out)
{
    lua_State *L = r->L;
    lua_pushstring(L, key);
    int type = lua_rawget(L, t);
    int count = 0;
    uint8_t tags[MAX_TAGS];
    if (type == LUA_TTABLE) {
        int length = (int)lua_rawlen(L, -1);
        if (length > MAX_TAGS)
            diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                     "%s lists %d tags; the limit is %d", key, length, MAX_TAGS);
        for (int i = 1; i <= length && count < MAX_TAGS; i++) {
            if (lua_rawgeti(L, -1, i) != LUA_TSTRING) {
                diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                         "%s must list names in quotes", key);
            } else {
                const char *id = lua_tostring(L, -1);
                int index = vocab_find(kind, id);
                const char *near = index < 0 ? vocab_suggest(kind, id) : NULL;
                if (index >= 0) tags[count++] = (uint8_t)index;
                else
                    diag_add(
                        r->diags, kind == TAG_SKILL ? DIAG_UNKNOWN_SKILL : DIAG_UNKNOWN_PITFALL,
                        r->scenario->file, line, "unknown %s '%s'%s%s%s (see docs/vocabulary.md)",
                        kind == TAG_SKILL ? "skill" : "pitfall", id, near ? " (did you mean '" : "",
                        near ? near : "", near ? "'?)" : "");
            }
            lua_pop(L, 1);
        }
    } else if (type != LUA_TNIL)
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "field '%s' must be a list like { \"...\" }", key);
    lua_pop(L, 1);
    *out = arena_array(&r->scenario->arena, (size_t)count, 1);
    if (*out) memcpy(*out, tags, (size_t)count);
    return count;
}

/* Field name of table t as a value for var: a whole number, or true or false for a flag. */
static bool read_value(Reader *r, int t, const StateVar *var, int line, int *out)
{
    if (var->kind == VAR_FLAG) {
        lua_pushstring(r->L, var->name);
        int type = lua_rawget(r->L, t);
        lua_pop(r->L, 1);
        if (type == LUA_TNIL) return false;
        if (type != LUA_TBOOLEAN)
            diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                     "'%s' is a flag: true or false", var->name);
        *out = read_boolean(r, t, var->name, line);
        return type == LUA_TBOOLEAN;
    }
    return read_integer(r, t, var->name, line, out);
}

/* trust = -10 (a change), met = true (a flag set), set = { tension = 20 } (a value set outright).
 */
static void read_effects(Reader *r, int t, int line, Choice *choice)
{
    Effect effects[2 * MAX_DECLARED_VARS];
    int count = 0;
    lua_State *L = r->L;
    lua_pushliteral(L, "set");
    int set_type = lua_rawget(L, t);
    int set = lua_gettop(L);
    if (set_type == LUA_TTABLE)
        read_check_fields(r, set, (const char *const[]){NULL}, true, false, "set", line);
    else if (set_type != LUA_TNIL)
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "set must be a table like { tension = 20 }");
    for (int v = 0; v < r->scenario->var_count; v++) {
        const StateVar *var = &r->scenario->vars[v];
        int value;
        if (!scenario_var_settable(var)) continue;
        if (read_value(r, t, var, line, &value) && (value != 0 || var->kind == VAR_FLAG))
            effects[count++] = (Effect){v, value, var->kind == VAR_FLAG};
        if (set_type == LUA_TTABLE && read_value(r, set, var, line, &value))
            effects[count++] = (Effect){v, value, true};
    }
    lua_pop(L, 1);
    choice->effects = arena_array(&r->scenario->arena, (size_t)count, sizeof *effects);
    if (choice->effects) memcpy(choice->effects, effects, (size_t)count * sizeof *effects);
    choice->effect_count = choice->effects ? count : 0;
}

static void read_choice_item(Reader *r, int t, Choice *out)
{
    int line = read_line(r->L, t);
    read_check_fields(r, t, choice_fields, true, true, "a choice", line);
    *out = (Choice){.line = line, .target = NODE_NONE};
    if (lua_rawlen(r->L, t) > 1)
        diag_add(r->diags, DIAG_FIELD_UNKNOWN, r->scenario->file, line,
                 "a choice has one text; found %d", (int)lua_rawlen(r->L, t));
    if (lua_rawgeti(r->L, t, 1) == LUA_TNIL) {
        lua_pop(r->L, 1);
        diag_add(r->diags, DIAG_FIELD_MISSING, r->scenario->file, line,
                 "a choice needs its text first: choice { \"...\", to = ... }");
    } else read_text_value(r, "a choice's text", line, &out->text);
    read_jump(r, t, "to", true, "a choice", line, &out->target_id, &out->branch);
    out->coach = read_string(r, t, "coach", line);
    out->id = read_string(r, t, "id", line);
    out->id_authored = out->id != NULL;
    if (out->id && !scenario_valid_id(out->id))
        diag_add(r->diags, DIAG_BAD_ID, r->scenario->file, line,
                 "choice id '%s' must be letters, digits and underscores", out->id);
    out->when_fn = read_function(r, t, "when", line);
    out->calm = read_boolean(r, t, "calm", line);
    out->once = read_boolean(r, t, "once", line);
    out->fallback = read_boolean(r, t, "fallback", line);
    out->skill_count = read_tags(r, t, "skills", TAG_SKILL, line, &out->skills);
    out->pitfall_count = read_tags(r, t, "pitfalls", TAG_PITFALL, line, &out->pitfalls);
    read_effects(r, t, line, out);
}

/* turn = "role": who decides at this node, in a scenario with two roles. */
static void read_turn(Reader *r, int t, Node *node)
{
    const Scenario *scenario = r->scenario;
    const char *turn = read_string(r, t, "turn", node->line);
    node->turn = SPEAKER_YOU;
    if (!scenario->role_count) {
        if (turn)
            diag_add(r->diags, DIAG_FIELD_UNKNOWN, scenario->file, node->line,
                     "node '%s' has a turn, but the scenario has no roles = { ... }", node->id);
        return;
    }
    int cast = turn ? scenario_find_cast(scenario, turn) : -1;
    if (cast >= 0 && (cast == scenario->roles[0] || cast == scenario->roles[1])) node->turn = cast;
    else if (turn)
        diag_add(r->diags, DIAG_UNKNOWN_SPEAKER, scenario->file, node->line,
                 "turn '%s' is not one of the roles", turn);
    else if (node->choice_count)
        diag_add(r->diags, DIAG_FIELD_MISSING, scenario->file, node->line,
                 "node '%s' has choices but no turn: whose decision is it?", node->id);
}

/* discuss = "prompt" or discuss = { "prompt", minutes = 3 } */
static void read_discuss(Reader *r, int t, Node *node)
{
    lua_State *L = r->L;
    lua_pushliteral(L, "discuss");
    int type = lua_rawget(L, t);
    if (type == LUA_TSTRING) {
        lua_pop(L, 1);
        node->discuss = read_string(r, t, "discuss", node->line);
        return;
    }
    if (type == LUA_TTABLE) {
        int minutes = 0;
        lua_rawgeti(L, -1, 1);
        if (lua_type(L, -1) == LUA_TSTRING) {
            size_t length;
            const char *prompt = lua_tolstring(L, -1, &length);
            node->discuss = read_copy_text(r, prompt, length);
        }
        lua_pop(L, 1);
        if (read_integer(r, -1, "minutes", node->line, &minutes) && minutes > 0 && minutes <= 120)
            node->discuss_seconds = minutes * 60;
        else if (minutes)
            diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, node->line,
                     "discuss minutes must be between 1 and 120, got %d", minutes);
    }
    if (type != LUA_TNIL && !node->discuss)
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, node->line,
                 "discuss must be \"a prompt\" or { \"a prompt\", minutes = 3 }");
    lua_pop(L, 1);
}

static void read_need(Reader *r, int t, Node *node)
{
    node->need = -1;
    const char *need = read_string(r, t, "need", node->line);
    if (!need) return;
    node->need = vocab_find_need(need);
    if (node->need >= 0) return;
    const char *near = vocab_suggest_need(need);
    diag_add(r->diags, DIAG_UNKNOWN_NEED, r->scenario->file, node->line, "unknown need '%s'%s%s%s",
             need, near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
}

/* Sorts the list part of node table t into lines and choices, in order. */
static void read_items(Reader *r, int t, Node *node)
{
    lua_State *L = r->L;
    int length = (int)lua_rawlen(L, t);
    if (length > MAX_NODE_ITEMS) {
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, node->line,
                 "node '%s' has %d items; the limit is %d", node->id, length, MAX_NODE_ITEMS);
        length = MAX_NODE_ITEMS;
    }
    node->lines = arena_array(&r->scenario->arena, (size_t)length + 1, sizeof *node->lines);
    node->choices = arena_array(&r->scenario->arena, (size_t)length + 1, sizeof *node->choices);
    if (!node->lines || !node->choices) luaL_error(L, "out of memory");
    for (int i = 1; i <= length; i++) {
        const char *kind = lua_rawgeti(L, t, i) == LUA_TTABLE ? read_kind(L, -1) : NULL;
        if (kind && strcmp(kind, "line") == 0)
            read_line_item(r, lua_gettop(L), &node->lines[node->line_count++]);
        else if (kind && strcmp(kind, "choice") == 0)
            read_choice_item(r, lua_gettop(L), &node->choices[node->choice_count++]);
        else
            diag_add(
                r->diags, DIAG_FIELD_TYPE, r->scenario->file, node->line,
                "item %d of node '%s' must be say.who \"...\", narrate \"...\" or choice { ... }",
                i, node->id);
        lua_pop(L, 1);
    }
}

static void read_node(Reader *r, int t, Node *node)
{
    lua_State *L = r->L;
    const char *kind = read_kind(L, t);
    node->line = read_line(L, t);
    node->next = NODE_NONE;
    node->is_ending = strcmp(kind, "ending") == 0;
    lua_pushliteral(L, "__id");
    node->id = lua_rawget(L, t) == LUA_TSTRING
                   ? arena_strdup(&r->scenario->arena, lua_tostring(L, -1))
                   : "?";
    lua_pop(L, 1);
    const char *what = node->is_ending ? "an ending" : "a node";
    read_check_fields(r, t, node->is_ending ? ending_fields : node_fields, false, true, what,
                      node->line);
    read_items(r, t, node);
    if (node->is_ending) {
        node->title = read_required_string(r, t, "title", "an ending", node->line);
        node->summary = read_required_string(r, t, "summary", "an ending", node->line);
        node->reflect = read_string(r, t, "reflect", node->line);
    } else {
        read_jump(r, t, "next", false, "a node", node->line, &node->next_id, &node->next_branch);
        read_need(r, t, node);
        read_turn(r, t, node);
        read_discuss(r, t, node);
        node->agreed = read_string(r, t, "agreed", node->line);
        node->differed = read_string(r, t, "differed", node->line);
    }
}

void read_nodes(Reader *r, int t, int line)
{
    lua_State *L = r->L;
    t = lua_absindex(L, t);
    int length = (int)lua_rawlen(L, t);
    Node *nodes = arena_array(&r->scenario->arena, (size_t)length + 1, sizeof *nodes);
    if (!nodes) luaL_error(L, "out of memory");
    int count = 0;
    for (int i = 1; i <= length; i++) {
        const char *kind = lua_rawgeti(L, t, i) == LUA_TTABLE ? read_kind(L, -1) : NULL;
        if (kind && (strcmp(kind, "node") == 0 || strcmp(kind, "ending") == 0))
            read_node(r, lua_gettop(L), &nodes[count++]);
        else
            diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                     "entry %d of nodes must be node \"id\" { ... } or ending \"id\" { ... }", i);
        lua_pop(L, 1);
    }
    r->scenario->nodes = nodes;
    r->scenario->node_count = count;
}
