/* test_room_window.c: window workshops, headless: with --phones (phones vote, the projector shows
   how many voted and no bars until the facilitator reveals them, hands are added, the story follows
   phones plus hands), and the facilitator's keys (F11, the countdown's minutes). */
#include <stdio.h>
#include <stdlib.h>
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

/* Removes the two report files the title's notice names ("... build/X.md and build/X.csv"). */
static void remove_reports(const char *notice)
{
    for (const char *at = strstr(notice, "build/"); at; at = strstr(at + 1, "build/")) {
        char path[512];
        snprintf(path, sizeof path, "%.*s", (int)strcspn(at, " "), at);
        assert_int_equal(remove(path), 0);
    }
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

static WorkshopStage shown_stage(Fixture *f)
{
    return workshop_flow_show(f->app.workshop->flow, f->app.now)->stage;
}

static void room_window_votes_from_phones_then_reveal(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    char *files[] = {"scripts/scenarios/cancelled_plans.lua"};
    app_start_workshop(&f.app, files, 1, "build");
    WorkshopPhonesConfig phones = {.enabled = true, .bind = "127.0.0.1"};
    workshop_phones_start(f.app.workshop, &phones, f.app.cli, &f.app.votes_event);
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
    assert_int_equal(workshop_phones_tally(f.app.workshop, counts, 3), 2);
    assert_int_equal(workshop_flow_show(f.app.workshop->flow, f.app.now)->counts[0], 1);   /* hands only, so far */
    key(&f, SDLK_RETURN);                                 /* close the vote and reveal the bars */
    assert_true(f.app.workshop->revealed);
    assert_int_equal(f.app.screen, SCREEN_VOTE);
    assert_int_equal(vote(room, room_code(room), first, 1, 0), 409);   /* closed on the phones */
    save_screen(&f, "build/room-window-revealed.bmp");
    key(&f, SDLK_RETURN);                                 /* follow the majority: B, 2 phones to 1 hand */
    const Session *session = workshop_flow_session(f.app.workshop->flow);
    assert_int_equal(session->vote_count, 1);
    assert_int_equal(session->votes[0].counts[0], 1);
    assert_int_equal(session->votes[0].counts[1], 2);
    assert_int_equal(session->votes[0].followed, 1);
    for (int guard = 0; shown_stage(&f) != WORKSHOP_STORY && guard < 20; guard++)
        key(&f, SDLK_RETURN);
    assert_int_equal(shown_stage(&f), WORKSHOP_STORY);    /* between decisions: */
    char *reply = malloc(65536);
    assert_int_equal(get(room, "/api/state", reply, 65536), 200);
    assert_non_null(strstr(reply, "\"phase\":\"waiting\""));   /* the phones show the scene */
    free(reply);
    app_workshop_finish(&f.app);
    assert_null(f.app.workshop);
    remove_reports(f.app.prefs.notice);
    close_app(&f);
}

/* Workshop on the title opens the start screen: its switch turns phones on (no --phones needed),
   and the session starts with the room serving phones on 127.0.0.1. */
static void room_window_start_screen_switches_phones_on(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    key(&f, SDLK_DOWN);
    key(&f, SDLK_DOWN);                                   /* Workshop (a facilitator and a room) */
    key(&f, SDLK_RETURN);
    assert_int_equal(f.app.screen, SCREEN_WORKSHOP_START);
    assert_null(f.app.workshop);
    assert_false(f.app.phones_chosen);
    key(&f, SDLK_DOWN);
    key(&f, SDLK_RETURN);                                 /* Votes from phones: on */
    assert_true(f.app.phones_chosen);
    assert_string_equal(f.app.menu.items[1].value, "on");
    save_screen(&f, "build/room-window-start.bmp");
    key(&f, SDLK_ESCAPE);                                 /* back to the title, the switch kept */
    assert_int_equal(f.app.screen, SCREEN_TITLE);
    key(&f, SDLK_DOWN);
    key(&f, SDLK_DOWN);
    key(&f, SDLK_RETURN);
    assert_string_equal(f.app.menu.items[1].value, "on");
    key(&f, SDLK_RETURN);                                 /* Start the session */
    assert_non_null(f.app.workshop);
    assert_int_equal(f.app.screen, SCREEN_NOTES);
    assert_non_null(f.app.workshop->room);
    app_workshop_finish(&f.app);
    remove_reports(f.app.prefs.notice);
    close_app(&f);
}

static void room_window_f11_keeps_the_players_own_settings(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    char *files[] = {"tests/fixtures/valid.lua"};
    app_start_workshop(&f.app, files, 1, "build");
    assert_true(f.app.prefs.settings.high_contrast);          /* projector scale */
    key(&f, SDLK_F11);
    char path[400];
    snprintf(path, sizeof path, "%s/settings.txt", f.pref);
    char *saved = test_read_file(path);
    assert_non_null(saved);
    assert_non_null(strstr(saved, "fullscreen = yes"));
    assert_null(strstr(saved, "high_contrast = yes"));       /* the projector's contrast is not the player's */
    free(saved);
    assert_true(f.app.prefs.settings.high_contrast);          /* and the session keeps it */
    key(&f, SDLK_RETURN);                                     /* the vote; then B, and the discussion */
    key(&f, SDLK_DOWN);
    key(&f, SDLK_1);
    key(&f, SDLK_RETURN);
    assert_int_equal(f.app.screen, SCREEN_DISCUSS);
    key(&f, SDLK_UP);                                         /* a minute more */
    assert_int_equal(workshop_flow_show(f.app.workshop->flow, f.app.now)->ms_left, 180000);
    key(&f, SDLK_LEFT);                                       /* stop, then Right starts it again */
    key(&f, SDLK_RIGHT);
    assert_true(workshop_flow_show(f.app.workshop->flow, f.app.now)->counting);
    assert_int_equal(workshop_flow_show(f.app.workshop->flow, f.app.now)->ms_left, 180000);
    f.app.now += 180000;
    assert_true(workshop_flow_show(f.app.workshop->flow, f.app.now)->over);   /* the cue */
    assert_int_equal(app_wait_ms(&f.app), -1);                /* at 0:00 the clock holds still: no redraws */
    app_workshop_finish(&f.app);
    remove_reports(f.app.prefs.notice);
    close_app(&f);
}

int run_room_window_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(room_window_votes_from_phones_then_reveal),
        cmocka_unit_test(room_window_start_screen_switches_phones_on),
        cmocka_unit_test(room_window_f11_keeps_the_players_own_settings),
    };
    return cmocka_run_group_tests_name("room window", tests, start_sdl, stop_sdl);
}
