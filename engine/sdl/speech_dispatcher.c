/* speech_dispatcher.c: speech through speech-dispatcher, the desktop's own voices. Opening starts
   the service when it is installed but not running (autospawn), which can take a moment; the
   window does it on a thread. One connection, in single mode: no threads of the library's own. */
#include <stdio.h>
#include <stdlib.h>

#include <libspeechd.h>

#include "speech.h"

static void *dispatcher_open(void *context, char *why, size_t why_size)
{
    (void)context;
    char *error = NULL;
    SPDConnection *connection =
        spd_open2("heartlines", "main", NULL, SPD_MODE_SINGLE, NULL, 1, &error);
    if (!connection)
        snprintf(why, why_size, "%s", error ? error : "speech-dispatcher did not answer");
    free(error);
    return connection;
}

static void dispatcher_say(void *connection, const char *text)
{
    spd_say(connection, SPD_TEXT, text);
}

static void dispatcher_cancel(void *connection) { spd_cancel(connection); }

static void dispatcher_set_rate(void *connection, int rate)
{
    spd_set_voice_rate(connection, rate);
}

static void dispatcher_close(void *connection) { spd_close(connection); }

const SpeechBackend *speech_dispatcher_backend(void)
{
    static const SpeechBackend backend = {true,           dispatcher_open,     dispatcher_say,
                                          dispatcher_cancel, dispatcher_set_rate, dispatcher_close,
                                          NULL};
    return &backend;
}
