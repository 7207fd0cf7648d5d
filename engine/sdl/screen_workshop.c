/* screen_workshop.c: the facilitator's screens: the room's vote (counts typed in, a bar chart,
   the majority followed, a tie the facilitator's call) and a discussion pause with a countdown. */
#include <stdio.h>
#include <string.h>

#include "workshop_phones.h"
#include "workshop_run.h"

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
    app->screen = SCREEN_SCENE;
    app->dirty = true;
    screen_scene.enter(app);
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
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
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
        app_draw_text(app, FONT_BOLD, line, column.x, lines_bottom + gap / 2, column.w, theme->accent);
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
        app_draw_text(app, FONT_BOLD, number, column.x + column.w - gfx_px(gfx, 70), y, gfx_px(gfx, 70), theme->text);
        if (i == ws->selected)
            gfx_outline(gfx, (SDL_Rect){column.x - gfx_px(gfx, 8), y - gfx_px(gfx, 4), column.w + gfx_px(gfx, 16), height + gfx_px(gfx, 8)},
                        theme->focus, gfx_px(gfx, 3));
        y += height + gap;
    }
    gfx_draw_paragraph(gfx, hint, column.x, hint_top, -1);
}

const Screen screen_vote = {vote_enter, vote_action, vote_draw, NULL};

static void discuss_enter(App *app)
{
    menu_reset(&app->menu, false);
    app->workshop->discussion_began = app->now;
}

static void discuss_action(App *app, const Action *action)
{
    WorkshopRun *ws = app->workshop;
    switch (action->kind) {
    case ACTION_BACK: app_goto(app, SCREEN_PAUSE); return;
    case ACTION_RIGHT:
        if (ws->countdown.running && countdown_remaining(&ws->countdown, app->now))
            countdown_pause(&ws->countdown, app->now);
        else if (ws->countdown.done || !countdown_remaining(&ws->countdown, app->now))
            countdown_restart(&ws->countdown, app->now);
        else countdown_start(&ws->countdown, app->now);
        workshop_phones_discussion(app);
        break;
    case ACTION_UP:
    case ACTION_DOWN:   /* a minute more, or less */
        countdown_adjust(&ws->countdown, action->kind == ACTION_UP ? 60000 : -60000, app->now);
        workshop_phones_discussion(app);
        break;
    case ACTION_LEFT:
        countdown_skip(&ws->countdown, app->now);
        workshop_phones_discussion(app);
        break;
    case ACTION_ACCEPT: {
        const Node *node = &app->play.loaded.scenario->nodes[runtime_view(app->play.runtime)->node];
        session_log_pause(&ws->session, node->id, node->discuss, (app->now - ws->discussion_began) / 1000);
        app->screen = SCREEN_SCENE;
        screen_scene.enter(app);
        break;
    }
    default: return;
    }
    app->dirty = true;
}

static void discuss_tick(App *app) { app->dirty = true; }

static void discuss_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    WorkshopRun *ws = app->workshop;
    const Node *node = &app->play.loaded.scenario->nodes[runtime_view(app->play.runtime)->node];
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
    int y = app_draw_text(app, FONT_BOLD, app_tr(app, "For the room"), column.x, column.y, column.w, gfx->theme.speaker);
    y = app_draw_text(app, FONT_TITLE, node->discuss, column.x, y + gfx_px(gfx, 10), column.w, gfx->theme.text);
    if (ws->countdown.length) {
        uint32_t left = (countdown_remaining(&ws->countdown, app->now) + 999) / 1000;
        char clock[32];
        snprintf(clock, sizeof clock, "%u:%02u", (unsigned)(left / 60), (unsigned)(left % 60));
        bool over = left == 0 && (ws->countdown.running || ws->countdown.used);
        if (over) snprintf(clock, sizeof clock, "%s", app_tr(app, "0:00. Time to go on."));
        int top = y + gfx_px(gfx, 30);
        if (over)   /* a cue the room sees from the back: the clock on a block of the accent colour */
            gfx_fill(gfx, (SDL_Rect){column.x - gfx_px(gfx, 8), top - gfx_px(gfx, 4), column.w + gfx_px(gfx, 16),
                                     gfx->font_px[FONT_TITLE] + gfx_px(gfx, 16)}, gfx->theme.accent);
        y = app_draw_text(app, FONT_TITLE, clock, column.x, top, column.w, over ? (SDL_Color){0, 0, 0, 255}
                                                                                : gfx->theme.accent);
        const char *keys = over || ws->countdown.done ? "Right starts the countdown again. Up and Down: a minute more or less."
                         : ws->countdown.running ? "Right pauses the countdown; Left stops it. Up and Down: a minute more or less."
                         : "Right starts the countdown; Left stops it. Up and Down: a minute more or less.";
        app_draw_text(app, FONT_SMALL, app_tr(app, keys), column.x, y + gfx_px(gfx, 10), column.w, gfx->theme.dim);
    }
    app_draw_text(app, FONT_SMALL, app_tr(app, "Enter: go on with the story. Esc: menu. F1: every key."), column.x,
                  gfx->height - gfx_px(gfx, 60), column.w, gfx->theme.dim);
}

const Screen screen_discuss = {discuss_enter, discuss_action, discuss_draw, discuss_tick};

/* Back to an earlier decision, to take another branch. */

static void rewind_enter(App *app)
{
    const Record *record = runtime_record(app->play.runtime);
    menu_reset(&app->menu, false);
    for (int i = 0; i < record->count && i < MENU_MAX_ITEMS - 1; i++) {
        char label[1100];
        snprintf(label, sizeof label, app_tr(app, "Decision %d: %s"), i + 1, record->steps[i].said);
        menu_add(&app->menu, label, NULL, true);
    }
    menu_add(&app->menu, app_tr(app, "Back to the story"), NULL, true);
}

static void rewind_action(App *app, const Action *action)
{
    MenuResult result = action->kind == ACTION_BACK ? MENU_CHOSEN : menu_handle(&app->menu, action);
    if (action->kind == ACTION_BACK) app->menu.focus = app->menu.count - 1;
    if (result == MENU_MOVED) app->dirty = true;
    if (result != MENU_CHOSEN) return;
    if (app->menu.focus < app->menu.count - 1) workshop_run_rewind(app, app->menu.focus);
    else {
        app->screen = SCREEN_SCENE;
        screen_scene.enter(app);
    }
    app->dirty = true;
}

static void rewind_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    app_draw_backdrop(app);
    SDL_Rect column = app_column(app);
    int y = app_draw_text(app, FONT_TITLE, app_tr(app, "Rewind to a decision"), column.x, column.y, column.w, gfx->theme.accent);
    y = app_draw_text(app, FONT_SMALL, app_tr(app, "The room takes another branch from there; at the end both branches are "
                                                  "shown side by side."),
                      column.x, y + gfx_px(gfx, 6), column.w, gfx->theme.dim);
    menu_layout(&app->menu, gfx, column.x, y + gfx_px(gfx, 16), column.w);
    menu_scroll_to_focus(&app->menu, y, gfx->height - gfx_px(gfx, 20));
    menu_draw(&app->menu, gfx);
}

const Screen screen_rewind = {rewind_enter, rewind_action, rewind_draw, NULL};
