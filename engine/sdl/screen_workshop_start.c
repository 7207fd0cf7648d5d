/* screen_workshop_start.c: a workshop chosen on the title starts here: the phones switch, then the
   session (the command line's --phones does the same without this screen). */
#include "app.h"
#include "workshop_phones.h"

enum { START_SESSION, START_PHONES, START_BACK };

static void start_enter(App *app)
{
    menu_reset(&app->menu, false);
    menu_add(&app->menu, app_tr(app, "Start the session"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Votes from phones"), app->phones_chosen ? "on" : "off", true);
    menu_add(&app->menu, app_tr(app, "Back"), NULL, true);
}

static void begin_session(App *app)
{
    app_start_workshop(app, NULL, 0, NULL);
    WorkshopPhonesConfig phones = {.enabled = app->phones_chosen};   /* on the LAN address */
    if (app->workshop) workshop_phones_start(app->workshop, &phones, app->cli, &app->votes_event);
}

static void start_action(App *app, const Action *action)
{
    if (action->kind == ACTION_BACK) {
        app_goto(app, SCREEN_TITLE);
        return;
    }
    MenuResult result = menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    bool switched = app->menu.focus == START_PHONES &&
                    (result == MENU_CHOSEN || result == MENU_LEFT || result == MENU_RIGHT);
    if (switched) {
        app->phones_chosen = !app->phones_chosen;
        start_enter(app);
        app->menu.focus = START_PHONES;
        app->dirty = true;
    } else if (result == MENU_CHOSEN && app->menu.focus == START_SESSION) begin_session(app);
    else if (result == MENU_CHOSEN && app->menu.focus == START_BACK) app_goto(app, SCREEN_TITLE);
}

static void start_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int y = draw_text(&app->gfx, FONT_TITLE, app_tr(app, "Workshop"), column.x, column.y, column.w,
                      gfx->theme.accent);
    y = draw_text(&app->gfx, FONT_SMALL,
                  app_tr(app, "Every bundled scenario in turn, at projector scale. With votes "
                              "from phones the room votes anonymously on its phones (same "
                              "Wi-Fi, nothing leaves it); without, you count hands and type them."),
                  column.x, y + gfx_px(gfx, 6), column.w, gfx->theme.dim);
    menu_layout(&app->menu, gfx, column.x, y + gfx_px(gfx, 20), column.w);
    menu_draw(&app->menu, gfx);
}

const Screen screen_workshop_start = {start_enter, start_action, start_draw, NULL, NULL};
