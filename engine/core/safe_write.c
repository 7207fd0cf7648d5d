/* safe_write.c: write to PATH.tmp, flush, fsync, close, rename over PATH. */
#include "safe_write.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "strbuf.h"

bool safe_write(const char *path, FileWriter write, const void *ctx, char *why, size_t why_size)
{
    StrBuf temp = {0};
    strbuf_printf(&temp, "%s.tmp", path);
    errno = 0;
    FILE *file = temp.failed ? NULL : fopen(strbuf_text(&temp), "wb");
    bool ok = file && write(file, ctx) && !ferror(file);
    ok = file && fflush(file) == 0 && ok;
    ok = file && fsync(fileno(file)) == 0 && ok;
    if (file && fclose(file) != 0) ok = false;
    if (ok && rename(strbuf_text(&temp), path) != 0) ok = false;
    if (!ok) {
        snprintf(why, why_size, "cannot write %s: %s", path, strerror(errno ? errno : EIO));
        if (file) remove(strbuf_text(&temp));
    }
    strbuf_free(&temp);
    return ok;
}
