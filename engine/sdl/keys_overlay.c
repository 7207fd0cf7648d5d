/* keys_overlay.c: F1 shows every key over whatever is on screen; F1, Enter or Esc closes it.
   In a workshop it lists the facilitator's keys, so the room never waits while someone guesses. */
#include "keys_overlay.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

typedef struct KeyHelp {
    const char *keys, *does;
} KeyHelp;

static const KeyHelp player_keys[] = {
    {"Up, Down", "move the focus (or a gamepad's d-pad; the mouse points)"},
    {"Enter", "choose (or A, or a click)"},
    {"Space", "show the rest of a line at once (it never chooses)"},
    {"1-9", "choose an option directly"},
    {"1-4 and 7-0",
     "two players choosing at once: player 1 and player 2 (or A, B, X, Y on each one's gamepad)"},
    {"Esc", "the menu: settings, help and support, skip"},
    {"End", "leave this scenario at once (on a debrief: go to its end)"},
    {"F11", "fullscreen"},
    {"V", "speech on or off: lines, options and menus read aloud"},
    {"Ctrl", "stop speaking"},
    {"F5", "reload a scenario being written"},
    {"F1", "these keys"},
};

static const KeyHelp facilitator_keys[] = {
    {"Up, Down", "select an option"},
    {"0-9", "type the room's votes for the selected option"},
    {"Backspace", "take the last digit off the selected option's votes"},
    {"+, -", "one vote more or less (Right and Left do the same)"},
    {"Enter",
     "follow the majority (a tie or no votes asks first); with phones, first close the vote"},
    {"R", "rewind to an earlier decision"},
    {"Right, Left", "in a discussion: start, pause or restart the countdown; stop it"},
    {"Up, Down", "in a discussion: a minute more or less on the countdown"},
    {"End", "leave this scenario at once, on to the next (on a debrief: go to its end)"},
    {"Esc", "the menu: skip, help and support, end the session, start again for the next group"},
    {"F11", "fullscreen"},
    {"F1", "these keys"},
};

int keys_overlay_list(Gfx *gfx, const Catalog *ui, SDL_Rect column, int y, bool facilitator)
{
    const Theme *theme = &gfx->theme;
    const KeyHelp *keys = facilitator ? facilitator_keys : player_keys;
    int count = facilitator ? COUNT(facilitator_keys) : COUNT(player_keys);
    int key_w = column.w / 4, gap = gfx_px(gfx, 16);
    for (int i = 0; i < count; i++) {
        int key_bottom =
            draw_text(gfx, FONT_SMALL, keys[i].keys, column.x, y, key_w - gap, theme->speaker);
        int does_bottom = draw_text(gfx, FONT_SMALL, catalog_tr(ui, keys[i].does), column.x + key_w,
                                    y, column.w - key_w, theme->text);
        y = (key_bottom > does_bottom ? key_bottom : does_bottom) + gfx_px(gfx, 4);
    }
    return y;
}

void keys_overlay_draw(Gfx *gfx, const Catalog *ui, const Runtime *runtime, bool facilitator)
{
    const Theme *theme = &gfx->theme;
    draw_backdrop(
        gfx, runtime); /* opaque: the keys must read at projector scale, with nothing behind them */
    SDL_Rect column = draw_column(gfx);
    int gap = gfx_px(gfx, 16);
    const char *title = facilitator ? "Facilitator keys" : "Keys";
    int y = draw_text(gfx, FONT_TITLE, catalog_tr(ui, title), column.x, column.y, column.w,
                      theme->accent) +
            gap;
    y = keys_overlay_list(gfx, ui, column, y, facilitator);
    draw_text(gfx, FONT_SMALL, catalog_tr(ui, "F1, Enter or Esc closes this."), column.x, y + gap,
              column.w, theme->dim);
}
