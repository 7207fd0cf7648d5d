/* test_window_layout.c: the window's layout over window sizes, text sizes, both fonts and both
   contrasts, headless: the line being answered stays in view above the choices, content notes
   stay clear of their buttons, menus stay on screen, End on a debrief does not skip it. */
#include <stdio.h>

#include "../../engine/sdl/app.h"
#include "tests.h"
#include "window_fixture.h"

typedef struct Look {
    int width, height, text_size;
    bool dyslexic, contrast;
} Look;

/* Every window size meets the smallest and the largest text, each font and each contrast. */
static const Look looks[] = {
    {640, 360, 100, false, false},  {640, 360, 200, true, true},   {800, 600, 130, true, false},
    {1280, 720, 130, false, true},  {1280, 720, 150, true, true},  {1280, 720, 200, false, false},
    {1920, 1080, 150, true, false}, {1920, 1080, 200, true, true}, {3840, 2160, 100, false, true},
    {3840, 2160, 200, true, false},
};
enum { LOOK_COUNT = sizeof looks / sizeof looks[0] };

static void open_look(Fixture *f, const Look *look)
{
    open_app(f, look->width, look->height, true);
    Settings *settings = &f->app.prefs.settings;
    settings->text_size = look->text_size;
    settings->dyslexic_font = look->dyslexic;
    settings->high_contrast = look->contrast;
    app_apply_settings(&f->app);
}

static void fail_at(const Look *look, const char *what, SDL_Rect r)
{
    fail_msg("%dx%d, text %d%%%s%s: %s (%d,%d %dx%d)", look->width, look->height, look->text_size,
             look->dyslexic ? ", dyslexia font" : "", look->contrast ? ", high contrast" : "", what,
             r.x, r.y, r.w, r.h);
}

static bool inside(SDL_Rect r, int width, int height)
{
    return r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= height;
}

/* The menu's buttons lie in the window, none over another, all below y. */
static void buttons_fit(const Fixture *f, const Look *look, int below)
{
    const Menu *menu = &f->app.menu;
    for (int i = 0; i < menu->count; i++) {
        if (!inside(menu->rects[i], look->width, look->height))
            fail_at(look, "a button is outside the window", menu->rects[i]);
        if (menu->rects[i].y < below) fail_at(look, "a button covers text", menu->rects[i]);
        for (int k = i + 1; k < menu->count; k++)
            if (SDL_HasIntersection(&menu->rects[i], &menu->rects[k]))
                fail_at(look, "two buttons overlap", menu->rects[k]);
    }
}

/* The scene's line being answered (from its speaker's name on) lies under the header, above the
   choices, in the window; no text is wider than its column. */
static void answered_in_view(const Fixture *f, const Look *look)
{
    const Play *play = &f->app.play;
    SDL_Rect answered = play->answered;
    if (answered.h <= 0) fail_at(look, "no line being answered is shown", answered);
    if (answered.y < play->lines_area.y)
        fail_at(look, "the line answered is under the header", answered);
    if (!inside(answered, look->width, look->height))
        fail_at(look, "the line answered is outside the window", answered);
    buttons_fit(f, look, answered.y + answered.h);
    for (int i = 0; i < TEXT_CACHE_SIZE; i++) {
        const Paragraph *p = &f->app.gfx.cache[i];
        if (p->text && p->width > p->wrap_width) fail_msg("\"%.40s\" is too wide", p->text);
    }
}

/* Shows the whole scene and lets its choices settle. */
static void reveal(Fixture *f)
{
    key(f, SDLK_SPACE);
    assert_int_equal(f->app.screen, SCREEN_SCENE);
    assert_true(f->app.play.revealed);
    moment(f);
    app_draw(&f->app);
}

static void the_line_answered_stays_in_view_with_the_choices(void **state)
{
    (void)state;
    for (int i = 0; i < LOOK_COUNT; i++) {
        Fixture f = {0};
        open_look(&f, &looks[i]);
        app_open_scenario(&f.app, "scripts/scenarios/cancelled_plans.lua");
        f.app.play.seed = 14;
        app_draw(&f.app);
        buttons_fit(&f, &looks[i], f.app.play.text_bottom); /* the content notes */
        key(&f, SDLK_RETURN);
        app_apply_settings(&f.app); /* the scene at the text size set, not as the notes left it */
        /* Three decisions in, past a coaching note: Sam's lines, then "Sam breathes out". */
        static const SDL_Keycode picks[] = {SDLK_3, SDLK_1, SDLK_1};
        for (int k = 0; k < 3; k++) {
            reveal(&f);
            answered_in_view(&f, &looks[i]);
            key(&f, picks[k]);
        }
        close_app(&f);
    }
}

/* The typewriter's first words start under the header, not scrolled up under it. */
static void the_opening_starts_at_the_top_while_it_appears(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    app_open_scenario(&f.app, "scripts/scenarios/cancelled_plans.lua");
    key(&f, SDLK_RETURN);
    assert_false(f.app.play.revealed);
    f.app.now = f.app.play.reveal_start + 100;
    app_draw(&f.app);
    assert_int_equal(f.app.play.answered.y, f.app.play.lines_area.y);
    close_app(&f);
}

static void a_workshop_pause_menu_fits_at_projector_scale(void **state)
{
    (void)state;
    for (int i = 0; i < LOOK_COUNT; i++) {
        Fixture f = {0};
        open_look(&f, &looks[i]);
        char *files[] = {"scripts/scenarios/cancelled_plans.lua"};
        app_start_workshop(&f.app, files, 1, "build");
        app_draw(&f.app);
        buttons_fit(&f, &looks[i], f.app.play.text_bottom); /* the content notes */
        key(&f, SDLK_RETURN);
        assert_int_equal(f.app.screen, SCREEN_VOTE);
        key(&f, SDLK_ESCAPE);
        assert_int_equal(f.app.screen, SCREEN_PAUSE);
        assert_int_equal(f.app.menu.count, 6);
        buttons_fit(&f, &looks[i], 0);
        app_workshop_finish(&f.app);
        close_app(&f);
    }
}

static void end_on_a_debrief_goes_to_its_end(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    app_open_scenario(&f.app, "scripts/scenarios/cancelled_plans.lua");
    key(&f, SDLK_RETURN);
    for (int guard = 0; f.app.screen == SCREEN_SCENE && guard < 400; guard++) key(&f, SDLK_RETURN);
    assert_int_equal(f.app.screen, SCREEN_DEBRIEF);
    assert_true(f.app.play.scroll_max > 0);
    key(&f, SDLK_END);
    assert_int_equal(f.app.screen, SCREEN_DEBRIEF);
    assert_int_equal(f.app.play.scroll, f.app.play.scroll_max);
    close_app(&f);
}

int run_window_layout_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_line_answered_stays_in_view_with_the_choices),
        cmocka_unit_test(the_opening_starts_at_the_top_while_it_appears),
        cmocka_unit_test(a_workshop_pause_menu_fits_at_projector_scale),
        cmocka_unit_test(end_on_a_debrief_goes_to_its_end),
    };
    return cmocka_run_group_tests_name("window layout", tests, start_sdl, stop_sdl);
}
