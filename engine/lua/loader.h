/* loader.h: a scenario file in, a sandbox and a linked C model out. */
#ifndef HEARTLINES_LOADER_H
#define HEARTLINES_LOADER_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/catalog.h"
#include "../core/model.h"
#include "../core/script_hooks.h"
#include "sandbox.h"

typedef struct LoaderOptions {
    SandboxLimits limits;
    const char *api_path;        /* scripts/lib/scenario_api.lua */
    const char *lang; /* a language code: FILE.<lang>.po (or .csv) translates it; NULL for none */
} LoaderOptions;

/* A loaded scenario: the model, and the sandbox its functions run in. */
typedef struct LoadedScenario {
    Scenario *scenario;          /* NULL when loading failed */
    Sandbox *sandbox;
    ScriptHooks hooks;
    Catalog translations;        /* the --lang translation in use (empty for none) */
} LoadedScenario;

/* Loads and links path. Every problem found is added to diags. Returns true when the scenario
   can be played (no errors); even then, out must be closed with loader_close. */
bool loader_open(const char *path, const LoaderOptions *options, DiagList *diags,
                 LoadedScenario *out);
/* The same for source already in memory (a fuzzer's input, say); name stands for its file in
   messages and is where a translation is looked for. */
bool loader_open_source(const char *name, const char *source, size_t length,
                        const LoaderOptions *options, DiagList *diags, LoadedScenario *out);
void loader_close(LoadedScenario *loaded);

#endif
