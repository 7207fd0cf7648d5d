/* fuzz_scenario.c: any bytes as a scenario file: the sandbox runs them, the loader builds and links
   the model, and a scenario that loads is played a little, under the sandbox's budgets.
   Findings: a sanitizer report, a timeout or memory blow-up past the budgets, a failure with no
   clean message naming the file, or a scenario accepted that the runtime cannot play. */
#include <stdint.h>
#include <string.h>

#include "support.h"

static const char *const name = "fuzz.lua";

enum { STEPS_MAX = 64 };

/* Takes the first open choice at each decision: every node visited builds its view, computed
   text and conditions included. */
static void play_a_little(const LoadedScenario *loaded)
{
    Runtime *runtime = runtime_new(loaded->scenario, &loaded->hooks, 1, true);
    FUZZ_CHECK(runtime != NULL);
    for (int step = 0; step < STEPS_MAX; step++) {
        fuzz_check_view(runtime);
        const View *view = runtime_view(runtime);
        if (view->kind == VIEW_ENDING || view->kind == VIEW_ERROR) break;
        int open = 0;
        while (open < view->choice_count && view->choices[open].locked) open++;
        if (view->kind == VIEW_CHOOSE && open == view->choice_count) break;   /* all locked: flooded */
        FUZZ_CHECK(runtime_choose(runtime, view->kind == VIEW_CONTINUE ? 0 : open));
    }
    runtime_free(runtime);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LoaderOptions options = fuzz_loader_options();
    DiagList diags = {0};
    LoadedScenario loaded;
    bool ok = loader_open_source(name, (const char *)data, size, &options, &diags, &loaded);
    fuzz_check_diags(&diags);
    if (ok) play_a_little(&loaded);
    else {
        FUZZ_CHECK(diag_error_count(&diags) > 0);
        FUZZ_CHECK(strcmp(diags.items[0].file, name) == 0);
    }
    loader_close(&loaded);
    diag_list_free(&diags);
    return 0;
}
