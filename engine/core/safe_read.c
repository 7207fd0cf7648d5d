/* safe_read.c: open non-blocking (so a FIFO with no writer cannot hang us), check with fstat that
   it is a regular file of at most the cap, then read it whole, stopping past the cap (a /proc
   file says its size is 0 and a file can grow while it is read). */
#include "safe_read.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Reads at most limit + 1 bytes of fd into a buffer that grows from the size fstat gave. */
static ReadStatus read_all(int fd, size_t size_hint, size_t limit, char **data, size_t *length)
{
    size_t capacity = (size_hint < limit ? size_hint : limit) + 1, used = 0;
    char *buffer = malloc(capacity + 1);
    while (buffer && used <= limit) {
        if (used == capacity) {
            capacity = capacity > limit / 2 ? limit + 1 : capacity * 2;
            char *grown = realloc(buffer, capacity + 1);
            if (!grown) break;
            buffer = grown;
        }
        ssize_t got = read(fd, buffer + used, capacity - used);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            free(buffer);
            return READ_FAILED;
        }
        if (got == 0) {
            buffer[used] = '\0';
            *data = buffer;
            *length = used;
            return READ_OK;
        }
        used += (size_t)got;
    }
    bool too_large = buffer && used > limit;
    free(buffer);
    errno = too_large ? EFBIG : ENOMEM;
    return too_large ? READ_TOO_LARGE : READ_FAILED;
}

ReadStatus safe_read_file(const char *path, size_t limit, char **data, size_t *length, char *why,
                          size_t why_size)
{
    *data = NULL;
    *length = 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(why, why_size, "cannot open %s: %s", path, strerror(errno));
        return errno == ENOENT ? READ_MISSING : READ_FAILED;
    }
    struct stat info;
    ReadStatus status = READ_FAILED;
    if (fstat(fd, &info) != 0) snprintf(why, why_size, "cannot read %s: %s", path, strerror(errno));
    else if (!S_ISREG(info.st_mode)) {
        snprintf(why, why_size,
                 "%s is not a regular file (a folder, FIFO or device); it is not read", path);
        status = READ_REFUSED;
    } else if ((unsigned long long)info.st_size > limit) {
        snprintf(why, why_size, "%s is %lld bytes; the limit is %zu", path, (long long)info.st_size,
                 limit);
        status = READ_TOO_LARGE;
    } else if ((status = read_all(fd, (size_t)info.st_size, limit, data, length)) == READ_TOO_LARGE)
        snprintf(why, why_size, "%s grew past the limit of %zu bytes while being read", path,
                 limit);
    else if (status == READ_FAILED)
        snprintf(why, why_size, "cannot read %s: %s", path, strerror(errno));
    close(fd);
    return status;
}

FILE *safe_read_stream(const char *path, size_t limit, char **data, ReadStatus *status, char *why,
                       size_t why_size)
{
    size_t length;
    *status = safe_read_file(path, limit, data, &length, why, why_size);
    if (*status != READ_OK) return NULL;
    FILE *stream = fmemopen(*data, length, "r");
    if (!stream) {
        snprintf(why, why_size, "cannot read %s: %s", path, strerror(errno));
        *status = READ_FAILED;
        free(*data);
        *data = NULL;
    }
    return stream;
}
