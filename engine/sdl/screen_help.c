/* screen_help.c: help and support. The support text is the facilitator's to change: support.txt
   in the player's folder, else scripts/support.txt. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/safe_read.h"
#include "app.h"

enum { SUPPORT_TEXT_MAX = 64 * 1024 };

/* A support.txt that is refused (a FIFO, a device, too large) is named, and the game's is shown. */
static char *read_support(const App *app)
{
    char path[PATH_SIZE], why[PATH_SIZE + 200] = "", *text = NULL;
    size_t length;
    ReadStatus status = READ_MISSING;
    /* prefs_load accepts only a folder whose own files' paths fit, and support.txt is shorter */
    if (app->prefs.dir[0] && path_join(path, sizeof path, app->prefs.dir, "support.txt"))
        status = safe_read_file(path, SUPPORT_TEXT_MAX, &text, &length, why, sizeof why);
    if (status == READ_OK) return text;
    StrBuf shown = {0};
    if (status != READ_MISSING) strbuf_printf(&shown, "%s\n\n", why);
    if (path_join(path, sizeof path, app->cli->data_dir, "scripts/support.txt") &&
        safe_read_file(path, SUPPORT_TEXT_MAX, &text, &length, why, sizeof why) == READ_OK)
        strbuf_puts(&shown, text);
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
    if (action->kind == ACTION_BACK || menu_handle(&app->menu, action) == MENU_CHOSEN)
        app_leave_menu(app);
}

static void help_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int half = (column.w - gfx_px(gfx, 30)) / 2;
    int y = draw_text(&app->gfx, FONT_TITLE, app_tr(app, "Help and support"), column.x, column.y,
                      column.w, theme->accent);
    int top = y + gfx_px(gfx, 16);
    y = draw_text(&app->gfx, FONT_BOLD, app_tr(app, "Keys"), column.x, top, half, theme->speaker);
    y = draw_text(
        &app->gfx, FONT_SMALL,
        app_tr(
            app,
            "Up and Down (or a gamepad's d-pad) move the focus; Enter or A chooses; 1 to 9 choose "
            "directly; the mouse points and clicks. Space (or any key) shows the rest of a line at "
            "once, "
            "and never chooses. Esc (or B) "
            "opens the menu, with Skip this scenario; End leaves a scenario at once. F11 is "
            "fullscreen. "
            "V reads lines, options and menus aloud (Ctrl stops it). "
            "F5 reloads a scenario being written. F1 lists every key."),
        column.x, y, half, theme->text);
    y = draw_text(&app->gfx, FONT_BOLD, app_tr(app, "The five threads"), column.x,
                  y + gfx_px(gfx, 16), half, theme->speaker);
    for (int t = 0; t < THREAD_COUNT; t++) {
        char line[256];
        snprintf(line, sizeof line, "%s: %s", app_tr(app, vocab_thread_name((Thread)t)),
                 app_tr(app, vocab_thread_question((Thread)t)));
        y = draw_text(&app->gfx, FONT_SMALL, line, column.x, y, half, theme->text);
    }
    draw_text(&app->gfx, FONT_SMALL,
              app_tr(app, "Heartlines is a practice tool for relationship skills, not therapy."),
              column.x, y + gfx_px(gfx, 16), half, theme->dim);
    int x = column.x + half + gfx_px(gfx, 30);
    y = draw_text(&app->gfx, FONT_BOLD, app_tr(app, "Where to find support"), x, top, half,
                  theme->speaker);
    char *support = read_support(app);
    draw_text(&app->gfx, FONT_SMALL,
              support ? support : app_tr(app, "Talk to someone you trust, or your doctor."), x, y,
              half, theme->text);
    free(support);
    menu_layout(&app->menu, gfx, column.x,
                gfx->height - gfx_px(gfx, 40) - menu_height(&app->menu, gfx, half), half);
    menu_draw(&app->menu, gfx);
}

const Screen screen_help = {help_enter, help_action, help_draw, NULL, NULL};
