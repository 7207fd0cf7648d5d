/* draw.c: the text column, the mood backdrop and wrapped text, for every screen. */
#include "draw.h"

SDL_Rect draw_column(const Gfx *gfx)
{
    int margin = gfx_px(gfx, 40);
    int width = gfx->width - 2 * margin;
    int widest = gfx_px(gfx, 980);
    if (width > widest) width = widest;
    if (width < 100) width = gfx->width > 100 ? gfx->width - 20 : gfx->width;
    return (SDL_Rect){(gfx->width - width) / 2, margin, width, gfx->height - 2 * margin};
}

/* Warmth in [0, 1] from the other person's state: how the relationship feels right now. */
static float warmth(const Runtime *runtime)
{
    if (!runtime) return 0.5f;
    const Scenario *scenario = runtime_scenario(runtime);
    const int *vars = runtime_state(runtime);
    float sum = 0;
    int counted = 0;
    for (int i = 0; i < scenario->var_count; i++) {
        const StateVar *var = &scenario->vars[i];
        if (var->kind != VAR_NUMBER || var->max <= var->min)
            continue;   /* flags and counts say nothing of warmth */
        float level = (float)(vars[i] - var->min) / (float)(var->max - var->min);
        sum += var->lower_is_better ? 1.0f - level : level;
        counted++;
    }
    return counted ? sum / (float)counted : 0.5f;
}

void draw_backdrop(Gfx *gfx, const Runtime *runtime)
{
    SDL_Color top, bottom;
    theme_backdrop(&gfx->theme, warmth(runtime), &top, &bottom);
    gfx_gradient(gfx, top, bottom);
}

int draw_text(Gfx *gfx, FontId font, const char *text, int x, int y, int width, SDL_Color color)
{
    const Paragraph *p = gfx_paragraph(gfx, font, text, width, color);
    gfx_draw_paragraph(gfx, p, x, y, -1);
    return p ? y + p->height : y;
}

bool draw_shrink_to_fit(Gfx *gfx, const Settings *settings, int needed)
{
    return needed > gfx->height && gfx_shrink(gfx, settings, (float)gfx->height / (float)needed);
}
