/* new_cmd.h: heartlines new NAME: a commented, playable scenario to start from. */
#ifndef HEARTLINES_NEW_CMD_H
#define HEARTLINES_NEW_CMD_H

#include "../host/cli.h"

int new_cmd_run(Cli *cli, int argc, char **argv);

#endif
