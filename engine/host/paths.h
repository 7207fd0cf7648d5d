/* paths.h: where the game's own files (scripts/, fonts/) are, in a checkout or installed. */
#ifndef HEARTLINES_PATHS_H
#define HEARTLINES_PATHS_H

#include <stddef.h>

/* Finds the data folder: $HEARTLINES_DATA, the checkout above the binary, or the installed
   share folder. Writes it to out and returns 1, or returns 0 when none holds the scenario API. */
int paths_data_dir(char *out, size_t size);
/* The per-user folder the window keeps settings and progress in (the one SDL_GetPrefPath gives
   on Linux): $XDG_DATA_HOME/heartlines/ or ~/.local/share/heartlines/, ending in '/', made
   (mode 0700) when missing. Returns 1, or 0 with out set to "" when there is no such folder. */
int paths_user_dir(char *out, size_t size);

#endif
