/* safe_write.c: write to a new file with an unguessable name beside PATH (mkstemp: O_EXCL, mode
   0600, so a link planted there is never followed), flush, fsync, close, rename over PATH (which
   replaces a link at PATH rather than writing through it), then fsync the folder. */
#include "safe_write.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "strbuf.h"

/* Makes the rename itself durable: the folder's entry is on disk once this returns. A folder we
   may write but not read cannot be opened to sync; the file itself is already synced then. */
static bool sync_folder(const char *path)
{
    const char *slash = strrchr(path, '/');
    StrBuf folder = {0};
    if (!slash) strbuf_puts(&folder, ".");
    else strbuf_append(&folder, path, slash == path ? 1 : (size_t)(slash - path));
    int fd = folder.failed ? -1 : open(strbuf_text(&folder), O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    strbuf_free(&folder);
    if (fd < 0) return errno == EACCES;
    bool ok = fsync(fd) == 0 || errno == EINVAL;   /* some file systems cannot sync a folder */
    close(fd);
    return ok;
}

/* Opens a new, empty file PATH.XXXXXX that nothing else can have made or linked. */
static FILE *create_temporary(const char *path, StrBuf *temp)
{
    strbuf_printf(temp, "%s.XXXXXX", path);
    int fd = temp->failed ? -1 : mkstemp(temp->data);
    if (fd < 0) return NULL;
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    FILE *file = fdopen(fd, "wb");
    if (!file) {
        int saved = errno;
        close(fd);
        remove(temp->data);
        errno = saved;
    }
    return file;
}

bool safe_write(const char *path, FileWriter write, const void *ctx, char *why, size_t why_size)
{
    StrBuf temp = {0};
    errno = 0;
    FILE *file = create_temporary(path, &temp);
    bool ok = file && write(file, ctx) && !ferror(file);
    ok = file && fflush(file) == 0 && ok;
    ok = file && fsync(fileno(file)) == 0 && ok;
    if (file && fclose(file) != 0) ok = false;
    if (ok && rename(strbuf_text(&temp), path) != 0) ok = false;
    if (ok && !sync_folder(path)) ok = false;
    if (!ok) {
        snprintf(why, why_size, "cannot write %s: %s", path, strerror(errno ? errno : EIO));
        if (file) remove(strbuf_text(&temp));
    }
    strbuf_free(&temp);
    return ok;
}
