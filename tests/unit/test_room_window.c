/* test_room_window.c: a window workshop with --phones, headless: phones vote, the projector shows
   how many voted and no bars until the facilitator reveals them, hands are added, and the story
   follows phones plus hands. */
#include <stdio.h>
#include <string.h>

#include "tests.h"
#include "../../engine/room/room.h"
#include "../../engine/room/room_ballot.h"
#include "../../engine/sdl/workshop_phones.h"
#include "../../engine/sdl/workshop_run.h"
#include "room_client.h"
#include "window_fixture.h"

/* Handles what the room pushed (it pushes from its own thread), as the loop would. */
static bool handle_pushed_events(Fixture *f)
{
    bool any = false;
    SDL_Event event;
    for (int tries = 0; tries < 200 && !any; tries++) {
        SDL_PumpEvents();
        while (SDL_PollEvent(&event)) {
            f->app.dirty = false;
            app_handle(&f->app, &event);
            any = any || f->app.dirty;
        }
        if (!any) SDL_Delay(5);
    }
    app_draw(&f->app);
    return any;
}

static void save_screen(Fixture *f, const char *path)
{
    SDL_Surface *surface = SDL_CreateRGBSurfaceWithFormat(0, f->app.gfx.width, f->app.gfx.height, 32,
                                                          SDL_PIXELFORMAT_ARGB8888);
    assert_non_null(surface);
    assert_int_equal(SDL_RenderReadPixels(f->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, surface->pixels,
                                          surface->pitch), 0);
    assert_int_equal(SDL_SaveBMP(surface, path), 0);
    SDL_FreeSurface(surface);
}

static void room_window_votes_from_phones_then_reveal(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    char *files[] = {"scripts/scenarios/cancelled_plans.lua"};
    app_start_workshop(&f.app, files, 1, "build");
    WorkshopPhonesConfig phones = {.enabled = true, .bind = "127.0.0.1"};
    workshop_phones_start(&f.app, &phones);
    Room *room = f.app.workshop->room;
    assert_non_null(room);
    key(&f, SDLK_RETURN);   /* past the content notes, and the typewriter, to the vote */
    for (int guard = 0; f.app.screen != SCREEN_VOTE && guard < 20; guard++) key(&f, SDLK_RETURN);
    assert_int_equal(f.app.screen, SCREEN_VOTE);
    assert_false(f.app.workshop->revealed);
    char first[ROOM_TOKEN_CHARS + 1], second[ROOM_TOKEN_CHARS + 1];
    join(room, first);
    join(room, second);
    assert_int_equal(vote(room, room_code(room), first, 1, 1), 200);
    assert_true(handle_pushed_events(&f));                /* the vote woke the window */
    assert_int_equal(vote(room, room_code(room), second, 1, 1), 200);
    assert_true(handle_pushed_events(&f));
    key(&f, SDLK_RIGHT);                                  /* a hand for A from someone without a phone */
    save_screen(&f, "build/room-window-vote.bmp");
    int counts[3];
    assert_int_equal(workshop_phones_tally(&f.app, counts, 3), 2);
    assert_int_equal(f.app.workshop->counts[0], 1);
    key(&f, SDLK_RETURN);                                 /* close the vote and reveal the bars */
    assert_true(f.app.workshop->revealed);
    assert_int_equal(f.app.screen, SCREEN_VOTE);
    assert_int_equal(vote(room, room_code(room), first, 1, 0), 409);   /* closed on the phones */
    save_screen(&f, "build/room-window-revealed.bmp");
    key(&f, SDLK_RETURN);                                 /* follow the majority: B, 2 phones to 1 hand */
    assert_int_equal(f.app.workshop->session.vote_count, 1);
    assert_int_equal(f.app.workshop->session.votes[0].counts[0], 1);
    assert_int_equal(f.app.workshop->session.votes[0].counts[1], 2);
    assert_int_equal(f.app.workshop->session.votes[0].followed, 1);
    workshop_run_finish(&f.app);
    assert_null(f.app.workshop);
    remove(strstr(f.app.prefs.notice, "build/"));
    close_app(&f);
}

int run_room_window_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(room_window_votes_from_phones_then_reveal),
    };
    return cmocka_run_group_tests_name("room window", tests, start_sdl, stop_sdl);
}
