/* paths.c: data folder discovery (Linux: the binary's path comes from /proc/self/exe). */
#include "paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const api_file = "scripts/lib/scenario_api.lua";

static int holds_api(const char *dir)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s", dir, api_file) >= (int)sizeof path) return 0;
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
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return try_dir(".", out, size);
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) *slash = '\0';
    /* build/<config>/heartlines in a checkout; <prefix>/bin/heartlines when installed. */
    static const char *const relative[] = {"/../..", "/../share/heartlines", NULL};
    char dir[4200];
    for (int i = 0; relative[i]; i++) {
        snprintf(dir, sizeof dir, "%s%s", exe, relative[i]);
        char *resolved = realpath(dir, NULL);
        int found = resolved && try_dir(resolved, out, size);
        free(resolved);
        if (found) return 1;
    }
    return try_dir(".", out, size);
}
