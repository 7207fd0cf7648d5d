/* report_file.c: a name is claimed by creating the file with O_CREAT | O_EXCL, which fails on any
   existing file or link; the report is later written over its own claim by safe_write. */
#include "report_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Says why in why[why_size] and returns false. */
__attribute__((format(printf, 3, 4))) static bool refuse(char *why, size_t why_size,
                                                         const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(why, why_size, format, args);
    va_end(args);
    return false;
}

bool report_make_folder(const char *dir, char *why, size_t why_size)
{
    char partial[REPORT_PATH_MAX];
    if (snprintf(partial, sizeof partial, "%s", dir) >= (int)sizeof partial)
        return refuse(why, why_size, "the folder name %.200s... is too long", dir);
    for (char *p = partial + 1; ; p++) {
        if (*p && *p != '/') continue;
        char end = *p;
        *p = '\0';
        struct stat info;
        bool made = mkdir(partial, 0700) == 0;
        if (!made && (errno != EEXIST || stat(partial, &info) != 0 || !S_ISDIR(info.st_mode)))
            return refuse(why, why_size, "cannot make the folder %s: %s", partial,
                          strerror(errno == EEXIST ? ENOTDIR : errno));
        if (!end) return true;
        *p = end;
    }
}

/* Creates every path of one try; on any failure removes those it made. */
static bool claim_all(char paths[][REPORT_PATH_MAX], int count, int *error)
{
    for (int i = 0; i < count; i++) {
        int fd = open(paths[i], O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0 && close(fd) == 0) continue;
        *error = errno;
        for (int made = 0; made < i; made++) remove(paths[made]);
        return false;
    }
    return true;
}

bool report_claim(const char *dir, const char *stem, const char *const *extensions, int count,
                  char paths[][REPORT_PATH_MAX], char *why, size_t why_size)
{
    if (!report_make_folder(dir, why, why_size)) return false;
    int error = EEXIST;
    for (int n = 1; n <= REPORT_TRIES_MAX && error == EEXIST; n++) {
        char suffix[16] = "";
        if (n > 1) snprintf(suffix, sizeof suffix, "-%d", n);
        bool fits = true;
        for (int i = 0; i < count; i++) {
            int length =
                snprintf(paths[i], REPORT_PATH_MAX, "%s/%s%s%s", dir, stem, suffix, extensions[i]);
            fits = fits && length < REPORT_PATH_MAX;
        }
        if (!fits)
            return refuse(why, why_size, "the name %.200s... is too long", paths[0]);
        if (claim_all(paths, count, &error)) return true;
    }
    snprintf(why, why_size, "cannot write a report in %s: %s", dir, strerror(error));
    return false;
}

bool report_claim_path(const char *path, char out[REPORT_PATH_MAX], char *why, size_t why_size)
{
    char dir[REPORT_PATH_MAX], stem[REPORT_PATH_MAX];
    const char *slash = strrchr(path, '/'), *name = slash ? slash + 1 : path;
    const char *dot = strrchr(name, '.');
    if (!dot || dot == name) dot = name + strlen(name);
    if (!*name) return refuse(why, why_size, "%s names a folder, not a file", path);
    int dir_length = slash ? (int)(slash == path ? 1 : slash - path) : 1;
    snprintf(dir, sizeof dir, "%.*s", dir_length, slash ? path : ".");
    snprintf(stem, sizeof stem, "%.*s", (int)(dot - name), name);
    const char *extensions[] = {dot};
    char paths[1][REPORT_PATH_MAX];
    if (!report_claim(dir, stem, extensions, 1, paths, why, why_size)) return false;
    memcpy(out, paths[0], REPORT_PATH_MAX);
    return true;
}
