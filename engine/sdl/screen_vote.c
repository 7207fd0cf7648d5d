/* screen_vote.c: the room's vote: phones' votes and counts typed in, a bar chart, the majority
   followed, a tie the facilitator's call. */
#include <stdio.h>

#include "app.h"
#include "workshop_phones.h"

static int option_count(const View *view) { return view->choice_count < TALLY_MAX ? view->choice_count : TALLY_MAX; }

static void vote_enter(App *app) { menu_reset(&app->menu, false); }

/* The room's counts: the phones' votes plus the hands the facilitator typed in. */
static int room_counts(App *app, int *counts, int n)
{
    int in = workshop_phones_tally(app, counts, n);
    for (int i = 0; i < n; i++) counts[i] += app->workshop->counts[i];
    return in;
}

/* Follows the majority, or on a tie (or no votes) the option the facilitator has selected. */
static void decide(App *app)
{
    WorkshopRun *ws = app->workshop;
    const View *view = runtime_view(app->play.runtime);
    int n = option_count(view), counts[TALLY_MAX];
    room_counts(app, counts, n);
    bool tie;
    int winner = tally_winner(counts, n, &tie), followed = winner >= 0 ? winner : ws->selected;
    if (view->choices[followed].locked) return;
    const char *texts[TALLY_MAX];
    for (int i = 0; i < n; i++) texts[i] = view->choices[i].text;
    const Node *node = &app->play.loaded.scenario->nodes[view->node];
    session_log_vote(&ws->session, node->id, texts, counts, n, followed, winner < 0);
    int authored[TALLY_MAX];
    for (int i = 0; i < n; i++) authored[i] = view->choices[i].choice;
    session_mark_skilful(&ws->session, session_skilful_options(node, authored, n));
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
    case ACTION_ACCEPT:
        if (!ws->revealed) {   /* with phones: close the vote and show the bars first */
            workshop_phones_close_vote(app);
            break;
        }
        decide(app);
        return;
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
    int n = option_count(view), most = 1, gap = gfx_px(gfx, 12), counts[TALLY_MAX];
    int phones_in = room_counts(app, counts, n);
    for (int i = 0; i < n; i++) most = counts[i] > most ? counts[i] : most;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    if (workshop_phones_on(app)) {   /* the QR code, address and room code in a panel on the right */
        int panel = gfx->width / 5, margin = gfx_px(gfx, 16), right = gfx->width - panel - 2 * margin;
        if (column.x + column.w > right) column.w = right - column.x;
        workshop_phones_draw_join(app, gfx->width - panel - margin, margin, panel);
    }
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
    const char *keys = !ws->revealed ? "Phones are voting. Up and Down: an option; 0-9, - and +: hands of people "
                                       "without a phone. Enter: close the vote and show the bars. Esc: menu."
                     : workshop_phones_on(app) ? "Enter: follow the majority (on a tie, the selected option). Up and "
                                                 "Down, 0-9, - and +: correct the hands. R: rewind. Esc: menu. F1: every key."
                     : "Up and Down: an option. 0-9: type its votes; - and + (or Left and Right): one less or more. "
                       "Enter: follow the majority (on a tie, the selected option). R: rewind to an earlier decision. "
                       "Esc: menu. F1: every key.";
    const Paragraph *hint = gfx_paragraph(gfx, FONT_SMALL, app_tr(app, keys), column.w, theme->dim);
    int hint_top = gfx->height - gfx_px(gfx, 20) - (hint ? hint->height : 0), y = hint_top - gap - total;
    int lines_bottom = y - gap;
    if (workshop_phones_on(app)) {   /* how many have voted, never what, until the reveal */
        char line[96];
        snprintf(line, sizeof line, app_tr(app, "Votes in: %d"), phones_in);
        lines_bottom -= gfx->font_px[FONT_BOLD] + gap;
        draw_text(&app->gfx, FONT_BOLD, line, column.x, lines_bottom + gap / 2, column.w, theme->accent);
    }
    scene_draw_lines(app, column, column.y, lines_bottom);
    for (int i = 0; i < n; i++) {
        int height = labels[i] ? labels[i]->height : gfx->font_px[FONT_BODY];
        gfx_draw_paragraph(gfx, labels[i], column.x, y, -1);
        int bar_h = gfx->font_px[FONT_BODY];
        char number[16] = "";
        if (ws->revealed) {
            gfx_fill(gfx, (SDL_Rect){bar_x, y + gfx_px(gfx, 4), bar_max * counts[i] / most, bar_h}, theme->accent);
            snprintf(number, sizeof number, "%d", counts[i]);
        } else if (ws->counts[i]) {
            snprintf(number, sizeof number, "+%d", ws->counts[i]);   /* hands added so far */
        }
        draw_text(&app->gfx, FONT_BOLD, number, column.x + column.w - gfx_px(gfx, 70), y, gfx_px(gfx, 70), theme->text);
        if (i == ws->selected)
            gfx_outline(gfx, (SDL_Rect){column.x - gfx_px(gfx, 8), y - gfx_px(gfx, 4), column.w + gfx_px(gfx, 16), height + gfx_px(gfx, 8)},
                        theme->focus, gfx_px(gfx, 3));
        y += height + gap;
    }
    gfx_draw_paragraph(gfx, hint, column.x, hint_top, -1);
}

const Screen screen_vote = {vote_enter, vote_action, vote_draw, NULL, NULL};
