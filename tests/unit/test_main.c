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

int main(void)
{
    int failures = 0;
    failures += run_core_tests();
    failures += run_text_tests();
    failures += run_loader_tests();
    failures += run_sandbox_tests();
    failures += run_check_tests();
    failures += run_transcript_tests();
    failures += run_store_tests();
    failures += run_pack_tests();
    failures += run_tools_tests();
    failures += run_together_tests();
    failures += run_window_tests();
    return failures ? 1 : 0;
}
