/* watch.h: tell the window when a scenario file is saved, without polling (hot reload). */
#ifndef HEARTLINES_WATCH_H
#define HEARTLINES_WATCH_H

#include <SDL.h>

typedef struct Watch Watch;

/* Watches path; each time it is written (or replaced by rename, as editors do) an SDL event of
   type event_type is pushed. NULL when watching is not possible; the game works without it. */
Watch *watch_start(const char *path, Uint32 event_type);
void watch_stop(Watch *watch);

#endif
