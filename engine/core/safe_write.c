/* safe_write.c: write to a new file with an unguessable name beside PATH (mkstemp: O_EXCL, mode
   0600, so a link planted there is never followed), flush, fsync, close, rename over PATH (which
   replaces a link at PATH rather than writing through it), then fsync the folder. */
#include "safe_write.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "strbuf.h"

/* Opens the folder path is in, for reading; -1 when it cannot. */
static int open_folder(const char *path)
{
    const char *slash = strrchr(path, '/');
    StrBuf folder = {0};
    if (!slash) strbuf_puts(&folder, ".");
    else strbuf_append(&folder, path, slash == path ? 1 : (size_t)(slash - path));
    int fd = folder.failed ? -1 : open(strbuf_text(&folder), O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    strbuf_free(&folder);
    return fd;
}

/* Makes the rename itself durable: the folder's entry is on disk once this returns. A folder we
   may write but not read cannot be opened to sync; the file itself is already synced then. */
static bool sync_folder(const char *path)
{
    int fd = open_folder(path);
    if (fd < 0) return errno == EACCES;
    bool ok = fsync(fd) == 0 || errno == EINVAL;   /* some file systems cannot sync a folder */
    close(fd);
    return ok;
}

/* A temporary file older than this was left by a save that was killed; a live save renames its
   own within moments. */
enum { STALE_SECONDS = 60 };

/* name is base + "." + the six letters or digits mkstemp puts in place of XXXXXX. */
static bool is_our_temporary(const char *name, const char *base, size_t base_length)
{
    if (strncmp(name, base, base_length) != 0 || name[base_length] != '.') return false;
    const char *suffix = name + base_length + 1;
    if (strlen(suffix) != 6) return false;
    for (int i = 0; i < 6; i++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", suffix[i]))
            return false;
    return true;
}

/* Removes PATH.XXXXXX files left by earlier saves that were killed mid-write: only names of our
   own pattern, only regular files of ours (a link is never followed or removed), only old ones. */
static void remove_stale_temporaries(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    int dir_fd = open_folder(path);
    DIR *dir = dir_fd >= 0 ? fdopendir(dir_fd) : NULL;
    if (!dir) {
        if (dir_fd >= 0) close(dir_fd);
        return;
    }
    size_t base_length = strlen(base);
    time_t now = time(NULL);
    for (struct dirent *entry; (entry = readdir(dir)) != NULL;) {
        struct stat info;
        if (!is_our_temporary(entry->d_name, base, base_length) ||
            fstatat(dir_fd, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISREG(info.st_mode) && info.st_uid == geteuid() &&
            now - info.st_mtime > STALE_SECONDS)
            unlinkat(dir_fd, entry->d_name, 0);
    }
    closedir(dir);
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
    remove_stale_temporaries(path);
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
