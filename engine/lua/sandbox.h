/* sandbox.h: one Lua state per scenario, with only safe libraries and bounded instructions, time
 * and memory. */
#ifndef HEARTLINES_SANDBOX_H
#define HEARTLINES_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

#include <lua.h>

#include "../core/diag.h"

typedef struct SandboxLimits {
    size_t memory_bytes;         /* the allocator refuses past this */
    size_t source_bytes;         /* a larger file is refused before it is read */
    long load_instructions;      /* for running the file */
    double load_seconds;
    long call_instructions;      /* for each condition or computed text */
    double call_seconds;
} SandboxLimits;

typedef struct Sandbox Sandbox;

SandboxLimits sandbox_default_limits(void);

/* A fresh state with the safe environment built; NULL when memory ran out. */
Sandbox *sandbox_new(const SandboxLimits *limits);
void sandbox_free(Sandbox *sandbox);
lua_State *sandbox_state(Sandbox *sandbox);
const char *sandbox_file(const Sandbox *sandbox);

/* Runs the API prelude (trusted) and then the scenario file in the safe environment. On success
   the scenario's return value is on top of the stack. On failure a diagnostic is added. */
bool sandbox_run_file(Sandbox *sandbox, const char *path, const char *api_path, DiagList *diags);
/* The same for source already in memory; name is the file it came from, for messages. */
bool sandbox_run_source(Sandbox *sandbox, const char *name, const char *source, size_t length,
                        const char *api_path, DiagList *diags);

/* Calls the function below nargs arguments on the stack, under the per-call budget, with a
   message handler; failures are E213 (or E105, E106). A sandbox whose budget or memory ran out
   is broken and runs nothing more. */
bool sandbox_call(Sandbox *sandbox, int nargs, int nresults, DiagList *diags);
/* The same for the host's own C functions: protected, without a budget. */
bool sandbox_host_call(Sandbox *sandbox, int nargs, int nresults, DiagList *diags);
/* A full garbage collection, outside any budget: run once the loader has read the scenario's
   tables, so that no collection cycle which saw them while they were live ends inside a call. */
void sandbox_collect_garbage(Sandbox *sandbox);

/* The line in the scenario file that the running code was last seen at (0 if unknown). */
int sandbox_last_line(const Sandbox *sandbox);

#endif
