/* support.c: shared set-up and invariants for the fuzz targets. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef FUZZ_ROOT
#error "build with -DFUZZ_ROOT='\"/path/to/repository\"' (tests/fuzz/build.sh does)"
#endif

void fuzz_fail(const char *condition, const char *file, int line)
{
    fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, condition);
    abort();
}

const char *fuzz_repo_path(const char *relative, char *out, size_t size)
{
    snprintf(out, size, "%s/%s", FUZZ_ROOT, relative);
    return out;
}

LoaderOptions fuzz_loader_options(void)
{
    static char api_path[4096];
    return (LoaderOptions){
        .limits = {
            .memory_bytes = 16u << 20,
            .source_bytes = 1u << 20,
            .load_instructions = 2000000,
            .load_seconds = 0.25,
            .call_instructions = 100000,
            .call_seconds = 0.05,
        },
        .api_path = fuzz_repo_path("scripts/lib/scenario_api.lua", api_path, sizeof api_path),
    };
}

void fuzz_load_fixture(const char *relative, LoadedScenario *out)
{
    char path[4096];
    LoaderOptions options = fuzz_loader_options();
    options.limits = sandbox_default_limits();   /* the fixture must load as it does in the game */
    DiagList diags = {0};
    if (!loader_open(fuzz_repo_path(relative, path, sizeof path), &options, &diags, out)) {
        fprintf(stderr, "fuzz: cannot load %s: %s\n", path, diags.count ? diags.items[0].message : "?");
        abort();
    }
    diag_list_free(&diags);
}

const char *fuzz_scratch_path(const char *suffix, char *out, size_t size)
{
    const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    snprintf(out, size, "%s/heartlines-fuzz-%ld%s", dir, (long)getpid(), suffix);
    return out;
}

static bool is_clean_line(const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if (*p < 0x20 || *p == 0x7f) return false;
    return true;
}

void fuzz_check_diags(const DiagList *diags)
{
    for (int i = 0; i < diags->count; i++) {
        const Diag *diag = &diags->items[i];
        FUZZ_CHECK(diag->code >= 0 && diag->code < DIAG_CODE_COUNT);
        FUZZ_CHECK(diag->file && diag->file[0]);
        FUZZ_CHECK(diag->line >= 0);
        FUZZ_CHECK(diag->message && is_clean_line(diag->message));
        FUZZ_CHECK(strlen(diag->message) <= 1000 + 3);   /* DIAG_MESSAGE_MAX and "..." */
    }
}

/* Shown text is cleaned when it is loaded or computed: no control codes but line breaks. */
static bool is_clean_text(const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if ((*p < 0x20 && *p != '\n') || *p == 0x7f) return false;
    return true;
}

static void check_lines(const Scenario *scenario, const View *view)
{
    for (int i = 0; i < view->line_count; i++) {
        const ViewLine *line = &view->lines[i];
        FUZZ_CHECK(line->text && is_clean_text(line->text));
        FUZZ_CHECK(line->speaker == SPEAKER_NARRATOR || line->speaker == SPEAKER_YOU ||
                   (line->speaker >= 0 && line->speaker < scenario->cast_count));
        FUZZ_CHECK((line->speaker_name == NULL) == (line->speaker == SPEAKER_NARRATOR));
    }
}

static void check_choices(const Node *node, const View *view)
{
    bool seen[MAX_NODE_ITEMS] = {0};
    for (int i = 0; i < view->choice_count; i++) {
        const ViewChoice *choice = &view->choices[i];
        FUZZ_CHECK(choice->choice >= 0 && choice->choice < node->choice_count);
        FUZZ_CHECK(!seen[choice->choice]);
        seen[choice->choice] = true;
        FUZZ_CHECK(choice->text && is_clean_text(choice->text));
    }
}

void fuzz_check_view(const Runtime *runtime)
{
    const Scenario *scenario = runtime_scenario(runtime);
    const View *view = runtime_view(runtime);
    const Record *record = runtime_record(runtime);
    FUZZ_CHECK(view->node >= 0 && view->node < scenario->node_count);
    FUZZ_CHECK(view->step == record->count);
    const Node *node = &scenario->nodes[view->node];
    if (view->kind == VIEW_ERROR) {
        FUZZ_CHECK(runtime_diags(runtime)->count > 0);
        fuzz_check_diags(runtime_diags(runtime));
        return;
    }
    FUZZ_CHECK(view->line_count >= 0 && view->line_count <= node->line_count);
    FUZZ_CHECK(view->choice_count >= 0 && view->choice_count <= node->choice_count);
    check_lines(scenario, view);
    check_choices(node, view);
    switch (view->kind) {
    case VIEW_CHOOSE: FUZZ_CHECK(!node->is_ending && view->choice_count > 0); break;
    case VIEW_CONTINUE: FUZZ_CHECK(!node->is_ending && node->choice_count == 0); break;
    case VIEW_ENDING: FUZZ_CHECK(node->is_ending && record->ending == view->node); break;
    default: FUZZ_CHECK(!"a view kind runtime.h does not list");
    }
    const int *vars = runtime_state(runtime);
    for (int i = 0; i < scenario->var_count; i++)
        FUZZ_CHECK(vars[i] >= scenario->vars[i].min && vars[i] <= scenario->vars[i].max);
}
