/* audience_hold.c: the projector's card while a menu is open on the facilitator's window. */
#include "audience_hold.h"

void audience_hold_draw(Gfx *gfx, const Runtime *runtime, const char *title, const char *words)
{
    draw_backdrop(gfx, runtime);
    SDL_Rect column = draw_column(gfx);
    int y = column.y + column.h / 3;
    if (title) y = draw_text(gfx, FONT_TITLE, title, column.x, y, column.w, gfx->theme.text);
    draw_text(gfx, FONT_BODY, words, column.x, y + gfx_px(gfx, 16), column.w, gfx->theme.dim);
}
