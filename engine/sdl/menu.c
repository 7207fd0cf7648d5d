/* menu.c: layout, input and drawing of a button column. */
#include "menu.h"

#include <stdio.h>
#include <string.h>

#include "stage_text.h"

void menu_reset(Menu *menu, bool numbered)
{
    menu->count = 0;
    menu->numbered = numbered;
    menu->quiet = false;
    if (menu->focus < 0) menu->focus = 0;
}

void menu_add(Menu *menu, const char *label, const char *value, bool enabled)
{
    if (menu->count == MENU_MAX_ITEMS) return;
    MenuItem *item = &menu->items[menu->count++];
    snprintf(item->label, sizeof item->label, "%s", label);
    snprintf(item->value, sizeof item->value, "%s", value ? value : "");
    item->enabled = enabled;
    item->detail[0] = '\0';
    if (menu->focus >= menu->count) menu->focus = menu->count - 1;
}

void menu_focus_first(Menu *menu)
{
    menu->focus = 0;
    while (menu->focus < menu->count - 1 && !menu->items[menu->focus].enabled) menu->focus++;
}

void menu_detail(Menu *menu, const char *detail)
{
    if (menu->count)
        snprintf(menu->items[menu->count - 1].detail, sizeof menu->items[0].detail, "%s", detail);
}

static int padding(Gfx *gfx) { return gfx_px(gfx, 10); }
static int gap(Gfx *gfx) { return gfx_px(gfx, 8); }

static SDL_Color item_color(const Gfx *gfx, const MenuItem *item)
{
    return item->enabled ? gfx->theme.text : gfx->theme.locked;
}

/* A numbered menu's labels hang after their numbers ("1."), so a label of several lines (an
   action, then words) lines up under itself. */
static int number_indent(const Menu *menu, Gfx *gfx)
{
    if (!menu->numbered) return 0;
    const Paragraph *p = gfx_paragraph(gfx, FONT_BODY, "8.", 100000, gfx->theme.text);
    return (p ? p->width : 0) + gfx_px(gfx, 12);
}

/* Lays out (and when draw is set, draws) item i's number and label in r; returns their height. */
static int place_label(const Menu *menu, Gfx *gfx, int i, SDL_Rect r, bool draw)
{
    const MenuItem *item = &menu->items[i];
    int indent = number_indent(menu, gfx);
    if (draw && menu->numbered && i < 9) {
        char number[16];
        snprintf(number, sizeof number, "%d.", i + 1);
        gfx_draw_paragraph(gfx,
                           gfx_paragraph(gfx, FONT_BODY, number, 100000, item_color(gfx, item)),
                           r.x, r.y, -1);
    }
    SDL_Rect at = {r.x + indent, r.y, r.w - indent, 0};
    int height = stage_text(gfx, FONT_BODY, item->label, at, item_color(gfx, item), -1, draw);
    return height ? height : gfx->font_px[FONT_BODY];
}

static int value_width(Gfx *gfx, const MenuItem *item)
{
    const Paragraph *value = gfx_paragraph(gfx, FONT_BOLD, item->value, 100000, gfx->theme.text);
    return value ? value->width + padding(gfx) * 2 : 0;
}

static int item_height(const Menu *menu, Gfx *gfx, int i, int width)
{
    int wrap = width - 2 * padding(gfx) - value_width(gfx, &menu->items[i]);
    int label = place_label(menu, gfx, i, (SDL_Rect){0, 0, wrap, 0}, false);
    const Paragraph *detail =
        gfx_paragraph(gfx, FONT_SMALL, menu->items[i].detail, wrap, gfx->theme.dim);
    return label + (detail ? detail->height : 0) + 2 * padding(gfx);
}

int menu_height(Menu *menu, Gfx *gfx, int width)
{
    int height = 0;
    for (int i = 0; i < menu->count; i++) height += item_height(menu, gfx, i, width) + gap(gfx);
    return height;
}

int menu_layout(Menu *menu, Gfx *gfx, int x, int y, int width)
{
    for (int i = 0; i < menu->count; i++) {
        int h = item_height(menu, gfx, i, width);
        menu->rects[i] = (SDL_Rect){x, y, width, h};
        y += h + gap(gfx);
    }
    return y;
}

int menu_layout_row(Menu *menu, Gfx *gfx, int x, int y, int width)
{
    if (menu->count == 0) return y;
    int each = (width - gap(gfx) * (menu->count - 1)) / menu->count, tallest = 0;
    for (int i = 0; i < menu->count; i++) {
        int h = item_height(menu, gfx, i, each);
        if (h > tallest) tallest = h;
    }
    for (int i = 0; i < menu->count; i++)
        menu->rects[i] = (SDL_Rect){x + i * (each + gap(gfx)), y, each, tallest};
    return y + tallest + gap(gfx);
}

void menu_scroll_to_focus(Menu *menu, int top, int bottom)
{
    if (menu->count == 0) return;
    SDL_Rect focused = menu->rects[menu->focus];
    int shift = focused.y + focused.h > bottom ? bottom - (focused.y + focused.h) : 0;
    if (focused.y + shift < top) shift = top - focused.y;
    for (int i = 0; i < menu->count; i++) menu->rects[i].y += shift;
}

/* Moves to the next enabled item (disabled ones are shown but skipped). */
static void move_focus(Menu *menu, int step)
{
    for (int tries = 0; tries < menu->count; tries++) {
        menu->focus = (menu->focus + step + menu->count) % menu->count;
        if (menu->items[menu->focus].enabled) return;
    }
}

MenuResult menu_handle(Menu *menu, const Action *action)
{
    if (menu->count == 0) return MENU_NOTHING;
    switch (action->kind) {
    case ACTION_UP: move_focus(menu, -1); return MENU_MOVED;
    case ACTION_DOWN: move_focus(menu, 1); return MENU_MOVED;
    case ACTION_LEFT: return MENU_LEFT;
    case ACTION_RIGHT: return MENU_RIGHT;
    case ACTION_ACCEPT: return menu->items[menu->focus].enabled ? MENU_CHOSEN : MENU_NOTHING;
    case ACTION_NUMBER:
        if (!menu->numbered || action->value < 1 || action->value > menu->count)
            return MENU_NOTHING;
        menu->focus = action->value - 1;
        return menu->items[menu->focus].enabled ? MENU_CHOSEN : MENU_MOVED;
    case ACTION_POINT:
    case ACTION_CLICK:
        for (int i = 0; i < menu->count; i++) {
            if (!input_is_inside(menu->rects[i], action->x, action->y) || !menu->items[i].enabled)
                continue;
            bool moved = menu->focus != i;
            menu->focus = i;
            if (action->kind == ACTION_CLICK && menu->items[i].enabled) return MENU_CHOSEN;
            return moved ? MENU_MOVED : MENU_NOTHING;
        }
        return MENU_NOTHING;
    default: return MENU_NOTHING;
    }
}

void menu_draw(const Menu *menu, Gfx *gfx)
{
    const Theme *theme = &gfx->theme;
    int pad = padding(gfx);
    for (int i = 0; i < menu->count; i++) {
        const MenuItem *item = &menu->items[i];
        SDL_Rect r = menu->rects[i];
        bool focused = i == menu->focus;
        SDL_Color panel = theme->panel;
        panel.a = theme->high_contrast ? 255 : 215;
        if (focused || !menu->quiet) {
            gfx_fill(gfx, r, panel);
            gfx_outline(gfx, r, focused ? theme->focus : theme->panel_edge,
                        focused ? gfx_px(gfx, 3) : 1);
        }
        int value_w = value_width(gfx, item);
        SDL_Rect inside = {r.x + pad, r.y + pad, r.w - 2 * pad - value_w, 0};
        int label_h = place_label(menu, gfx, i, inside, true);
        gfx_draw_paragraph(
            gfx, gfx_paragraph(gfx, FONT_SMALL, item->detail, r.w - 2 * pad - value_w, theme->dim),
            r.x + pad, r.y + pad + label_h, -1);
        const Paragraph *value = gfx_paragraph(gfx, FONT_BOLD, item->value, 100000, theme->accent);
        if (value) gfx_draw_paragraph(gfx, value, r.x + r.w - pad - value->width, r.y + pad, -1);
    }
}
