/* test_window_look.c: how the window looks, headless: stage directions drawn as actions, the
   scene header's place and time, the setting on the card before a scenario, and the scenario
   list as cards with the endings found. Checked through the text the window rendered. */
#include <stdio.h>
#include <string.h>

#include "../../engine/sdl/app.h"
#include "tests.h"
#include "window_fixture.h"

static const char stage_file[] = "tests/fixtures/stage_directions.lua";

/* The cached paragraph with exactly this text, or NULL. */
static const Paragraph *rendered(Fixture *f, const char *text)
{
    for (int i = 0; i < TEXT_CACHE_SIZE; i++) {
        const Paragraph *p = &f->app.gfx.cache[i];
        if (p->text && strcmp(p->text, text) == 0) return p;
    }
    return NULL;
}

static void no_stars_rendered(Fixture *f)
{
    for (int i = 0; i < TEXT_CACHE_SIZE; i++) {
        const Paragraph *p = &f->app.gfx.cache[i];
        if (p->text && strchr(p->text, '*')) fail_msg("\"%s\" was drawn with its marks", p->text);
    }
}

/* Opens the fixture's first scene with all its text shown and its choices settled. */
static void open_stage_scene(Fixture *f)
{
    app_open_scenario(&f->app, stage_file);
    key(f, SDLK_RETURN);
    key(f, SDLK_SPACE);
    assert_int_equal(f->app.screen, SCREEN_SCENE);
    assert_true(f->app.play.revealed);
    moment(f);
    app_draw(&f->app);
}

static void stage_directions_are_drawn_as_actions(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    open_stage_scene(&f);
    no_stars_rendered(&f);
    const char *actions[] = {"Sam drops the bag by the door.", "You put the kettle on.",
                             "You keep scrolling."};
    for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++) {
        const Paragraph *p = rendered(&f, actions[i]);
        if (!p) fail_msg("\"%s\" was not drawn on its own", actions[i]);
        assert_int_equal(p->font, FONT_ACTION);
    }
    const Paragraph *said = rendered(&f, "\"Tell me everything.\"");
    assert_non_null(said);
    assert_int_equal(said->font, FONT_BODY);
    assert_non_null(rendered(&f, "Long day."));
    assert_true(TTF_GetFontStyle(f.app.gfx.fonts[FONT_ACTION]) & TTF_STYLE_ITALIC);
    /* The typewriter counts the words shown, not the marks: it ends on the line's last letter. */
    f.app.prefs.settings.text_speed = SPEED_NORMAL;
    app_open_scenario(&f.app, stage_file);
    key(&f, SDLK_RETURN);
    int rate = settings_reveal_rate(&f.app.prefs.settings);
    int words = (int)strlen("Sam drops the bag by the door.Long day.");
    f.app.now += (Uint32)(words * 1000 / rate) - 1;
    app_tick(&f.app);
    assert_false(f.app.play.revealed);
    f.app.now += 1000 / rate + 1;
    app_tick(&f.app);
    assert_true(f.app.play.revealed);
    /* With the dyslexia-friendly font actions stand upright: its slanted letters read worse. */
    f.app.prefs.settings.dyslexic_font = true;
    app_apply_settings(&f.app);
    app_draw(&f.app);
    assert_false(TTF_GetFontStyle(f.app.gfx.fonts[FONT_ACTION]) & TTF_STYLE_ITALIC);
    close_app(&f);
}

static void scene_header_and_card_say_where_and_when(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    app_open_scenario(&f.app, stage_file);
    app_draw(&f.app);
    const Paragraph *setting = rendered(
        &f, "A kitchen in Hull. Ten to seven on a Friday in November. The kettle is on.");
    assert_non_null(setting);   /* the whole setting, on the card before the story */
    assert_int_equal(setting->font, FONT_ACTION);
    open_stage_scene(&f);
    assert_non_null(rendered(&f, "Stage  \xC2\xB7  A kitchen in Hull. Ten to seven on a Friday in "
                                 "November."));
    close_app(&f);
}

static void scenario_list_shows_cards_with_endings_found(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    key(&f, SDLK_RETURN);   /* Play a scenario */
    assert_int_equal(f.app.screen, SCREEN_LIST);
    const CatalogueEntry *plans = NULL;
    int index = 0;
    for (; index < f.app.catalogue.count; index++)
        if (strstr(f.app.catalogue.entries[index].path, "cancelled_plans"))
            plans = &f.app.catalogue.entries[index];
    assert_non_null(plans);
    char key_name[128], facts[128];
    snprintf(key_name, sizeof key_name, "ending.%s", plans->id);
    assert_true(store_set(&f.app.prefs.stores[PREF_PROGRESS], key_name, "one,two"));
    app_draw(&f.app);
    snprintf(facts, sizeof facts, "About %d min  \xC2\xB7  2 of %d endings found", plans->minutes,
             plans->endings);
    assert_non_null(rendered(&f, facts));
    assert_non_null(rendered(&f, plans->blurb));
    const Menu *menu = &f.app.menu;
    assert_int_equal(menu->count, f.app.catalogue.count + 1);   /* and Back */
    for (int i = 0; i + 1 < menu->count; i++)
        assert_true(menu->rects[i].y + menu->rects[i].h <= menu->rects[i + 1].y);
    while (menu->focus != menu->count - 1) key(&f, SDLK_DOWN);  /* the focus stays in sight */
    assert_true(menu->rects[menu->focus].y + menu->rects[menu->focus].h <= 720);
    assert_true(menu->rects[menu->focus].y >= 0);
    close_app(&f);
}

int run_window_look_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stage_directions_are_drawn_as_actions),
        cmocka_unit_test(scene_header_and_card_say_where_and_when),
        cmocka_unit_test(scenario_list_shows_cards_with_endings_found),
    };
    return cmocka_run_group_tests_name("window_look", tests, start_sdl, stop_sdl);
}
