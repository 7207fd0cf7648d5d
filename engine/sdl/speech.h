/* speech.h: self-voicing's small interface. The window says what is new through it; a backend
   speaks (speech_dispatcher.c) or, in tests, records. Opening a backend may be slow (a speech
   service being started), so it happens on a thread and the window hears of it by an event; a
   new utterance cancels the one before, and one said while opening waits for the opening. */
#ifndef HEARTLINES_SPEECH_H
#define HEARTLINES_SPEECH_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

typedef struct SpeechBackend {
    bool open_blocks;            /* opening may take a while: it runs on a thread */
    /* A connection, or NULL with why said (no speech service, say). */
    void *(*open)(void *context, char *why, size_t why_size);
    void (*say)(void *connection, const char *text);
    void (*cancel)(void *connection);
    void (*set_rate)(void *connection, int rate);   /* -100 to 100 */
    void (*close)(void *connection);
    void *context;
} SpeechBackend;

typedef struct Speech {
    const SpeechBackend *backend;
    Uint32 opened_event;         /* pushed when an opening thread has finished */
    bool wanted;                 /* the player has speech on */
    bool failed;                 /* the last opening found no speech service */
    int rate;
    void *connection;            /* open and ready, or NULL */
    bool opening;                /* until the opened event is handled */
    SDL_Thread *opener;          /* the thread opening, or NULL */
    void *opened;                /* what the thread opened, read once it is joined */
    char *waiting;               /* the latest utterance said while opening */
    char why[512];               /* why opening failed */
} Speech;

/* speech_dispatcher.c: the desktop's speech service through speech-dispatcher. */
const SpeechBackend *speech_dispatcher_backend(void);

void speech_init(Speech *speech, const SpeechBackend *backend, Uint32 opened_event);
/* Turns speech on at rate (opening the backend, maybe on a thread) or off (closing it). */
void speech_enable(Speech *speech, bool on, int rate);
/* The opened event (pushed by a thread, or at once by a quick backend): takes the connection
   and says what waited. True when opening failed just now
   (speech.why says why), for the window to say once that play goes on silently. */
bool speech_opened(Speech *speech);
/* Says text, cutting off whatever was being said; nothing when speech is off or failed. */
void speech_say(Speech *speech, const char *text);
/* Stops speaking now (the hush key). */
void speech_hush(Speech *speech);
void speech_set_rate(Speech *speech, int rate);
bool speech_active(const Speech *speech);
/* Waits for an opening under way, then closes. */
void speech_free(Speech *speech);

#endif
