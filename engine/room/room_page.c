/* room_page.c: engine/room/page/ assembled into the binary. The assembler's .incbin reads each file
   at build time (premake5.lua puts the page folder on the assembler's include path), so the page
   stays ordinary HTML, CSS and JavaScript in the repository and no copy of it lives in C. */
#include "room_page.h"

#include <string.h>

/* Defines NAME (the file's bytes) and NAME_end in read-only data, with a NUL after the end. */
#define ROOM_EMBED(name, file)                                                                     \
    __asm__(".section .rodata\n.balign 16\n.global " #name "\n.hidden " #name "\n" #name ":\n"     \
            ".incbin \"" file "\"\n.global " #name "_end\n.hidden " #name "_end\n" #name "_end:\n" \
            ".byte 0\n.previous\n");                                                               \
    extern const char name[], name##_end[]

ROOM_EMBED(room_page_html, "index.html");
ROOM_EMBED(room_page_css, "room.css");
ROOM_EMBED(room_page_js, "room.js");

/* The file served at path (sizes are only known at link time, so the table is made per call). */
const RoomAsset *room_page_find(const char *path, RoomAsset *asset)
{
    const RoomAsset assets[] = {
        {"/", "text/html; charset=utf-8", room_page_html,
         (size_t)(room_page_html_end - room_page_html)},
        {"/room.css", "text/css; charset=utf-8", room_page_css,
         (size_t)(room_page_css_end - room_page_css)},
        {"/room.js", "text/javascript; charset=utf-8", room_page_js,
         (size_t)(room_page_js_end - room_page_js)},
    };
    for (size_t i = 0; i < sizeof assets / sizeof *assets; i++)
        if (strcmp(assets[i].path, path) == 0) return *asset = assets[i], asset;
    return NULL;
}
