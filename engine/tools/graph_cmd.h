/* graph_cmd.h: heartlines graph FILE [--svg]: the branch map as Graphviz DOT (or SVG). */
#ifndef HEARTLINES_GRAPH_CMD_H
#define HEARTLINES_GRAPH_CMD_H

#include <stdio.h>

#include "../host/cli.h"

/* Writes the scenario's map as DOT to out. */
void graph_write_dot(const Scenario *scenario, FILE *out);
int graph_cmd_run(Cli *cli, int argc, char **argv);

#endif
