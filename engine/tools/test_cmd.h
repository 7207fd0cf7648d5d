/* test_cmd.h: heartlines test FILE_OR_DIR...: run writers' scenario tests (.test files). */
#ifndef HEARTLINES_TEST_CMD_H
#define HEARTLINES_TEST_CMD_H

#include "../host/cli.h"

int test_cmd_run(Cli *cli, int argc, char **argv);

#endif
