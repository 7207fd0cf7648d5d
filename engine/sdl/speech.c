/* speech.c: opening off the main thread, one utterance at a time, silence when nothing speaks. */
#include "speech.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void speech_init(Speech *speech, const SpeechBackend *backend, Uint32 opened_event)
{
    *speech = (Speech){.backend = backend, .opened_event = opened_event};
}

/* Opens, then tells the window by an event (from the thread, or at once when opening is quick). */
static int open_backend(void *data)
{
    Speech *speech = data;
    speech->opened = speech->backend->open(speech->backend->context, speech->why,
                                           sizeof speech->why);
    SDL_Event event = {.type = speech->opened_event};
    SDL_PushEvent(&event);
    return 0;
}

/* Takes what opening gave: a connection at the player's rate, or the reason there is none. */
static void take_connection(Speech *speech, void *connection)
{
    speech->failed = !connection;
    if (connection && !speech->wanted) speech->backend->close(connection);   /* turned off since */
    if (!connection || !speech->wanted) return;
    speech->connection = connection;
    speech->backend->set_rate(connection, speech->rate);
    if (speech->waiting) speech->backend->say(connection, speech->waiting);
}

static void forget_waiting(Speech *speech)
{
    free(speech->waiting);
    speech->waiting = NULL;
}

static void start_opening(Speech *speech)
{
    speech->why[0] = '\0';
    speech->opening = true;
    if (!speech->backend->open_blocks) open_backend(speech);
    else if (!(speech->opener = SDL_CreateThread(open_backend, "speech", speech))) {
        snprintf(speech->why, sizeof speech->why, "no thread to open it (%s)", SDL_GetError());
        speech->opened = NULL;
        SDL_Event event = {.type = speech->opened_event};
        SDL_PushEvent(&event);
    }
}

void speech_enable(Speech *speech, bool on, int rate)
{
    speech->rate = rate;
    speech->wanted = on;
    if (on && !speech->connection && !speech->opening) start_opening(speech);
    if (on) return;
    forget_waiting(speech);
    if (speech->connection) speech->backend->close(speech->connection);
    speech->connection = NULL;
    speech->failed = false;
}

bool speech_opened(Speech *speech)
{
    if (!speech->opening) return false;
    SDL_WaitThread(speech->opener, NULL);   /* returns at once when there is no thread */
    speech->opener = NULL;
    speech->opening = false;
    take_connection(speech, speech->opened);
    forget_waiting(speech);
    return speech->failed && speech->wanted;
}

void speech_say(Speech *speech, const char *text)
{
    if (!speech->wanted || !text || !*text) return;
    if (speech->opening) {
        forget_waiting(speech);
        speech->waiting = strdup(text);
        return;
    }
    if (!speech->connection) return;
    speech->backend->cancel(speech->connection);
    speech->backend->say(speech->connection, text);
}

void speech_hush(Speech *speech)
{
    forget_waiting(speech);
    if (speech->connection) speech->backend->cancel(speech->connection);
}

void speech_set_rate(Speech *speech, int rate)
{
    speech->rate = rate;
    if (speech->connection) speech->backend->set_rate(speech->connection, rate);
}

bool speech_active(const Speech *speech) { return speech->wanted && !speech->failed; }

void speech_free(Speech *speech)
{
    speech->wanted = false;
    speech_opened(speech);
    speech_enable(speech, false, 0);
}
