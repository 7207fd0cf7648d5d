/* presenter.c: the facilitator's window beside the projector's: opening it where it belongs,
   its own events, and a session clock that wakes the loop only when a minute turns. */
#include "presenter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facilitator_view.h"

enum { MINUTE_MS = 60000 };

bool presenter_wanted(PresenterMode mode)
{
    return mode == PRESENTER_ON || (mode == PRESENTER_AUTO && SDL_GetNumVideoDisplays() >= 2);
}

/* The laptop's window: on the first display, as large as 1280x720 or the display allows. */
static SDL_Window *open_facilitator_window(bool beside)
{
    SDL_Rect usable = {0, 0, 1280, 720};
    SDL_GetDisplayUsableBounds(0, &usable);
    int w = usable.w < 1280 ? usable.w : 1280, h = usable.h < 720 ? usable.h : 720;
    int x = beside ? usable.x + usable.w - w : (int)SDL_WINDOWPOS_CENTERED_DISPLAY(0);
    return SDL_CreateWindow("Heartlines: facilitator", x, beside ? usable.y : x, w, h,
                            SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
}

/* The laptop's own text size and contrast, not the projector's. */
static const Settings *facilitator_settings(const App *app)
{
    return app->workshop ? &app->workshop->saved : &app->prefs.settings;
}

static void start_clock(Presenter *p, Uint32 now)
{
    p->session_began = p->scenario_began = now;
    p->scenario = -1;
    p->planned_minutes = p->scenario_minutes = 0;
    p->drawn_minutes = 0;
}

void presenter_follow(Presenter *p, App *app)
{
    if (app->workshop == p->session) return;
    p->session = app->workshop;
    if (!app->workshop) { /* one window again for whoever plays next */
        presenter_close(p, app);
        return;
    }
    start_clock(p, app->now);
    char why[512];
    if (!p->open && presenter_wanted(p->mode) && !presenter_open(p, app, why, sizeof why))
        fprintf(stderr, "heartlines: no facilitator's window (%s); the session runs in one\n", why);
}

bool presenter_open(Presenter *p, App *app, char *why, size_t why_size)
{
    start_clock(p, app->now);
    bool two_displays = SDL_GetNumVideoDisplays() >= 2;
    if (two_displays) { /* the projector's view, fullscreen on the second display */
        SDL_SetWindowPosition(app->gfx.window, (int)SDL_WINDOWPOS_CENTERED_DISPLAY(1),
                              (int)SDL_WINDOWPOS_CENTERED_DISPLAY(1));
        SDL_SetWindowFullscreen(app->gfx.window, SDL_WINDOW_FULLSCREEN_DESKTOP);
        app->prefs.settings.fullscreen = true; /* the session's, not saved: F11 leaves it */
    }
    SDL_Window *window = open_facilitator_window(!two_displays);
    SDL_Renderer *renderer = window ? SDL_CreateRenderer(window, -1, 0) : NULL;
    if (window && !renderer) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    char font_dir[4200];
    snprintf(font_dir, sizeof font_dir, "%s/fonts", app->cli->data_dir);
    if (!renderer ||
        !gfx_init(&p->gfx, window, renderer, font_dir, facilitator_settings(app), why, why_size)) {
        if (renderer) {
            gfx_free(&p->gfx);
            SDL_DestroyRenderer(renderer);
        } else
            snprintf(why, why_size, "%s", SDL_GetError());
        if (window) SDL_DestroyWindow(window);
        memset(&p->gfx, 0, sizeof p->gfx);
        return false;
    }
    p->open = app->audience = true;
    app->dirty = true;
    return true;
}

void presenter_close(Presenter *p, App *app)
{
    if (!p->open) return;
    SDL_Renderer *renderer = p->gfx.renderer;
    SDL_Window *window = p->gfx.window;
    gfx_free(&p->gfx);
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    memset(&p->gfx, 0, sizeof p->gfx);
    p->open = false;
    /* After a session, the player's own choice (the projector's went fullscreen on its own). */
    SDL_SetWindowFullscreen(app->gfx.window,
                            app->prefs.settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    app->audience = false; /* one window again: it shows the keys and notes as before */
    app->dirty = true;
}

/* The window a pointer event happened in; 0 for any other event. */
static Uint32 pointer_window(const SDL_Event *event)
{
    switch (event->type) {
        case SDL_MOUSEMOTION: return event->motion.windowID;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP: return event->button.windowID;
        case SDL_MOUSEWHEEL: return event->wheel.windowID;
        default: return 0;
    }
}

/* With a menu open, the pointer works on the facilitator's window, where the menu is laid out;
   the projector's window ignores it then. Otherwise the laptop's window has nothing to point at. */
static bool take_pointer(Presenter *p, App *app, const SDL_Event *event, Uint32 id)
{
    Uint32 window = pointer_window(event);
    if (!window || !app_menu_up(app)) return window == id;
    if (window == id && !app->scripted) {
        Action action = input_action(event, p->gfx.window, p->gfx.renderer);
        app_action(app, &action);
    }
    return true;
}

bool presenter_handle(Presenter *p, App *app, const SDL_Event *event)
{
    if (!p->open) return false;
    Uint32 id = SDL_GetWindowID(p->gfx.window);
    if (event->type != SDL_WINDOWEVENT) return take_pointer(p, app, event, id);
    bool closing = event->window.event == SDL_WINDOWEVENT_CLOSE;
    if (event->window.windowID != id) {
        if (closing) { /* with a window left, SDL would not say quit by itself */
            SDL_Event quit = {.type = SDL_QUIT};
            SDL_PushEvent(&quit);
        }
        return false;
    }
    if (closing)
        presenter_close(p, app);
    else if (event->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
             event->window.event == SDL_WINDOWEVENT_EXPOSED) {
        char why[512]; /* the fonts it had are kept when new ones cannot be made */
        gfx_refresh(&p->gfx, facilitator_settings(app), why, sizeof why);
        app->dirty = true;
    }
    return true;
}

/* A new scenario starts its own clock and adds its planned minutes to the session's. */
static void follow_scenario(Presenter *p, const App *app)
{
    const Scenario *scenario = app->play.loaded.scenario;
    if (!app->workshop || !scenario) return;
    int place = workshop_flow_show(app->workshop->flow, app->now)->scenario;
    if (place == p->scenario) return;
    p->scenario = place;
    p->scenario_began = app->now;
    p->scenario_minutes = scenario->minutes;
    p->planned_minutes += scenario->minutes;
}

static Uint32 minutes_shown(const Presenter *p, Uint32 now)
{
    return (now - p->session_began) / MINUTE_MS * 1000 + (now - p->scenario_began) / MINUTE_MS;
}

/* The menus draw on app->gfx, so for their frame the two windows' drawing contexts trade places:
   the menu appears on the laptop as it would in one window, and the projector holds. */
static void draw_menu_here(Presenter *p, App *app)
{
    Gfx *projector = malloc(sizeof *projector);
    if (!projector) return;
    *projector = app->gfx;
    app->gfx = p->gfx;
    app->audience = false;
    app_draw(app);
    app->audience = true;
    p->gfx = app->gfx;
    app->gfx = *projector;
    free(projector);
}

void presenter_draw(Presenter *p, App *app)
{
    if (!p->open || !app->workshop) return;
    if (app_menu_up(app)) {
        draw_menu_here(p, app);
        return;
    }
    follow_scenario(p, app);
    FacilitatorClock clock = {.session_ms = app->now - p->session_began,
                              .scenario_ms = app->now - p->scenario_began,
                              .planned_minutes = p->planned_minutes,
                              .scenario_minutes = p->scenario_minutes};
    facilitator_view_draw(&p->gfx, app, &clock);
    SDL_RenderPresent(p->gfx.renderer);
    p->drawn_minutes = minutes_shown(p, app->now);
}

static int to_next_minute(Uint32 since)
{
    return MINUTE_MS - (int)(since % MINUTE_MS);
}

int presenter_wait_ms(const Presenter *p, const App *app, int wait)
{
    if (!p->open || !app->workshop || app->scripted) return wait;
    int session = to_next_minute(app->now - p->session_began),
        scenario = to_next_minute(app->now - p->scenario_began);
    int turn = session < scenario ? session : scenario;
    return wait < 0 || turn < wait ? turn : wait;
}

void presenter_tick(Presenter *p, App *app)
{
    if (p->open && minutes_shown(p, app->now) != p->drawn_minutes) app->dirty = true;
}
