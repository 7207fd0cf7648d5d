/* sdl_main.c: SDL set-up and the loop. The loop sleeps in SDL_WaitEvent while nothing animates,
   so a reader costs no CPU; it draws only when something changed. */
#include "sdl_main.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "app.h"

static bool save_screenshot(SDL_Renderer *renderer, const char *path)
{
    int w, h;
    SDL_GetRendererOutputSize(renderer, &w, &h);
    SDL_Surface *surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    bool ok = surface &&
              SDL_RenderReadPixels(renderer, NULL, SDL_PIXELFORMAT_ARGB8888, surface->pixels,
                                   surface->pitch) == 0 &&
              SDL_SaveBMP(surface, path) == 0;
    SDL_FreeSurface(surface);
    if (!ok) fprintf(stderr, "heartlines: cannot save %s: %s\n", path, SDL_GetError());
    return ok;
}

/* Presses the next key named in *keys (space-separated); false when none is left. */
static bool press_next_key(const char **keys)
{
    while (**keys == ' ') (*keys)++;
    if (!**keys) return false;
    char name[64];
    size_t length = strcspn(*keys, " ");
    snprintf(name, sizeof name, "%.*s", (int)length, *keys);
    *keys += length;
    SDL_Event event = {.type = SDL_KEYDOWN};
    event.key.keysym.sym = SDL_GetKeyFromName(name);
    if (event.key.keysym.sym == SDLK_UNKNOWN)
        fprintf(stderr, "heartlines: --keys: unknown key '%s'\n", name);
    SDL_PushEvent(&event);
    return true;
}

/* CPU time this process has used so far (user and system), in milliseconds. */
static double cpu_ms(void)
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (double)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (double)(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/* --screenshot also saves the facilitator's window, as NAME-facilitator.bmp beside NAME.bmp. */
static void save_screenshots(App *app, Presenter *presenter, const char *path)
{
    app_draw(app);
    save_screenshot(app->gfx.renderer, path);
    if (!presenter->open) return;
    char second[4200];
    const char *dot = strrchr(path, '.');
    int stem = dot && !strchr(dot, '/') ? (int)(dot - path) : (int)strlen(path);
    snprintf(second, sizeof second, "%.*s-facilitator%s", stem, path, path + stem);
    presenter_draw(presenter, app);
    save_screenshot(presenter->gfx.renderer, second);
}

static void run_loop(App *app, const WindowOptions *options, Presenter *presenter)
{
    const char *keys = options->keys ? options->keys : "";
    int frames = 0;
    double first_frame_cpu =
        0; /* --frame-stats counts from the first frame: start-up is not a frame */
    bool scripted = options->keys || options->screenshot;
    app->scripted = scripted;   /* where the pointer happens to rest must not move the focus */
    while (app->running) {
        app->now = SDL_GetTicks();
        if (app->dirty) {
            app_draw(app);
            presenter_draw(presenter, app);
            if (++frames == 1) {
                first_frame_cpu = cpu_ms();
                /* Gamepads after the first frame: scanning for them takes a while and nobody
                   presses a button before there is something to see. Those plugged in already
                   arrive as "added" events, like any other. */
                SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER);
            }
            if (options->exit_after_frames && frames >= options->exit_after_frames) break;
        }
        if (scripted && app_wait_ms(app) < 0 && !press_next_key(&keys)) {
            if (options->screenshot) save_screenshots(app, presenter, options->screenshot);
            break;
        }
        int wait = presenter_wait_ms(presenter, app, app_wait_ms(app));
        SDL_Event event;
        bool got = wait < 0 ? SDL_WaitEvent(&event) : SDL_WaitEventTimeout(&event, wait);
        app->now = SDL_GetTicks();
        if (!got) {
            app_tick(app);
            presenter_tick(presenter, app);
            continue;
        }
        do
            if (!presenter_handle(presenter, app, &event)) app_handle(app, &event);
        while (SDL_PollEvent(&event));
        presenter_follow(presenter, app);   /* a workshop started from the title, say */
    }
    if (options->frame_stats && frames > 0)
        fprintf(stderr, "frame-stats: %d frames after the first, %.1f ms of CPU\n", frames - 1,
                cpu_ms() - first_frame_cpu);
}

/* A few dozen text textures, drawn only when something changes: SDL's software renderer draws a
   1280x720 frame in under a millisecond, starts sooner, and needs a sixth of the memory, because
   no OpenGL driver is loaded (with the hint, SDL does not even open one to ask its name). On a
   machine without a GPU, OpenGL would be a software rasteriser anyway, and slower. The variables
   SDL_RENDER_DRIVER (e.g. opengl) and SDL_FRAMEBUFFER_ACCELERATION override these defaults. */
static void prefer_software_rendering(void)
{
    SDL_SetHintWithPriority(SDL_HINT_RENDER_DRIVER, "software", SDL_HINT_DEFAULT);
    SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT);
}

/* The size asked for, made to fit the display; when the display still refuses it, smaller sizes. */
static SDL_Window *open_window(int width, int height)
{
    SDL_Rect usable;
    if (SDL_GetDisplayUsableBounds(0, &usable) == 0 && (width > usable.w || height > usable.h) &&
        usable.w >= 320 && usable.h >= 240) {
        fprintf(stderr,
                "heartlines: the display has room for %dx%d, not %dx%d; the window fits it\n",
                usable.w, usable.h, width, height);
        width = width < usable.w ? width : usable.w;
        height = height < usable.h ? height : usable.h;
    }
    static const int fallbacks[][2] = {{0, 0}, {1280, 720}, {800, 600}, {320, 240}};
    for (int i = 0; i < 4; i++) {
        int w = i ? fallbacks[i][0] : width, h = i ? fallbacks[i][1] : height;
        SDL_Window *window =
            SDL_CreateWindow("Heartlines", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h,
                             SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
        if (window) return window;
        fprintf(stderr, "heartlines: no window at %dx%d (%s)\n", w, h, SDL_GetError());
    }
    return NULL;
}

int sdl_main_run(Cli *cli, const WindowOptions *options)
{
    prefer_software_rendering();
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "heartlines: no window (%s)\n", SDL_GetError());
        return -1;
    }
    if (TTF_Init() != 0) {
        fprintf(stderr, "heartlines: %s\n", TTF_GetError());
        SDL_Quit();
        return 1;
    }
    SDL_Window *window = open_window(options->width ? options->width : 1280,
                                     options->height ? options->height : 720);
    SDL_Renderer *renderer =
        window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_PRESENTVSYNC) : NULL;
    if (window && !renderer) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    int status = -1;
    App app;
    char why[1024] = "";
    char *pref = SDL_GetPrefPath("", "heartlines");
    if (!renderer) fprintf(stderr, "heartlines: cannot open a window: %s\n", SDL_GetError());
    else if (!app_init(&app, cli, window, renderer, pref, why, sizeof why)) {
        fprintf(stderr, "heartlines: %s\n",
                why); /* no font to draw with: the caller offers the terminal */
        app_free(&app);
    } else {
        app.fixed_seed = options->seed;
        if (options->workshop) {
            app_start_workshop(&app, options->workshop_files, options->workshop_count,
                               options->report_dir);
            workshop_phones_start(&app, &options->phones);
            if (app.workshop)
                session_set_group(workshop_flow_session(app.workshop->flow), options->group);
        }
        else if (options->scenario) app_open_scenario(&app, options->scenario);
        Presenter presenter = {.mode = options->presenter};
        presenter_follow(&presenter, &app);
        run_loop(&app, options, &presenter);
        presenter_close(&presenter, &app);
        app_free(&app);
        status = 0;
    }
    SDL_free(pref);
    if (renderer) SDL_DestroyRenderer(renderer);
    if (window) SDL_DestroyWindow(window);
    TTF_Quit();
    SDL_Quit();
    return status;
}
