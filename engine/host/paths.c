/* paths.c: where the data folder is (Linux: the binary's path comes from /proc/self/exe) and the
   per-user folder. */
#include "paths.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/text_format.h"

static const char *const api_file = "scripts/lib/scenario_api.lua";

static int holds_api(const char *dir)
{
    char path[PATH_SIZE];   /* a data folder too long for its files cannot be used */
    if (!path_join(path, sizeof path, dir, api_file)) return 0;
    return access(path, R_OK) == 0;
}

static int try_dir(const char *dir, char *out, size_t size)
{
    if (!holds_api(dir) || strlen(dir) >= size) return 0;
    memcpy(out, dir, strlen(dir) + 1);
    return 1;
}

int paths_data_dir(char *out, size_t size)
{
    const char *env = getenv("HEARTLINES_DATA");
    if (env && *env) return try_dir(env, out, size);
    char exe[PATH_SIZE];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return try_dir(".", out, size);
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) *slash = '\0';
    /* build/<config>/heartlines in a checkout; <prefix>/bin/heartlines when installed. */
    static const char *const relative[] = {"/../..", "/../share/heartlines", NULL};
    char dir[PATH_SIZE];
    for (int i = 0; relative[i]; i++) {
        if (!text_format(dir, sizeof dir, "%s%s", exe, relative[i])) continue;   /* cannot exist */
        char *resolved = realpath(dir, NULL);
        int found = resolved && try_dir(resolved, out, size);
        free(resolved);
        if (found) return 1;
    }
    return try_dir(".", out, size);
}

/* Makes each folder along path (which ends in '/'), as SDL does. */
static int make_folders(char *path)
{
    for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        int made = mkdir(path, 0700) == 0 || errno == EEXIST;
        *slash = '/';
        if (!made) return 0;
    }
    return 1;
}

int paths_user_dir(char *out, size_t size)
{
    const char *data = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    int length = -1;
    if (data && *data) length = snprintf(out, size, "%s/heartlines/", data);
    else if (home && *home) length = snprintf(out, size, "%s/.local/share/heartlines/", home);
    if (length < 0 || (size_t)length >= size || !make_folders(out)) {
        if (size) out[0] = '\0';
        return 0;
    }
    return 1;
}
