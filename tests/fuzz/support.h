/* support.h: what the fuzz targets share: the repository's files, small sandbox limits, a scratch
   path, and the invariants every view of a running story must hold. */
#ifndef HEARTLINES_FUZZ_SUPPORT_H
#define HEARTLINES_FUZZ_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../engine/core/runtime.h"
#include "../../engine/lua/loader.h"

/* An invariant that failed is a finding: say which, then abort so libFuzzer keeps the input. */
#define FUZZ_CHECK(condition) \
    ((condition) ? (void)0 : fuzz_fail(#condition, __FILE__, __LINE__))
void fuzz_fail(const char *condition, const char *file, int line) __attribute__((noreturn));

/* relative, under the repository that was built (build.sh passes its path as FUZZ_ROOT). */
const char *fuzz_repo_path(const char *relative, char *out, size_t size);
/* Limits small enough that each input takes milliseconds (docs/fuzzing.md says why these). */
LoaderOptions fuzz_loader_options(void);
/* Loads a scenario from the repository, or aborts: the targets cannot run without it. */
void fuzz_load_fixture(const char *relative, LoadedScenario *out);
/* A file name of this process's own in a RAM-backed folder, with suffix appended. */
const char *fuzz_scratch_path(const char *suffix, char *out, size_t size);

/* Every diagnostic names a file and carries a one-line message with no control codes. */
void fuzz_check_diags(const DiagList *diags);
/* What is on screen agrees with the scenario and the record. */
void fuzz_check_view(const Runtime *runtime);

#endif
