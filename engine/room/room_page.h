/* room_page.h: the phone page's files, built into the binary: nothing is served from disk. */
#ifndef HEARTLINES_ROOM_PAGE_H
#define HEARTLINES_ROOM_PAGE_H

#include <stddef.h>

typedef struct RoomAsset {
    const char *path;        /* as requested: "/", "/room.css", "/room.js" */
    const char *type;        /* Content-Type */
    const char *data;
    size_t size;
} RoomAsset;

/* Fills asset with the file served at path and returns it, or returns NULL. */
const RoomAsset *room_page_find(const char *path, RoomAsset *asset);

#endif
