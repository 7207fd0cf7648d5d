/* window_fixture.c: see window_fixture.h. */
#include "window_fixture.h"

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests.h"

static int fixture_counter;

int start_sdl(void **state)
{
    (void)state;
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    return SDL_Init(SDL_INIT_VIDEO) == 0 && TTF_Init() == 0 ? 0 : -1;
}

int stop_sdl(void **state)
{
    (void)state;
    TTF_Quit();
    SDL_Quit();
    return 0;
}

void open_app(Fixture *f, int width, int height, bool fresh_prefs)
{
    if (fresh_prefs) {
        snprintf(f->pref, sizeof f->pref, "build/test_prefs_%d_%d/", (int)getpid(), ++fixture_counter);
        mkdir(f->pref, 0700);
    }
    assert_true(cli_init(&f->cli));
    f->window = SDL_CreateWindow("test", 0, 0, width, height, SDL_WINDOW_RESIZABLE);
    assert_non_null(f->window);
    f->renderer = SDL_CreateRenderer(f->window, -1, SDL_RENDERER_SOFTWARE);
    assert_non_null(f->renderer);
    char why[512];
    if (!app_init(&f->app, &f->cli, f->window, f->renderer, f->pref, why, sizeof why)) fail_msg("%s", why);
    speech_init(&f->app.speech, speech_recorder_backend(&f->speech), f->app.speech_event);
    app_draw(&f->app);
}

void close_app(Fixture *f)
{
    app_free(&f->app);
    strbuf_free(&f->speech.log);
    SDL_DestroyRenderer(f->renderer);
    SDL_DestroyWindow(f->window);
}

void moment(Fixture *f) { f->app.now += CHOICES_SETTLE_MS; }

void pump(Fixture *f)
{
    SDL_Event event;
    while (SDL_PollEvent(&event)) app_handle(&f->app, &event);
    app_draw(&f->app);
}

void key(Fixture *f, SDL_Keycode sym)
{
    moment(f);
    SDL_Event event = {.type = SDL_KEYDOWN};
    event.key.keysym.sym = sym;
    app_handle(&f->app, &event);
    app_draw(&f->app);
}
