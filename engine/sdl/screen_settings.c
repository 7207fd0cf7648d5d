/* screen_settings.c: the settings, each applied and saved at once. */
#include <stdio.h>

#include "app.h"

enum {
    SET_SIZE,
    SET_FONT,
    SET_CONTRAST,
    SET_MOTION,
    SET_SPEED,
    SET_COACHING,
    SET_FULLSCREEN,
    SET_SPEECH,
    SET_SPEECH_RATE,
    SET_BACK
};

static void settings_enter(App *app)
{
    const Settings *s = &app->prefs.settings;
    int focus = app->menu.focus;
    char size[16];
    snprintf(size, sizeof size, "%d%%", s->text_size);
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "Text size"), size, true);
    menu_add(&app->menu, app_tr(app, "Font"), s->dyslexic_font ? "OpenDyslexic" : "Noto Sans",
             true);
    menu_add(&app->menu, app_tr(app, "High contrast"), s->high_contrast ? "on" : "off", true);
    menu_add(&app->menu, app_tr(app, "Reduced motion (no typewriter)"),
             s->reduced_motion ? "on" : "off", true);
    menu_add(&app->menu, app_tr(app, "Text speed"), settings_speed_name(s->text_speed), true);
    menu_add(&app->menu, app_tr(app, "Coaching after each choice"), s->coaching ? "on" : "off",
             true);
    menu_add(&app->menu, app_tr(app, "Fullscreen (F11)"), s->fullscreen ? "on" : "off", true);
    const char *speech = !s->speech ? "off" : speech_active(&app->speech) ? "on"
                                                                          : "on, but unheard";
    menu_add(&app->menu, app_tr(app, "Speech: lines and options read aloud (V)"), speech, true);
    char rate[16];
    snprintf(rate, sizeof rate, "%+d", s->speech_rate);
    menu_add(&app->menu, app_tr(app, "Speech rate"), s->speech_rate ? rate : "normal", true);
    menu_add(&app->menu, app_tr(app, "Back"), NULL, true);
    app->menu.focus = focus;
}

/* Changes the focused setting one step (direction -1 or +1); Enter counts as +1. */
static void adjust(App *app, int direction)
{
    Settings *s = &app->prefs.settings;
    switch (app->menu.focus) {
    case SET_SIZE: {
        int size = s->text_size + direction * TEXT_SIZE_STEP;
        if (size > TEXT_SIZE_MAX)
            size = direction > 0 && s->text_size == TEXT_SIZE_MAX ? TEXT_SIZE_MIN : TEXT_SIZE_MAX;
        if (size < TEXT_SIZE_MIN) size = TEXT_SIZE_MIN;
        s->text_size = size;
        break;
    }
    case SET_FONT: s->dyslexic_font = !s->dyslexic_font; break;
    case SET_CONTRAST: s->high_contrast = !s->high_contrast; break;
    case SET_MOTION: s->reduced_motion = !s->reduced_motion; break;
    case SET_SPEED:
        s->text_speed = (TextSpeed)((s->text_speed + SPEED_COUNT + direction) % SPEED_COUNT);
        break;
    case SET_COACHING: s->coaching = !s->coaching; break;
    case SET_FULLSCREEN: app_toggle_fullscreen(app); settings_enter(app); return;
    case SET_SPEECH: app_toggle_speech(app); settings_enter(app); return;
    case SET_SPEECH_RATE: {
        int rate = s->speech_rate + direction * SPEECH_RATE_STEP;
        s->speech_rate = rate < SPEECH_RATE_MIN   ? SPEECH_RATE_MIN
                         : rate > SPEECH_RATE_MAX ? SPEECH_RATE_MAX
                                                  : rate;
        speech_set_rate(&app->speech, s->speech_rate);
        break;
    }
    default: return;
    }
    app_apply_settings(app);
    settings_enter(app);
}

static void settings_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK) {
        app_leave_menu(app);
        return;
    }
    MenuResult result = menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    else if (result == MENU_LEFT) adjust(app, -1);
    else if (result == MENU_RIGHT) adjust(app, 1);
    else if (result == MENU_CHOSEN && app->menu.focus == SET_BACK) app_leave_menu(app);
    else if (result == MENU_CHOSEN) adjust(app, 1);
}

static void settings_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int y = draw_text(&app->gfx, FONT_TITLE, app_tr(app, "Settings"), column.x, column.y, column.w,
                      gfx->theme.accent);
    y = draw_text(&app->gfx, FONT_SMALL,
                  app_tr(app, "Enter or Left and Right change the focused setting. Changes apply "
                              "and are saved at once."),
                  column.x, y + gfx_px(gfx, 6), column.w, gfx->theme.dim);
    menu_layout(&app->menu, gfx, column.x, y + gfx_px(gfx, 20), column.w);
    menu_scroll_to_focus(&app->menu, 0, gfx->height - gfx_px(gfx, 20));
    menu_draw(&app->menu, gfx);
}

const Screen screen_settings = {settings_enter, settings_action, settings_draw, NULL, NULL};
