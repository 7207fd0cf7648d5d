/* test_main.c: runs every group; run from the repository's top folder. */
#include <stdio.h>
#include <stdlib.h>

#include "tests.h"

LoaderOptions test_loader_options(void)
{
    return (LoaderOptions){.limits = sandbox_default_limits(), .api_path = "scripts/lib/scenario_api.lua"};
}

char *test_read_file(const char *path)
{
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = size >= 0 ? malloc((size_t)size + 1) : NULL;
    if (text) text[fread(text, 1, (size_t)size, file)] = '\0';
    fclose(file);
    return text;
}

void test_expect_golden(const char *golden_path, const char *actual)
{
    if (getenv("HEARTLINES_UPDATE_TRANSCRIPTS")) {
        FILE *file = fopen(golden_path, "wb");
        assert_non_null(file);
        fputs(actual, file);
        fclose(file);
        return;
    }
    char *expected = test_read_file(golden_path);
    if (!expected) fail_msg("no golden file %s", golden_path);
    assert_string_equal(actual, expected);
    free(expected);
}

int main(void)
{
    const char *only = getenv("HEARTLINES_TEST_FILTER");   /* e.g. "*monkey*": the tests whose names match */
    if (only) cmocka_set_test_filter(only);
    int failures = 0;
    failures += run_core_tests();
    failures += run_text_tests();
    failures += run_loader_tests();
    failures += run_sandbox_tests();
    failures += run_check_tests();
    failures += run_cues_tests();
    failures += run_debrief_tests();
    failures += run_stage_tests();
    failures += run_language_tests();
    failures += run_transcript_tests();
    failures += run_terminal_progress_tests();
    failures += run_store_tests();
    failures += run_pack_tests();
    failures += run_tools_tests();
    failures += run_together_tests();
    failures += run_workshop_flow_tests();
    failures += run_together_flow_tests();
    failures += run_data_safety_tests();
    failures += run_safety_tests();
    failures += run_window_tests();
    failures += run_window_look_tests();
    failures += run_speech_tests();
    failures += run_monkey_tests();
    failures += run_room_tests();
    failures += run_room_window_tests();
    failures += run_presenter_tests();
    failures += run_plan_tests();
    failures += run_helper_tests();
    return failures ? 1 : 0;
}
