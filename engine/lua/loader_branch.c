/* loader_branch.c: branch { {"node", when = f}, ..., "fallback" } and chance { a = 2, b = 1 }. */
#include "loader_branch.h"

#include <string.h>

#include <lauxlib.h>

enum { MAX_ARMS = 32, MAX_DEPTH = 4 };

static const char *const arm_fields[] = {"when", NULL}, *const no_fields[] = {NULL};

static const Branch *read_branch(Reader *r, int t, const char *kind, int depth, int line);

static void branch_error(Reader *r, int line, const char *message)
{
    diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line, "%s", message);
}

/* The value at the top of the stack, popped: a node id, or a nested branch or chance. */
static bool read_arm_target(Reader *r, int depth, int line, BranchArm *arm)
{
    lua_State *L = r->L;
    int type = lua_type(L, -1);
    const char *kind = type == LUA_TTABLE ? read_kind(L, -1) : NULL;
    if (type == LUA_TSTRING)
        arm->target_id = arena_strdup(&r->scenario->arena, lua_tostring(L, -1));
    else if (kind && (strcmp(kind, "branch") == 0 || strcmp(kind, "chance") == 0))
        arm->sub = read_branch(r, lua_gettop(L), kind, depth + 1, line);
    lua_pop(L, 1);
    return arm->target_id || arm->sub;
}

/* One arm of a branch: "node", or { "node", when = function(s) ... end }. */
static bool read_condition_arm(Reader *r, int depth, int line, BranchArm *arm)
{
    lua_State *L = r->L;
    bool plain_table = lua_type(L, -1) == LUA_TTABLE && !read_kind(L, -1);
    if (!plain_table) return read_arm_target(r, depth, line, arm);
    int t = lua_gettop(L);
    read_check_fields(r, t, arm_fields, false, true, "a branch arm", line);
    arm->when_fn = read_function(r, t, "when", line);
    lua_rawgeti(L, t, 1);
    bool ok = read_arm_target(r, depth, line, arm);
    lua_pop(L, 1);
    return ok;
}

static const Branch *read_branch(Reader *r, int t, const char *kind, int depth, int line)
{
    lua_State *L = r->L;
    int at = read_line(L, t);
    line = at ? at : line;
    if (depth > MAX_DEPTH) {
        branch_error(r, line, "branches nest at most 4 deep");
        return NULL;
    }
    Branch *branch = arena_array(&r->scenario->arena, 1, sizeof *branch);
    BranchArm *arms = arena_array(&r->scenario->arena, MAX_ARMS, sizeof *arms);
    if (!branch || !arms) luaL_error(L, "out of memory");
    *branch = (Branch){.chance = strcmp(kind, "chance") == 0, .arms = arms, .line = line};
    int length = (int)lua_rawlen(L, t);
    if (length > MAX_ARMS)
        diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                 "a %s has %d arms; the limit is %d", kind, length, MAX_ARMS);
    for (int i = 1; i <= length && branch->arm_count < MAX_ARMS; i++) {
        BranchArm *arm = &arms[branch->arm_count];
        *arm = (BranchArm){.target = NODE_NONE, .weight = 1};
        lua_rawgeti(L, t, i);
        bool ok = branch->chance ? read_arm_target(r, depth, line, arm)
                                 : read_condition_arm(r, depth, line, arm);
        if (ok)
            branch->arm_count++;
        else
            branch_error(r, line,
                         branch->chance ? "each entry of chance { ... } must be a node id in quotes"
                                        : "each arm of branch { ... } must be \"node\" or { "
                                          "\"node\", when = function(s) ... end }");
    }
    if (branch->chance) {   /* chance { went_well = 2, went_badly = 1 }: node ids with weights */
        const char *keys[MAX_ARMS + 4];
        int count = read_sorted_keys(L, t, keys, MAX_ARMS + 4);
        if (count > MAX_ARMS)
            diag_add(r->diags, DIAG_FIELD_TYPE, r->scenario->file, line,
                     "a chance has %d outcomes; the limit is %d", count, MAX_ARMS);
        for (int i = 0; i < count && i < MAX_ARMS + 4 && branch->arm_count < MAX_ARMS; i++) {
            if (strncmp(keys[i], "__", 2) == 0) continue;
            BranchArm *arm = &arms[branch->arm_count++];
            *arm = (BranchArm){.target_id = arena_strdup(&r->scenario->arena, keys[i]),
                               .target = NODE_NONE};
            if (!read_integer(r, t, keys[i], line, &arm->weight) || arm->weight < 1 ||
                arm->weight > 1000)
                branch_error(r, line, "a chance's weights must be whole numbers from 1 to 1000");
        }
    } else {
        read_check_fields(r, t, no_fields, false, true, "branch { ... }", line);
        for (int i = 0; i + 1 < branch->arm_count; i++)
            if (arms[i].when_fn == NO_FUNCTION)
                branch_error(r, line,
                             "only a branch's last arm can go without a condition: the arms after "
                             "it are never taken");
    }
    if (length > MAX_ARMS)
        branch_error(r, line, "a branch or chance can have at most 32 arms");
    else if (branch->arm_count < 2)
        branch_error(r, line, "a branch or chance needs at least two ways to go");
    return branch;
}

void read_jump(Reader *r, int t, const char *key, bool required, const char *what, int line,
               const char **id, const Branch **branch)
{
    lua_State *L = r->L;
    *id = NULL;
    *branch = NULL;
    lua_pushstring(L, key);
    int type = lua_rawget(L, t);
    const char *kind = type == LUA_TTABLE ? read_kind(L, -1) : NULL;
    if (kind && (strcmp(kind, "branch") == 0 || strcmp(kind, "chance") == 0)) {
        *branch = read_branch(r, lua_gettop(L), kind, 1, line);
        lua_pop(L, 1);
        return;
    }
    lua_pop(L, 1);
    *id = required ? read_required_string(r, t, key, what, line) : read_string(r, t, key, line);
}
