/* menu.h: a column of buttons that keys, mouse and gamepad all drive, with focus always visible. */
#ifndef HEARTLINES_MENU_H
#define HEARTLINES_MENU_H

#include <stdbool.h>

#include "gfx.h"
#include "input.h"

enum { MENU_MAX_ITEMS = 32 };

typedef struct MenuItem {
    char label[1024];
    char value[128];             /* shown at the right, for settings; "" for none */
    char detail[1024];           /* a second, smaller paragraph under the label; "" for none */
    bool enabled;                /* a disabled item is shown greyed and cannot be chosen */
} MenuItem;

typedef struct Menu {
    MenuItem items[MENU_MAX_ITEMS];
    int count, focus;
    bool numbered;               /* "1.", "2." before each label; keys 1-9 choose */
    bool quiet;                  /* only the focused item is drawn as a button (the title screen) */
    SDL_Rect rects[MENU_MAX_ITEMS];
} Menu;

typedef enum MenuResult { MENU_NOTHING, MENU_MOVED, MENU_CHOSEN, MENU_LEFT, MENU_RIGHT } MenuResult;

void menu_reset(Menu *menu, bool numbered);
void menu_add(Menu *menu, const char *label, const char *value, bool enabled);
/* Puts the focus on the first item that can be chosen. */
void menu_focus_first(Menu *menu);
/* Sets the detail paragraph of the item added last. */
void menu_detail(Menu *menu, const char *detail);
/* Stacks the buttons from y down in the column [x, x + width); returns the y below the last. */
int menu_layout(Menu *menu, Gfx *gfx, int x, int y, int width);
/* The height menu_layout would take. */
int menu_height(Menu *menu, Gfx *gfx, int width);
/* Lays the buttons side by side in [x, x + width), as tall as the tallest; returns the y below. */
int menu_layout_row(Menu *menu, Gfx *gfx, int x, int y, int width);
/* Shifts a laid-out column so the focused button lies between top and bottom. */
void menu_scroll_to_focus(Menu *menu, int top, int bottom);
/* Moves focus or chooses (menu->focus is then the item). */
MenuResult menu_handle(Menu *menu, const Action *action);
void menu_draw(const Menu *menu, Gfx *gfx);

#endif
