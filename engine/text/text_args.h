/* text_args.h: the options of `heartlines text`, parsed once for the command and its tests. */
#ifndef HEARTLINES_TEXT_ARGS_H
#define HEARTLINES_TEXT_ARGS_H

#include "text_play.h"

/* Parses argv (after "text") into options and *path; options->script is allocated (free it).
   Returns NULL on success, or a message naming the bad argument (in error, of size n). */
const char *text_args_parse(int argc, char **argv, TextOptions *options, const char **path,
                            char *error, size_t n);

#endif
