/* screen_vote.c: the room's vote: counts typed in, a bar chart, the majority followed, a tie the
   facilitator's call. */
#include <stdio.h>

#include "app.h"

static int option_count(const View *view) { return view->choice_count < TALLY_MAX ? view->choice_count : TALLY_MAX; }

static void vote_enter(App *app) { menu_reset(&app->menu, false); }

/* Follows the majority, or on a tie (or no votes) the option the facilitator has selected. */
static void decide(App *app)
{
    WorkshopRun *ws = app->workshop;
    const View *view = runtime_view(app->play.runtime);
    int n = option_count(view);
    bool tie;
    int winner = tally_winner(ws->counts, n, &tie), followed = winner >= 0 ? winner : ws->selected;
    if (view->choices[followed].locked) return;
    const char *texts[TALLY_MAX];
    for (int i = 0; i < n; i++) texts[i] = view->choices[i].text;
    session_log_vote(&ws->session, app->play.loaded.scenario->nodes[view->node].id, texts, ws->counts, n, followed,
                     winner < 0);
    runtime_choose(app->play.runtime, followed);
    app_goto(app, SCREEN_SCENE);
}

static void vote_action(App *app, const Action *action)
{
    WorkshopRun *ws = app->workshop;
    int n = option_count(runtime_view(app->play.runtime)), *count = &ws->counts[ws->selected];
    switch (action->kind) {
    case ACTION_BACK: app_goto(app, SCREEN_PAUSE); return;
    case ACTION_UP: ws->selected = (ws->selected + n - 1) % n, ws->typing = false; break;
    case ACTION_DOWN: ws->selected = (ws->selected + 1) % n, ws->typing = false; break;
    case ACTION_LEFT: *count -= *count > 0, ws->typing = false; break;
    case ACTION_RIGHT: *count += *count < 9999, ws->typing = false; break;
    case ACTION_NUMBER:
        *count = ws->typing && *count < 1000 ? *count * 10 + action->value : action->value;
        ws->typing = true;
        break;
    case ACTION_ACCEPT: decide(app); return;
    case ACTION_RELOAD:
        if (runtime_record(app->play.runtime)->count) app_goto(app, SCREEN_REWIND);
        return;
    default: return;
    }
    app->dirty = true;
}

static void vote_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    WorkshopRun *ws = app->workshop;
    const View *view = runtime_view(app->play.runtime);
    int n = option_count(view), most = 1, gap = gfx_px(gfx, 12);
    for (int i = 0; i < n; i++) most = ws->counts[i] > most ? ws->counts[i] : most;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int label_w = column.w * 11 / 20, bar_x = column.x + label_w + gfx_px(gfx, 16);
    int bar_max = column.w - label_w - gfx_px(gfx, 90);
    const Paragraph *labels[TALLY_MAX];
    int total = 0;
    for (int i = 0; i < n; i++) {   /* each option keeps all its words: rows are as tall as they need */
        char label[1100];
        snprintf(label, sizeof label, "%c. %s", 'A' + i, view->choices[i].text);
        labels[i] = gfx_paragraph(gfx, FONT_BODY, label, label_w, view->choices[i].locked ? theme->locked : theme->text);
        total += (labels[i] ? labels[i]->height : gfx->font_px[FONT_BODY]) + gap;
    }
    const Paragraph *hint = gfx_paragraph(gfx, FONT_SMALL,
                                          app_tr(app, "Up and Down: an option. 0-9: type its votes; - and + (or Left and "
                                                      "Right): one less or more. Enter: follow the majority (on a tie, the selected "
                                                      "option). R: rewind to an earlier decision. Esc: menu. F1: every key."),
                                          column.w, theme->dim);
    int hint_top = gfx->height - gfx_px(gfx, 20) - (hint ? hint->height : 0), y = hint_top - gap - total;
    scene_draw_lines(app, column, column.y, y - gap);
    for (int i = 0; i < n; i++) {
        int height = labels[i] ? labels[i]->height : gfx->font_px[FONT_BODY];
        gfx_draw_paragraph(gfx, labels[i], column.x, y, -1);
        int bar_h = gfx->font_px[FONT_BODY];
        gfx_fill(gfx, (SDL_Rect){bar_x, y + gfx_px(gfx, 4), bar_max * ws->counts[i] / most, bar_h}, theme->accent);
        char number[16];
        snprintf(number, sizeof number, "%d", ws->counts[i]);
        draw_text(&app->gfx, FONT_BOLD, number, column.x + column.w - gfx_px(gfx, 70), y, gfx_px(gfx, 70), theme->text);
        if (i == ws->selected)
            gfx_outline(gfx, (SDL_Rect){column.x - gfx_px(gfx, 8), y - gfx_px(gfx, 4), column.w + gfx_px(gfx, 16), height + gfx_px(gfx, 8)},
                        theme->focus, gfx_px(gfx, 3));
        y += height + gap;
    }
    gfx_draw_paragraph(gfx, hint, column.x, hint_top, -1);
}

const Screen screen_vote = {vote_enter, vote_action, vote_draw, NULL, NULL};
