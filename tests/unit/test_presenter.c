/* test_presenter.c: the presenter view headless: two windows over one workshop, what each shows
   (the facilitator's coaching notes, look-ahead and keys; never on the projector), keys from
   either window, the session clock, and closing the facilitator's window. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/lookahead.h"
#include "../../engine/room/room_ballot.h"
#include "../../engine/sdl/presenter.h"
#include "../../engine/sdl/workshop_phones.h"
#include "room_client.h"
#include "tests.h"
#include "window_fixture.h"

typedef struct Frame {
    unsigned audience, facilitator; /* each window's text-cache clock before the frame */
} Frame;

/* Draws both windows, as the loop does. */
static Frame draw_both(Fixture *f, Presenter *p)
{
    Frame frame = {f->app.gfx.use_clock, p->gfx.use_clock};
    app_draw(&f->app);
    presenter_draw(p, &f->app);
    return frame;
}

/* Whether a text holding part was drawn on gfx since the cache's clock read since. */
static bool drew(const Gfx *gfx, unsigned since, const char *part)
{
    for (int i = 0; i < TEXT_CACHE_SIZE; i++)
        if (gfx->cache[i].text && gfx->cache[i].last_used > since &&
            strstr(gfx->cache[i].text, part))
            return true;
    return false;
}

/* What only the facilitator may see: coaching notes, look-ahead, keys, the clock. */
static void audience_is_clean(Fixture *f, Frame frame)
{
    static const char *const private[] = {
        "Coach", "Harsh.", "Curious.",    "Practises",    "Falls into", "Next discussion prompt",
        "Keys",  "Enter:", "Up and Down", "Right starts", "Headcount",  "Session:",
        "Esc"};
    for (size_t i = 0; i < sizeof private / sizeof *private; i++)
        if (drew(&f->app.gfx, frame.audience, private[i]))
            fail_msg("the projector shows \"%s\"", private[i]);
}

/* A key pressed in window, then both windows drawn. */
static Frame press(Fixture *f, Presenter *p, SDL_Window *window, SDL_Keycode sym)
{
    moment(f);
    SDL_Event event = {.type = SDL_KEYDOWN};
    event.key.keysym.sym = sym;
    event.key.windowID = SDL_GetWindowID(window);
    if (!presenter_handle(p, &f->app, &event)) app_handle(&f->app, &event);
    return draw_both(f, p);
}

/* Each test's two windows over one workshop, at the scenario's content notes. */
typedef struct Both {
    Fixture f;
    Presenter p;
} Both;

static int open_both(void **state)
{
    Both *both = calloc(1, sizeof *both);
    assert_non_null(both);
    open_app(&both->f, 1280, 720, true);
    char *files[] = {"tests/fixtures/valid.lua"};
    app_start_workshop(&both->f.app, files, 1, ""); /* reports in the fixture's own folder */
    char why[512] = "";
    if (!presenter_open(&both->p, &both->f.app, why, sizeof why)) fail_msg("%s", why);
    *state = both;
    return 0;
}

static int close_both(void **state)
{
    Both *both = *state;
    presenter_close(&both->p, &both->f.app);
    close_app(&both->f);
    free(both);
    return 0;
}

static void two_windows_each_show_their_own(void **state)
{
    Fixture *f = &((Both *)*state)->f;
    Presenter *p = &((Both *)*state)->p;
    assert_true(p->open && f->app.audience);
    assert_non_null(p->gfx.window);
    assert_int_not_equal(SDL_GetWindowID(p->gfx.window), SDL_GetWindowID(f->window));
    assert_false(p->gfx.theme.high_contrast); /* the laptop keeps the player's own look */
    Frame frame = press(f, p, p->gfx.window, SDLK_RETURN); /* from the facilitator's window */
    assert_int_equal(f->app.screen, SCREEN_VOTE);
    assert_true(drew(&p->gfx, frame.facilitator, "Coach: Harsh."));
    assert_true(drew(&p->gfx, frame.facilitator, "Falls into: Criticism"));
    assert_true(drew(&p->gfx, frame.facilitator, "Next discussion prompt"));
    assert_true(drew(&p->gfx, frame.facilitator, "What does Sam need right now?"));
    assert_true(drew(&p->gfx, frame.facilitator, "Votes in: 0 on phones, 0 hands typed in."));
    assert_true(drew(&p->gfx, frame.facilitator, "select an option")); /* the keys */
    assert_true(drew(&f->app.gfx, frame.audience, "A. Seriously?"));   /* the room's options */
    audience_is_clean(f, frame);
    assert_false(drew(&f->app.gfx, frame.audience, "What does Sam need")); /* not yet */
    frame = press(f, p, f->window, SDLK_4); /* the projector's window takes keys too */
    assert_true(drew(&p->gfx, frame.facilitator, "Votes in: 0 on phones, 4 hands typed in."));
    assert_true(drew(&p->gfx, frame.facilitator, "Headcount: 4."));
    audience_is_clean(f, frame);
    frame = press(f, p, p->gfx.window, SDLK_RETURN); /* A, then the room talks */
    assert_int_equal(f->app.screen, SCREEN_DISCUSS);
    assert_true(drew(&p->gfx, frame.facilitator, "Coaching note"));
    assert_true(drew(&p->gfx, frame.facilitator, "Harsh."));
    assert_true(drew(&p->gfx, frame.facilitator, "2:00 left, not running."));
    assert_true(drew(&p->gfx, frame.facilitator, "None before the ending."));
    assert_true(drew(&f->app.gfx, frame.audience, "What does Sam need right now?"));
    audience_is_clean(f, frame);
    frame = press(f, p, p->gfx.window, SDLK_F1); /* every key, on the laptop only */
    assert_true(drew(&p->gfx, frame.facilitator, "Facilitator keys"));
    assert_false(drew(&f->app.gfx, frame.audience, "Facilitator keys"));
    press(f, p, p->gfx.window, SDLK_F1);
}

/* The clock counts the session's and the scenario's minutes against those planned, and wakes the
   loop only when a minute turns (never in scripted runs, which wait for idle). */
static void the_session_clock_wakes_once_a_minute(void **state)
{
    Fixture *f = &((Both *)*state)->f;
    Presenter *p = &((Both *)*state)->p;
    press(f, p, f->window, SDLK_RETURN);
    int minutes = f->app.play.loaded.scenario->minutes;
    Uint32 began = p->session_began;
    assert_int_equal(presenter_wait_ms(p, &f->app, -1),
                     60000 - (int)((f->app.now - began) % 60000));
    assert_int_equal(presenter_wait_ms(p, &f->app, 16), 16);
    f->app.now = began + 125000;
    f->app.dirty = false;
    presenter_tick(p, &f->app);
    assert_true(f->app.dirty); /* the minute turned */
    Frame frame = draw_both(f, p);
    char clock[128];
    snprintf(clock, sizeof clock, "Session: 2 of %d planned minutes. This scenario: 2 of %d.",
             minutes, minutes);
    assert_true(drew(&p->gfx, frame.facilitator, clock));
    f->app.dirty = false;
    presenter_tick(p, &f->app);
    assert_false(f->app.dirty); /* nothing more to draw until the next minute */
    f->app.scripted = true;
    assert_int_equal(presenter_wait_ms(p, &f->app, -1), -1);
}

/* Closing the laptop's window leaves the projector's running the session, keys and all; closing
   the projector's asks the game to quit, as closing the only window does. */
static void closing_a_window_falls_back_or_quits(void **state)
{
    Fixture *f = &((Both *)*state)->f;
    Presenter *p = &((Both *)*state)->p;
    press(f, p, f->window, SDLK_RETURN);
    SDL_Event close = {.type = SDL_WINDOWEVENT};
    close.window.event = SDL_WINDOWEVENT_CLOSE;
    close.window.windowID = SDL_GetWindowID(f->window);
    SDL_FlushEvent(SDL_QUIT);
    assert_false(presenter_handle(p, &f->app, &close));
    assert_true(SDL_HasEvent(SDL_QUIT));
    SDL_FlushEvent(SDL_QUIT);
    close.window.windowID = SDL_GetWindowID(p->gfx.window);
    assert_true(presenter_handle(p, &f->app, &close));
    assert_false(p->open || f->app.audience);
    Frame frame = press(f, p, f->window, SDLK_DOWN);
    assert_true(drew(&f->app.gfx, frame.audience, "Up and Down")); /* one window: keys again */
    assert_int_equal(f->app.workshop->selected, 1);
}

/* Esc opens the menu on the laptop (ending the session, starting again are the facilitator's);
   the projector holds on the scenario's title, and its pointer does nothing meanwhile. */
static void menus_open_on_the_laptop_while_the_projector_holds(void **state)
{
    Fixture *f = &((Both *)*state)->f;
    Presenter *p = &((Both *)*state)->p;
    press(f, p, f->window, SDLK_RETURN);
    Frame frame = press(f, p, p->gfx.window, SDLK_ESCAPE);
    assert_int_equal(f->app.screen, SCREEN_PAUSE);
    assert_true(drew(&p->gfx, frame.facilitator, "End the session and write the report"));
    assert_false(drew(&f->app.gfx, frame.audience, "End the session"));
    assert_true(drew(&f->app.gfx, frame.audience, "One moment."));
    assert_true(drew(&f->app.gfx, frame.audience, "Mini"));
    assert_true(f->app.audience); /* the windows' drawing is back in place */
    assert_ptr_equal(f->app.gfx.window, f->window);
    SDL_Event click = {.type = SDL_MOUSEBUTTONDOWN};
    click.button.windowID = SDL_GetWindowID(f->window);
    click.button.button = SDL_BUTTON_LEFT;
    assert_true(presenter_handle(p, &f->app, &click));
    assert_int_equal(f->app.screen, SCREEN_PAUSE);
    frame = press(f, p, p->gfx.window, SDLK_RETURN); /* Resume */
    assert_int_equal(f->app.screen, SCREEN_VOTE);
    assert_true(drew(&p->gfx, frame.facilitator, "Coach: Harsh."));
    audience_is_clean(f, frame);
}

static void lookahead_finds_the_nearest_prompt(void **state)
{
    Fixture *f = &((Both *)*state)->f;
    Presenter *p = &((Both *)*state)->p;
    press(f, p, f->window, SDLK_RETURN);
    const Scenario *scenario = f->app.play.loaded.scenario;
    int a = scenario_find_node(scenario, "a"), b = scenario_find_node(scenario, "b");
    assert_string_equal(lookahead_next_prompt(scenario, a), "What does Sam need right now?");
    assert_null(lookahead_next_prompt(scenario, b)); /* its own is not ahead of it */
    assert_null(lookahead_ending(scenario, &scenario->nodes[a].choices[0]));
    assert_string_equal(lookahead_ending(scenario, &scenario->nodes[b].choices[2])->title, "Bad");
}

/* A session opens the laptop's window when the mode wants it (two displays, or --presenter),
   wherever it starts; its end closes the window, so whoever plays next has one window again. */
static void sessions_open_and_close_the_laptop_window(void **state)
{
    (void)state;
    Fixture f = {0};
    Presenter *p = calloc(1, sizeof *p);
    assert_non_null(p);
    open_app(&f, 1280, 720, true);
    char *files[] = {"tests/fixtures/valid.lua"};
    app_start_workshop(&f.app, files, 1, "");
    presenter_follow(p, &f.app);
    assert_false(p->open); /* the dummy driver has one display: one window */
    app_workshop_finish(&f.app);
    presenter_follow(p, &f.app);
    p->mode = PRESENTER_ON;
    app_start_workshop(&f.app, files, 1, ""); /* as the title screen's Workshop does */
    presenter_follow(p, &f.app);
    assert_true(p->open && f.app.audience);
    app_workshop_finish(&f.app);
    presenter_follow(p, &f.app);
    assert_false(p->open || f.app.audience);
    close_app(&f);
    free(p);
}

/* Whether a text exactly equal to whole was drawn on gfx since the cache's clock read since. */
static bool drew_exactly(const Gfx *gfx, unsigned since, const char *whole)
{
    for (int i = 0; i < TEXT_CACHE_SIZE; i++)
        if (gfx->cache[i].text && gfx->cache[i].last_used > since &&
            strcmp(gfx->cache[i].text, whole) == 0)
            return true;
    return false;
}

/* With phones, the laptop follows each option's votes as they come in; the projector shows only
   how many have voted until Enter reveals the bars. */
static void phones_votes_show_on_the_laptop_before_the_reveal(void **state)
{
    Fixture *f = &((Both *)*state)->f;
    Presenter *p = &((Both *)*state)->p;
    WorkshopPhonesConfig phones = {.enabled = true, .bind = "127.0.0.1"};
    workshop_phones_start(&f->app, &phones);
    Room *room = f->app.workshop->room;
    assert_non_null(room);
    press(f, p, p->gfx.window, SDLK_RETURN);
    char first[ROOM_TOKEN_CHARS + 1], second[ROOM_TOKEN_CHARS + 1];
    join(room, first);
    join(room, second);
    assert_int_equal(vote(room, room_code(room), first, 1, 1), 200);
    assert_int_equal(vote(room, room_code(room), second, 1, 1), 200);
    Frame frame = draw_both(f, p);
    assert_true(drew(&p->gfx, frame.facilitator, "Votes in: 2 on phones, 0 hands typed in."));
    assert_true(drew(&p->gfx, frame.facilitator, "B. What happened?  (2)"));
    assert_true(drew(&p->gfx, frame.facilitator, "hides the bars until Enter"));
    assert_true(drew(&f->app.gfx, frame.audience, "Votes in: 2"));
    assert_false(drew_exactly(&f->app.gfx, frame.audience, "2")); /* no count per option */
    audience_is_clean(f, frame);
    frame = press(f, p, p->gfx.window, SDLK_RETURN); /* the reveal */
    assert_true(drew(&p->gfx, frame.facilitator, "The projector shows the bars."));
    assert_true(drew_exactly(&f->app.gfx, frame.audience, "2"));
    audience_is_clean(f, frame);
}

int run_presenter_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(two_windows_each_show_their_own, open_both, close_both),
        cmocka_unit_test_setup_teardown(the_session_clock_wakes_once_a_minute, open_both,
                                        close_both),
        cmocka_unit_test_setup_teardown(closing_a_window_falls_back_or_quits, open_both,
                                        close_both),
        cmocka_unit_test_setup_teardown(menus_open_on_the_laptop_while_the_projector_holds,
                                        open_both, close_both),
        cmocka_unit_test_setup_teardown(lookahead_finds_the_nearest_prompt, open_both, close_both),
        cmocka_unit_test_setup_teardown(phones_votes_show_on_the_laptop_before_the_reveal,
                                        open_both, close_both),
        cmocka_unit_test(sessions_open_and_close_the_laptop_window),
    };
    return cmocka_run_group_tests_name("presenter", tests, start_sdl, stop_sdl);
}
