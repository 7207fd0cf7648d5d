/* strings_cmd.h: heartlines strings FILE [--lang CODE] [--csv]: the texts to translate. */
#ifndef HEARTLINES_STRINGS_CMD_H
#define HEARTLINES_STRINGS_CMD_H

#include "../host/cli.h"

int strings_cmd_run(Cli *cli, int argc, char **argv);

#endif
