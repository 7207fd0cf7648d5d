/* watch_linux.c: inotify on the file's folder, read by a thread that sleeps in poll() until the
   folder changes or watch_stop wakes it through a pipe, so watching costs nothing while idle. */
#include "watch.h"

#include <limits.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

struct Watch {
    int inotify, wake[2];
    char name[NAME_MAX + 1];     /* the file's name in its folder */
    Uint32 event_type;
    SDL_Thread *thread;
};

/* True when the events in buffer touch our file. */
static bool touches(const Watch *watch, const char *buffer, ssize_t length)
{
    for (ssize_t offset = 0; offset < length;) {
        const struct inotify_event *event = (const struct inotify_event *)(buffer + offset);
        if (event->len && strcmp(event->name, watch->name) == 0) return true;
        offset += (ssize_t)sizeof *event + event->len;
    }
    return false;
}

static int watch_thread(void *data)
{
    Watch *watch = data;
    _Alignas(struct inotify_event) char buffer[4096];
    struct pollfd fds[2] = {{watch->inotify, POLLIN, 0}, {watch->wake[0], POLLIN, 0}};
    while (poll(fds, 2, -1) >= 0 && !(fds[1].revents & POLLIN)) {
        ssize_t length = read(watch->inotify, buffer, sizeof buffer);
        if (length > 0 && touches(watch, buffer, length)) {
            SDL_Event event = {.type = watch->event_type};
            SDL_PushEvent(&event);
        }
    }
    return 0;
}

Watch *watch_start(const char *path, Uint32 event_type)
{
    Watch *watch = calloc(1, sizeof *watch);
    if (!watch) return NULL;
    char folder[PATH_MAX];
    const char *slash = strrchr(path, '/');
    snprintf(folder, sizeof folder, "%.*s", slash ? (int)(slash - path) : 1, slash ? path : ".");
    snprintf(watch->name, sizeof watch->name, "%s", slash ? slash + 1 : path);
    watch->event_type = event_type;
    watch->wake[0] = watch->wake[1] = -1;
    watch->inotify = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    bool ok =
        watch->inotify >= 0 && pipe(watch->wake) == 0 &&
        inotify_add_watch(watch->inotify, folder, IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE) >= 0;
    if (ok) watch->thread = SDL_CreateThread(watch_thread, "watch", watch);
    if (ok && watch->thread) return watch;
    int fds[3] = {watch->inotify, watch->wake[0], watch->wake[1]};
    for (int i = 0; i < 3; i++)
        if (fds[i] >= 0) close(fds[i]);
    free(watch);
    return NULL;
}

void watch_stop(Watch *watch)
{
    if (!watch) return;
    ssize_t wrote = write(watch->wake[1], "x", 1);
    (void)wrote;
    SDL_WaitThread(watch->thread, NULL);
    close(watch->inotify);
    close(watch->wake[0]);
    close(watch->wake[1]);
    free(watch);
}
