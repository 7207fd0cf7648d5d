/* paths.h: where the game's own files (scripts/, fonts/) are, in a checkout or installed. */
#ifndef HEARTLINES_PATHS_H
#define HEARTLINES_PATHS_H

#include <stddef.h>

/* Finds the data folder: $HEARTLINES_DATA, the checkout above the binary, or the installed
   share folder. Writes it to out and returns 1, or returns 0 when none holds the scenario API. */
int paths_data_dir(char *out, size_t size);

#endif
