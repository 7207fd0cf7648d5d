/* window_fixture.h: the window front end opened headless (SDL's dummy video driver and the
   software renderer) with its own preferences folder, for the window tests and the monkey test. */
#ifndef HEARTLINES_WINDOW_FIXTURE_H
#define HEARTLINES_WINDOW_FIXTURE_H

#include "../../engine/sdl/app.h"
#include "speech_recorder.h"

typedef struct Fixture {
    Cli cli;
    SDL_Window *window;
    SDL_Renderer *renderer;
    App app;
    char pref[256];
    SpeechRecorder speech;       /* the app speaks here, never aloud */
} Fixture;

/* A group's setup and teardown: SDL with the dummy video driver, and SDL_ttf. */
int start_sdl(void **state);
int stop_sdl(void **state);
/* Opens the app in a width x height window; fresh_prefs gives it a new empty folder, else it
   keeps f->pref (to start the game again on the same files). */
void open_app(Fixture *f, int width, int height, bool fresh_prefs);
void close_app(Fixture *f);
/* A person's pace: the clock moves on as long as choices take to settle, so each press can act. */
void moment(Fixture *f);
/* Handles every event waiting (speech's opened event, say), then draws. */
void pump(Fixture *f);
/* One key press, a moment after the last, handled and drawn. */
void key(Fixture *f, SDL_Keycode sym);

#endif
