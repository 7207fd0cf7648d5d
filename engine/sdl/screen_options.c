/* screen_options.c: settings (applied and saved at once), help and support, and the error screen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/safe_read.h"
#include "app.h"

enum { SET_SIZE, SET_FONT, SET_CONTRAST, SET_MOTION, SET_SPEED, SET_COACHING, SET_FULLSCREEN, SET_BACK };

static void back(App *app)
{
    ScreenId to = app->return_to;
    if (to == SCREEN_PAUSE || to == SCREEN_SCENE) {
        app->screen = SCREEN_PAUSE;
        screen_pause.enter(app);
        app->dirty = true;
    } else app_goto(app, to);
}

static void settings_enter(App *app)
{
    const Settings *s = &app->prefs.settings;
    int focus = app->menu.focus;
    char size[16];
    snprintf(size, sizeof size, "%d%%", s->text_size);
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "Text size"), size, true);
    menu_add(&app->menu, app_tr(app, "Font"), s->dyslexic_font ? "OpenDyslexic" : "Noto Sans", true);
    menu_add(&app->menu, app_tr(app, "High contrast"), s->high_contrast ? "on" : "off", true);
    menu_add(&app->menu, app_tr(app, "Reduced motion (no typewriter)"), s->reduced_motion ? "on" : "off", true);
    menu_add(&app->menu, app_tr(app, "Text speed"), settings_speed_name(s->text_speed), true);
    menu_add(&app->menu, app_tr(app, "Coaching after each choice"), s->coaching ? "on" : "off", true);
    menu_add(&app->menu, app_tr(app, "Fullscreen (F11)"), s->fullscreen ? "on" : "off", true);
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
        if (size > TEXT_SIZE_MAX) size = direction > 0 && s->text_size == TEXT_SIZE_MAX ? TEXT_SIZE_MIN : TEXT_SIZE_MAX;
        if (size < TEXT_SIZE_MIN) size = TEXT_SIZE_MIN;
        s->text_size = size;
        break;
    }
    case SET_FONT: s->dyslexic_font = !s->dyslexic_font; break;
    case SET_CONTRAST: s->high_contrast = !s->high_contrast; break;
    case SET_MOTION: s->reduced_motion = !s->reduced_motion; break;
    case SET_SPEED: s->text_speed = (TextSpeed)((s->text_speed + SPEED_COUNT + direction) % SPEED_COUNT); break;
    case SET_COACHING: s->coaching = !s->coaching; break;
    case SET_FULLSCREEN: app_toggle_fullscreen(app); settings_enter(app); return;
    default: return;
    }
    app_apply_settings(app);
    settings_enter(app);
}

static void settings_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK) {
        back(app);
        return;
    }
    MenuResult result = menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    else if (result == MENU_LEFT) adjust(app, -1);
    else if (result == MENU_RIGHT) adjust(app, 1);
    else if (result == MENU_CHOSEN && app->menu.focus == SET_BACK) back(app);
    else if (result == MENU_CHOSEN) adjust(app, 1);
}

static void settings_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
    int y = app_draw_text(app, FONT_TITLE, app_tr(app, "Settings"), column.x, column.y, column.w, gfx->theme.accent);
    y = app_draw_text(app, FONT_SMALL, app_tr(app, "Enter or Left and Right change the focused setting. Changes apply and are saved at once."),
                      column.x, y + gfx_px(gfx, 6), column.w, gfx->theme.dim);
    menu_layout(&app->menu, gfx, column.x, y + gfx_px(gfx, 20), column.w);
    menu_scroll_to_focus(&app->menu, 0, gfx->height - gfx_px(gfx, 20));
    menu_draw(&app->menu, gfx);
}

const Screen screen_settings = {settings_enter, settings_action, settings_draw, NULL};

/* Help and support. The support text is the facilitator's to change: support.txt in the player's
   folder, else scripts/support.txt. */

enum { SUPPORT_TEXT_MAX = 64 * 1024 };

/* A support.txt that is refused (a FIFO, a device, too large) is named, and the game's is shown. */
static char *read_support(const App *app)
{
    char path[4300], why[4500] = "", *text = NULL;
    size_t length;
    snprintf(path, sizeof path, "%ssupport.txt", app->prefs.dir);
    ReadStatus status = READ_MISSING;
    if (app->prefs.dir[0]) status = safe_read_file(path, SUPPORT_TEXT_MAX, &text, &length, why, sizeof why);
    if (status == READ_OK) return text;
    StrBuf shown = {0};
    if (status != READ_MISSING) strbuf_printf(&shown, "%s\n\n", why);
    snprintf(path, sizeof path, "%s/scripts/support.txt", app->cli->data_dir);
    if (safe_read_file(path, SUPPORT_TEXT_MAX, &text, &length, why, sizeof why) == READ_OK) strbuf_puts(&shown, text);
    free(text);
    return shown.length ? shown.data : NULL;
}

static void help_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "Back"), NULL, true);
}

static void help_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK || menu_handle(&app->menu, action) == MENU_CHOSEN) back(app);
}

static void help_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
    int half = (column.w - gfx_px(gfx, 30)) / 2;
    int y = app_draw_text(app, FONT_TITLE, app_tr(app, "Help and support"), column.x, column.y, column.w, theme->accent);
    int top = y + gfx_px(gfx, 16);
    y = app_draw_text(app, FONT_BOLD, app_tr(app, "Keys"), column.x, top, half, theme->speaker);
    y = app_draw_text(app, FONT_SMALL,
                      app_tr(app, "Up and Down (or a gamepad's d-pad) move the focus; Enter, Space or A chooses; 1 to 9 choose "
                                  "directly; the mouse points and clicks. Any key shows the rest of a line at once. Esc (or B) "
                                  "opens the menu, with Skip this scenario; End leaves a scenario at once. F11 is fullscreen. "
                                  "F5 reloads a scenario being written. F1 lists every key."),
                      column.x, y, half, theme->text);
    y = app_draw_text(app, FONT_BOLD, app_tr(app, "The five threads"), column.x, y + gfx_px(gfx, 16), half, theme->speaker);
    for (int t = 0; t < THREAD_COUNT; t++) {
        char line[256];
        snprintf(line, sizeof line, "%s: %s", app_tr(app, vocab_thread_name((Thread)t)), app_tr(app, vocab_thread_question((Thread)t)));
        y = app_draw_text(app, FONT_SMALL, line, column.x, y, half, theme->text);
    }
    app_draw_text(app, FONT_SMALL, app_tr(app, "Heartlines is a practice tool for relationship skills, not therapy."), column.x,
                  y + gfx_px(gfx, 16), half, theme->dim);
    int x = column.x + half + gfx_px(gfx, 30);
    y = app_draw_text(app, FONT_BOLD, app_tr(app, "Where to find support"), x, top, half, theme->speaker);
    char *support = read_support(app);
    app_draw_text(app, FONT_SMALL, support ? support : app_tr(app, "Talk to someone you trust, or your doctor."), x, y, half, theme->text);
    free(support);
    menu_layout(&app->menu, gfx, column.x, gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, half), half);
    menu_draw(&app->menu, gfx);
}

const Screen screen_help = {help_enter, help_action, help_draw, NULL};

/* A scenario that failed to load or failed while playing: file:line, message, traceback. */

static void error_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "Reload (R)"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Back to the list (Esc)"), NULL, true);
}

static void error_action(App *app, const Action *action)
{
    MenuResult result = menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    bool reload = action->kind == ACTION_RELOAD || (result == MENU_CHOSEN && app->menu.focus == 0);
    if (reload) app_reload(app);
    else if (action->kind == ACTION_BACK || result == MENU_CHOSEN) {
        app_close_scenario(app);
        app_goto(app, SCREEN_LIST);
    }
}

static void error_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    gfx_fill(gfx, (SDL_Rect){0, 0, gfx->width, gfx->height}, theme->high_contrast ? theme->panel : (SDL_Color){40, 22, 26, 255});
    SDL_Rect column = app_column(app);
    int y = app_draw_text(app, FONT_TITLE, app_tr(app, "This scenario has a problem"), column.x, column.y, column.w, theme->accent);
    y = app_draw_text(app, FONT_SMALL, app_tr(app, "Fix the file and press R to load it again; the game keeps running."), column.x,
                      y + gfx_px(gfx, 6), column.w, theme->dim);
    const DiagList *diags = &app->play.diags;
    for (int i = 0; i < diags->count && i < 8; i++) {
        StrBuf line = {0};
        diag_format(&diags->items[i], &line);
        y = app_draw_text(app, FONT_BODY, strbuf_text(&line), column.x, y + gfx_px(gfx, 14), column.w, theme->text);
        strbuf_free(&line);
        if (diags->items[i].detail)
            y = app_draw_text(app, FONT_SMALL, diags->items[i].detail, column.x + gfx_px(gfx, 20), y + gfx_px(gfx, 4),
                              column.w - gfx_px(gfx, 20), theme->dim);
    }
    int menu_w = column.w / 2;
    menu_layout(&app->menu, gfx, column.x, gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, menu_w), menu_w);
    menu_draw(&app->menu, gfx);
}

const Screen screen_error = {error_enter, error_action, error_draw, NULL};
