/* check_cmd.h: heartlines check [--strict] [PATH...] */
#ifndef HEARTLINES_CHECK_CMD_H
#define HEARTLINES_CHECK_CMD_H

#include "../host/cli.h"

int check_cmd_run(Cli *cli, int argc, char **argv);

#endif
