/* room_qr.c: the join address as a QR code (libqrencode), as modules to draw or as terminal text.
 */
#include "room.h"

#include <qrencode.h>
#include <stdlib.h>
#include <string.h>

#include "../core/strbuf.h"

unsigned char *room_qr(const Room *room, int *width)
{
    QRcode *code = QRcode_encodeString(room_join_url(room), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) return NULL;
    size_t count = (size_t)code->width * (size_t)code->width;
    unsigned char *modules = malloc(count);
    if (modules)
        for (size_t i = 0; i < count; i++) modules[i] = code->data[i] & 1;   /* bit 0: dark */
    *width = code->width;
    QRcode_free(code);
    return modules;
}

/* Whether module (x, y) is dark; outside the code (the quiet zone) it is light. */
static bool dark(const unsigned char *modules, int width, int x, int y)
{
    return x >= 0 && y >= 0 && x < width && y < width && modules[y * width + x];
}

/* Two rows of modules per line of half blocks, light on the terminal's dark, with the quiet zone
   of four modules a reader needs around it. */
char *room_qr_text(const Room *room)
{
    int width;
    unsigned char *modules = room_qr(room, &width);
    if (!modules) return NULL;
    StrBuf out = {0};
    enum { QUIET = 4 };
    for (int y = -QUIET; y < width + QUIET; y += 2) {
        for (int x = -QUIET; x < width + QUIET; x++) {
            bool top = !dark(modules, width, x, y), bottom = !dark(modules, width, x, y + 1);
            strbuf_puts(&out, top && bottom ? "\xe2\x96\x88"
                              : top         ? "\xe2\x96\x80"
                              : bottom      ? "\xe2\x96\x84"
                                            : " ");
        }
        strbuf_puts(&out, "\n");
    }
    free(modules);
    if (out.failed) {
        strbuf_free(&out);
        return NULL;
    }
    return out.data;
}
