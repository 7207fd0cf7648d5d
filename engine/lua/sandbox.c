/* sandbox.c: the capped allocator, the budget hooks, and protected calls whose failures become
   diagnostics. See ../../docs/sandbox.md for what each limit defends against.

   The instruction hook cannot see time spent inside one C function, and hooks are off inside
   finalizers and message handlers (SANDBOX.md, classes A and B). So: scenarios get no way to set
   metatables, no coroutines, no pcall and no collectgarbage; the message handler is C; a call
   hook checks the clock before every call; costly C functions are gated (sandbox_env.c); and
   once a budget has run out the sandbox is broken and no scenario code runs again. */
#include "sandbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>

#include "../core/safe_read.h"
#include "sandbox_env.h"

enum { HOOK_EVERY = 64, PARSE_PIECE_BYTES = 4096 };

struct Sandbox {
    lua_State *L;
    SandboxLimits limits;
    size_t used;
    long instructions_left, budget_instructions;
    double deadline, budget_seconds;
    double cpu_seen, wall_seen;  /* the last reading of the CPU clock, and the wall clock then */
    bool expired, broken;
    bool budget_running;         /* between start_budget and finish: a deadline is in force */
    int env_ref;
    int last_line;
    char *chunkname;             /* "@path" of the scenario */
};

SandboxLimits sandbox_default_limits(void)
{
    return (SandboxLimits){
        .memory_bytes = 64u << 20,
        .source_bytes = 8u << 20,
        .load_instructions = 200000000,
        .load_seconds = 1.0,
        .call_instructions = 1000000,
        .call_seconds = 0.1,
    };
}

static double clock_seconds(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The thread's CPU time, not the wall clock: a busy machine (two builds, a test run under
   valgrind) must not make a well-behaved scenario fail, and a script cannot wait without running.
 */
static void read_cpu_clock(Sandbox *sb)
{
    sb->cpu_seen = clock_seconds(CLOCK_THREAD_CPUTIME_ID);
    sb->wall_seen = clock_seconds(CLOCK_MONOTONIC);
}

/* Reading the thread's CPU clock is a system call, and the hooks ask before every call: it was
   most of the time a scenario took to load and to play. A thread cannot use more CPU time than
   wall time passes, so while the CPU time last read plus the wall time since (a cheap clock) is
   short of the deadline, the budget certainly holds; only near the deadline is the CPU clock read
   again. Every verdict is the one reading it each time would give. */
static bool past_deadline(Sandbox *sb)
{
    if (sb->cpu_seen + (clock_seconds(CLOCK_MONOTONIC) - sb->wall_seen) < sb->deadline)
        return false;
    read_cpu_clock(sb);
    return sb->cpu_seen >= sb->deadline;
}

static Sandbox *sandbox_of(lua_State *L) { return *(Sandbox **)lua_getextraspace(L); }

static void *capped_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    Sandbox *sb = ud;
    size_t old = ptr ? old_size : 0;
    if (new_size == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (new_size > old && sb->used - old + new_size > sb->limits.memory_bytes) return NULL;
    void *block = realloc(ptr, new_size);
    if (block) sb->used = sb->used - old + new_size;
    return block;
}

static bool in_scenario(const Sandbox *sb, const lua_Debug *ar)
{
    return sb->chunkname && strcmp(ar->source, sb->chunkname) == 0;
}

static int raise_expired(lua_State *L, Sandbox *sb)
{
    sb->expired = true;
    lua_pushfstring(L, "%s:%d: ran past its budget", sandbox_file(sb), sb->last_line);
    return lua_error(L);
}

/* Line events keep last_line exact: a tail call (return scenario { ... }) leaves no frame of the
   scenario on the stack, and memory errors carry no position. */
static void budget_hook(lua_State *L, lua_Debug *ar)
{
    Sandbox *sb = sandbox_of(L);
    if (ar->event == LUA_HOOKLINE) {
        if (lua_getinfo(L, "S", ar) && in_scenario(sb, ar)) sb->last_line = ar->currentline;
        return;
    }
    if (ar->event == LUA_HOOKCOUNT) sb->instructions_left -= HOOK_EVERY;
    if (!sb->expired && sb->instructions_left > 0 && !past_deadline(sb)) return;
    raise_expired(L, sb);
}

/* The hooks see nothing while one C function runs, so the gates (sandbox_env.c) ask again as it
   returns: a call that spent 3 s inside one find is then over its budget, not quietly done. The
   environment is handed this function, so that it never calls up into this file. */
static int check_deadline(lua_State *L)
{
    Sandbox *sb = sandbox_of(L);
    if (sb->budget_running && (sb->expired || past_deadline(sb))) raise_expired(L, sb);
    return 0;
}

static void start_budget(Sandbox *sb, long instructions, double seconds)
{
    sb->instructions_left = sb->budget_instructions = instructions;
    sb->budget_seconds = seconds;
    /* A budget counts from now; a reading under a millisecond old stands for now (the budget is at
       most that much shorter), so a run of quick calls does not read the CPU clock for each. */
    if (clock_seconds(CLOCK_MONOTONIC) - sb->wall_seen > 1e-3) read_cpu_clock(sb);
    sb->deadline = sb->cpu_seen + seconds;
    sb->budget_running = true;
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT | LUA_MASKCALL | LUA_MASKLINE, HOOK_EVERY);
}

/* Runs no scenario code: the error object is described by type, never converted by metamethods. */
static int message_handler(lua_State *L)
{
    const char *message =
        lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER
            ? lua_tostring(L, 1)
            : lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
    luaL_traceback(L, L, message, 1);
    return 1;
}

static int panic_handler(lua_State *L)
{
    const char *message = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "unknown";
    fprintf(stderr, "heartlines: unprotected Lua error: %s\n", message);
    return 0;
}

/* Splits "file:line: message" when file is this scenario; else keeps the last line seen. */
static void report_error(Sandbox *sb, DiagCode code, const char *text, const char *path,
                         DiagList *diags)
{
    int line = sb->last_line;
    const char *message = text;
    size_t path_length = strlen(path);
    if (strncmp(text, path, path_length) == 0 && text[path_length] == ':') {
        char *end;
        long parsed = strtol(text + path_length + 1, &end, 10);
        if (end > text + path_length + 1 && end[0] == ':') {
            line = (int)parsed;
            message = end[1] == ' ' ? end + 2 : end + 1;
        }
    }
    const char *newline = strchr(message, '\n');
    int first_line_length = newline ? (int)(newline - message) : (int)strlen(message);
    diag_add(diags, code, path, line, "%.*s", first_line_length, message);
    if (newline) diag_set_detail(diags, newline + 1);
}

static bool finish(Sandbox *sb, int status, DiagCode error_code, DiagList *diags)
{
    lua_sethook(sb->L, NULL, 0, 0);
    sb->budget_running = false;
    if (status == LUA_OK) return true;
    const char *path = sb->chunkname ? sb->chunkname + 1 : "?";
    const char *text = lua_type(sb->L, -1) == LUA_TSTRING ? lua_tostring(sb->L, -1) : "error";
    if (sb->expired) {
        sb->broken = true;
        diag_add(diags, DIAG_BUDGET, path, sb->last_line,
                 "ran past its budget (%ld instructions or %.2f s); "
                 "is there an endless loop?",
                 sb->budget_instructions, sb->budget_seconds);
    } else if (status == LUA_ERRMEM) {
        sb->broken = true;
        diag_add(diags, DIAG_MEMORY, path, sb->last_line, "used more than %zu MiB of memory",
                 sb->limits.memory_bytes >> 20);
    } else if (status == LUA_ERRSYNTAX) report_error(sb, DIAG_SYNTAX, text, path, diags);
    else if (status == LUA_ERRERR)
        report_error(sb, error_code, "error while reporting an error", path, diags);
    else report_error(sb, error_code, text, path, diags);
    lua_pop(sb->L, 1);
    return false;
}

static bool protected_call(Sandbox *sb, int nargs, int nresults, DiagCode error_code,
                           DiagList *diags)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    return finish(sb, status, error_code, diags);
}

Sandbox *sandbox_new(const SandboxLimits *limits)
{
    Sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) return NULL;
    sb->limits = *limits;
    sb->env_ref = LUA_NOREF;
    sb->L = lua_newstate(capped_alloc, sb);
    if (!sb->L) {
        free(sb);
        return NULL;
    }
    *(Sandbox **)lua_getextraspace(sb->L) = sb;
    lua_atpanic(sb->L, panic_handler);
    lua_pushcfunction(sb->L, sandbox_env_build);
    lua_pushcfunction(sb->L, check_deadline);
    if (lua_pcall(sb->L, 1, 1, 0) != LUA_OK) {
        sandbox_free(sb);
        return NULL;
    }
    sb->env_ref = luaL_ref(sb->L, LUA_REGISTRYINDEX);
    return sb;
}

void sandbox_free(Sandbox *sb)
{
    if (!sb) return;
    lua_close(sb->L);
    free(sb->chunkname);
    free(sb);
}

lua_State *sandbox_state(Sandbox *sb) { return sb->L; }
const char *sandbox_file(const Sandbox *sb) { return sb->chunkname ? sb->chunkname + 1 : "?"; }

/* Loading leaves the scenario's tables and its main chunk behind as garbage (nine tenths of the
   heap). Left to the incremental collector, the cycle under way when they died goes on inside
   later calls, and at 100k nodes one of its steps took longer than a call's whole budget (E105
   for a scenario that did nothing wrong). Collecting here, outside any budget, finishes that
   cycle and frees the garbage. No scenario code runs: a scenario cannot set __gc. */
void sandbox_collect_garbage(Sandbox *sb) { lua_gc(sb->L, LUA_GCCOLLECT); }
int sandbox_last_line(const Sandbox *sb) { return sb->last_line; }

/* Reads a regular file of at most limit bytes; a larger one is refused before reading it. */
static char *read_source(const char *path, size_t limit, size_t *length, DiagList *diags)
{
    char *text, why[600];
    ReadStatus status = safe_read_file(path, limit, &text, length, why, sizeof why);
    if (status == READ_TOO_LARGE) diag_add(diags, DIAG_FILE_TOO_LARGE, path, 0, "%s", why);
    else if (status != READ_OK) diag_add(diags, DIAG_FILE_UNREADABLE, path, 0, "%s", why);
    return text;
}

static bool mentions_scenario(const char *source, size_t length)
{
    for (size_t i = 0; i + 8 <= length; i++)
        if (memcmp(source + i, "scenario", 8) == 0) return true;
    return false;
}

/* The parser runs in C, where no hook sees it: lua_load reads the source a piece at a time
   through this reader, which checks the load budget's clock between pieces. */
typedef struct SourceReader {
    Sandbox *sb;
    const char *source;
    size_t left;
} SourceReader;

static const char *read_piece(lua_State *L, void *data, size_t *size)
{
    (void)L;
    SourceReader *reader = data;
    if (reader->left == 0 || past_deadline(reader->sb)) {
        reader->sb->expired |= reader->left > 0;
        *size = 0;
        return NULL;
    }
    *size = reader->left < PARSE_PIECE_BYTES ? reader->left : PARSE_PIECE_BYTES;
    const char *piece = reader->source;
    reader->source += *size;
    reader->left -= *size;
    return piece;
}

/* Loads text-only source under the scenario's chunkname and sets its _ENV to env_ref's table.
   Parsing is charged to the load budget, which must be running. */
static bool load_chunk(Sandbox *sb, const char *source, size_t length, DiagList *diags)
{
    lua_State *L = sb->L;
    SourceReader reader = {sb, source, length};
    int status = lua_load(L, read_piece, &reader, sb->chunkname, "t");
    if (sb->expired) {   /* cut short: what was parsed must not run, even when it parses */
        finish(sb, LUA_OK, DIAG_SYNTAX, diags);
        lua_pop(L, 1);
        sb->broken = true;
        diag_add(diags, DIAG_BUDGET, sandbox_file(sb), 0,
                 "parsing the file took longer than the load budget (%.2f s of CPU time); "
                 "it is too large or too repetitive", sb->budget_seconds);
        return false;
    }
    if (status != LUA_OK) {
        finish(sb, status, DIAG_SYNTAX, diags);
        if (status == LUA_ERRSYNTAX &&
            !mentions_scenario(source, length)) /* prose, JSON, a wrong file */
            diag_add(diags, DIAG_SYNTAX, sb->chunkname + 1, 1,
                     DIAG_NOT_A_SCENARIO_TEXT ": a "
                     "scenario is a Lua file that ends with return scenario { ... } (see "
                     "docs/scenario-api.md)");
        return false;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->env_ref);
    lua_setupvalue(L, -2, 1);
    return true;
}

/* caller_line(): the line of the scenario code that called the API (the last line the hook saw
   when a tail call left no frame). */
static int api_caller_line(lua_State *L)
{
    Sandbox *sb = sandbox_of(L);
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && in_scenario(sb, &ar)) {
            lua_pushinteger(L, ar.currentline);
            return 1;
        }
    }
    lua_pushinteger(L, sb->last_line);
    return 1;
}

/* fail(message): raise an error at the scenario line that called the API. */
static int api_fail(lua_State *L)
{
    const char *message = luaL_checkstring(L, 1);
    api_caller_line(L);
    lua_pushfstring(L, "%s:%d: %s", sandbox_file(sandbox_of(L)), (int)lua_tointeger(L, -1),
                    message);
    return lua_error(L);
}

static int api_setmetatable(lua_State *L)
{
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_setmetatable(L, 1);
    return 1;
}

/* Runs the trusted prelude and copies the API it returns into the scenario environment. */
static bool install_api(Sandbox *sb, const char *api_path, DiagList *diags)
{
    lua_State *L = sb->L;
    int status = luaL_loadfilex(L, api_path, "t");
    if (status != LUA_OK) {
        diag_add(diags, DIAG_FILE_UNREADABLE, api_path, 0, "cannot load the scenario API: %s",
                 lua_tostring(L, -1));
        lua_pop(L, 1);
        return false;
    }
    static const luaL_Reg host[] = {
        {"caller_line", api_caller_line},
        {"fail", api_fail},
        {"setmetatable", api_setmetatable},
        {NULL, NULL},
    };
    luaL_newlib(L, host);
    if (!protected_call(sb, 1, 1, DIAG_SCRIPT_ERROR, diags)) return false;
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->env_ref);
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    sandbox_env_seal(L, -1);
    lua_pop(L, 2);
    return true;
}

bool sandbox_run_source(Sandbox *sb, const char *name, const char *source, size_t length,
                        const char *api_path, DiagList *diags)
{
    free(sb->chunkname);
    size_t name_length = strlen(name);
    sb->chunkname = malloc(name_length + 2);
    if (!sb->chunkname) return false;
    sb->chunkname[0] = '@';
    memcpy(sb->chunkname + 1, name, name_length + 1);
    if (length > sb->limits.source_bytes) {
        diag_add(diags, DIAG_FILE_TOO_LARGE, name, 0, "the source is %zu bytes; the limit is %zu",
                 length, sb->limits.source_bytes);
        return false;
    }
    if (!install_api(sb, api_path, diags)) return false;
    start_budget(sb, sb->limits.load_instructions, sb->limits.load_seconds);   /* parse and run */
    return load_chunk(sb, source, length, diags) &&
           protected_call(sb, 0, 1, DIAG_SCRIPT_ERROR, diags);
}

bool sandbox_run_file(Sandbox *sb, const char *path, const char *api_path, DiagList *diags)
{
    size_t length = 0;
    char *source = read_source(path, sb->limits.source_bytes, &length, diags);
    if (!source) return false;
    bool ok = sandbox_run_source(sb, path, source, length, api_path, diags);
    free(source);
    return ok;
}

bool sandbox_host_call(Sandbox *sb, int nargs, int nresults, DiagList *diags)
{
    return protected_call(sb, nargs, nresults, DIAG_SCRIPT_ERROR, diags);
}

bool sandbox_call(Sandbox *sb, int nargs, int nresults, DiagList *diags)
{
    if (sb->broken) {
        lua_pop(sb->L, nargs + 1);
        diag_add(diags, DIAG_BUDGET, sandbox_file(sb), sb->last_line,
                 "the scenario stopped earlier and cannot run again");
        return false;
    }
    start_budget(sb, sb->limits.call_instructions, sb->limits.call_seconds);
    return protected_call(sb, nargs, nresults, DIAG_FUNCTION_ERROR, diags);
}
