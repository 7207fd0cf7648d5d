/* test_cmd.c: every .test file given, or in the folders given; a closing "N passed, N failed". */
#include "test_cmd.h"

#include <string.h>
#include <sys/stat.h>

#include "scenario_test.h"

int test_cmd_run(Cli *cli, int argc, char **argv)
{
    if (argc == 0) {
        fprintf(stderr, "heartlines test: which tests? As in: heartlines test my_scenario.test (or "
                        "a folder)\n");
        return 2;
    }
    TestTally tally = {0};
    for (int i = 0; i < argc; i++) {
        struct stat info;
        if (stat(argv[i], &info) == 0 && S_ISDIR(info.st_mode)) {
            int count = 0;
            char **files = cli_list_files(argv[i], ".test", &count);
            for (int k = 0; k < count; k++)
                scenario_test_run(files[k], &cli->loader, stdout, &tally);
            if (count == 0) printf("%s: no .test files\n", argv[i]), tally.failed++;
            cli_free_list(files, count);
        } else scenario_test_run(argv[i], &cli->loader, stdout, &tally);
    }
    printf("%d passed, %d failed\n", tally.passed, tally.failed);
    return tally.failed ? 1 : 0;
}
