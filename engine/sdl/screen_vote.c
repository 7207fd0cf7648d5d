/* screen_vote.c: the room's vote: phones' votes and counts typed in, a bar chart, the majority
   followed, a tie the facilitator's call. */
#include <stdio.h>

#include "app.h"
#include "scene_lines.h"
#include "stage_text.h"
#include "workshop_phones.h"

static void vote_enter(App *app) { menu_reset(&app->menu, false); }

/* With phones, the first Enter closes the vote on them and adds their votes to the hands typed in;
   the bars show from then on. */
static void reveal(App *app)
{
    WorkshopRun *ws = app->workshop;
    int n = workshop_flow_show(ws->flow, app->now)->option_count, phones[TALLY_MAX];
    workshop_phones_close_vote(ws, app->play.loaded.scenario, runtime_view(app->play.runtime));
    workshop_phones_tally(ws, phones, n);
    for (int i = 0; i < n; i++)
        if (phones[i])
            workshop_flow_send(ws->flow, (WorkshopEvent){WEV_ADD_VOTES, i, phones[i]}, app->now);
}

/* Follows the majority; a tie (or no votes) asks first, and a second Enter confirms the option
   the facilitator has selected. */
static void decide(App *app)
{
    bool asking = workshop_flow_show(app->workshop->flow, app->now)->stage == WORKSHOP_TIE;
    app_workshop_send(app, asking ? WEV_PICK : WEV_CLOSE_VOTE, app->workshop->selected);
}

static void set_votes(App *app, int count)
{
    workshop_flow_send(app->workshop->flow,
                       (WorkshopEvent){WEV_SET_VOTES, app->workshop->selected, count}, app->now);
}

static void vote_action(App *app, const Action *action)
{
    WorkshopRun *ws = app->workshop;
    const WorkshopShow *show = workshop_flow_show(ws->flow, app->now);
    int n = show->option_count, count = show->counts[ws->selected];
    switch (action->kind) {
    case ACTION_BACK:
        if (action->value != BACK_ERASES) {
            app_goto(app, SCREEN_PAUSE);
            return;
        }
        set_votes(app, count / 10);   /* Backspace takes the count's last digit off */
        ws->typing = true;
        break;
    case ACTION_UP: ws->selected = (ws->selected + n - 1) % n, ws->typing = false; break;
    case ACTION_DOWN: ws->selected = (ws->selected + 1) % n, ws->typing = false; break;
    case ACTION_LEFT: set_votes(app, count - (count > 0)), ws->typing = false; break;
    case ACTION_RIGHT: set_votes(app, count + (count < 9999)), ws->typing = false; break;
    case ACTION_NUMBER:
        set_votes(app, ws->typing && count < 1000 ? count * 10 + action->value : action->value);
        ws->typing = true;
        break;
    case ACTION_ACCEPT:
        if (!ws->revealed) {   /* with phones: close the vote and show the bars first */
            reveal(app);
            break;
        }
        decide(app);
        return;
    case ACTION_RELOAD: app_workshop_send(app, WEV_REWIND, 0); return;
    default: return;
    }
    app->dirty = true;
}

/* Why the vote asks before it is recorded, and what the facilitator can do about it. */
static void tie_question(App *app, const WorkshopShow *show, char *text, size_t size)
{
    char tied[TALLY_MAX * 3] = "", why[200];
    for (int i = 0, n = 0; i < show->option_count; i++)
        if (show->tied & (1u << i)) n += snprintf(tied + n, sizeof tied - (size_t)n, "%s%c",
                                                 n ? ", " : "", 'A' + i);
    if (show->tie == TIE_EVEN) snprintf(why, sizeof why, app_tr(app, "A tie between %s."), tied);
    else
        snprintf(why, sizeof why, "%s",
                 app_tr(app, show->tie == TIE_NO_VOTES
                                 ? "No votes were counted."
                                 : "Most voted for an option that is not open now."));
    snprintf(text, size,
             app_tr(app, "%s Enter: the story follows the selected option, %c. Up and Down: "
                         "another. 0-9, Backspace, - and +: correct the counts."),
             why, 'A' + app->workshop->selected);
}

/* Lays out (and when draw is set, draws) option i in at: its letter, and its words hanging after
   it, an action apart from what is said (stage_text.h). Returns the height. */
static int place_option(Gfx *gfx, const View *view, int i, SDL_Rect at, bool draw)
{
    SDL_Color color = view->choices[i].locked ? gfx->theme.locked : gfx->theme.text;
    char letter[8];
    snprintf(letter, sizeof letter, "%c.", 'A' + i);
    const Paragraph *widest = gfx_paragraph(gfx, FONT_BODY, "W.", 100000, color);
    int indent = (widest ? widest->width : 0) + gfx_px(gfx, 10);
    if (draw)
        gfx_draw_paragraph(gfx, gfx_paragraph(gfx, FONT_BODY, letter, 100000, color), at.x, at.y,
                           -1);
    SDL_Rect words = {at.x + indent, at.y, at.w - indent, 0};
    int height = stage_text(gfx, FONT_BODY, view->choices[i].text, words, color, -1, draw);
    return height ? height : gfx->font_px[FONT_BODY];
}

static void vote_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    WorkshopRun *ws = app->workshop;
    const WorkshopShow *show = workshop_flow_show(ws->flow, app->now);
    const View *view = show->view;
    const int *counts = show->counts;
    int n = show->option_count, most = 1, gap = gfx_px(gfx, 12);
    for (int i = 0; i < n; i++) most = counts[i] > most ? counts[i] : most;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    if (workshop_phones_on(app->workshop)) {   /* the QR code, address and room code on the right */
        int panel = gfx->width / 5, margin = gfx_px(gfx, 16),
            right = gfx->width - panel - 2 * margin;
        if (column.x + column.w > right) column.w = right - column.x;
        workshop_phones_draw_join(app->workshop, gfx, &app->cli->ui, gfx->width - panel - margin,
                                  margin, panel);
    }
    int label_w = column.w * 11 / 20, bar_x = column.x + label_w + gfx_px(gfx, 16);
    int bar_max = column.w - label_w - gfx_px(gfx, 90);
    int heights[TALLY_MAX], total = 0;
    for (int i = 0; i < n; i++) { /* each option keeps all its words: rows are as tall as needed */
        heights[i] = place_option(gfx, view, i, (SDL_Rect){0, 0, label_w, 0}, false);
        total += heights[i] + gap;
    }
    const char *keys =
        !ws->revealed ? "Phones are voting. Up and Down: an option; 0-9, - and +: hands of people "
                        "without a phone. Enter: close the vote and show the bars. Esc: menu."
        : workshop_phones_on(ws)
            ? "Enter: follow the majority (on a tie, the selected option). Up and "
              "Down, 0-9, - and +: correct the hands. R: rewind. Esc: menu. F1: every key."
            : "Up and Down: an option. 0-9: type its votes; - and + (or Left and Right): one less "
              "or more. "
              "Enter: follow the majority (on a tie, the selected option). R: rewind to an earlier "
              "decision. "
              "Esc: menu. F1: every key.";
    char question[600];
    bool asking = show->stage == WORKSHOP_TIE;
    if (asking) tie_question(app, show, question, sizeof question);
    const Paragraph *hint =
        asking          ? gfx_paragraph(gfx, FONT_BODY, question, column.w, theme->accent)
        : app->audience ? NULL /* the keys are on the facilitator's window */
                        : gfx_paragraph(gfx, FONT_SMALL, app_tr(app, keys), column.w, theme->dim);
    int hint_top = gfx->height - gfx_px(gfx, 20) - (hint ? hint->height : 0),
        y = hint_top - gap - total;
    int lines_bottom = y - gap;
    if (workshop_phones_on(ws)) {   /* how many have voted, never what, until the reveal */
        char line[96];
        int phones[TALLY_MAX];
        snprintf(line, sizeof line, app_tr(app, "Votes in: %d"),
                 workshop_phones_tally(ws, phones, n));
        lines_bottom -= gfx->font_px[FONT_BOLD] + gap;
        draw_text(&app->gfx, FONT_BOLD, line, column.x, lines_bottom + gap / 2, column.w,
                  theme->accent);
    }
    int kept, room = lines_bottom - column.y;
    scene_lines_measure(gfx, view, app_tr(app, "You"), column.w, -1, &kept);
    if (kept > room && draw_shrink_to_fit(gfx, &app->prefs.settings, gfx->height + kept - room)) {
        vote_draw(app); /* again, smaller: the line being voted on stays in view */
        return;
    }
    scene_draw_lines(app, column, column.y, lines_bottom);
    for (int i = 0; i < n; i++) {
        int height = heights[i];
        place_option(gfx, view, i, (SDL_Rect){column.x, y, label_w, 0}, true);
        int bar_h = gfx->font_px[FONT_BODY];
        char number[16] = "";
        if (ws->revealed) {
            gfx_fill(gfx, (SDL_Rect){bar_x, y + gfx_px(gfx, 4), bar_max * counts[i] / most, bar_h},
                     theme->accent);
            snprintf(number, sizeof number, "%d", counts[i]);
        } else if (counts[i]) {
            snprintf(number, sizeof number, "+%d", counts[i]);   /* hands added so far */
        }
        draw_text(&app->gfx, FONT_BOLD, number, column.x + column.w - gfx_px(gfx, 70), y,
                  gfx_px(gfx, 70), theme->text);
        if (i == ws->selected && !app->audience)
            gfx_outline(gfx,
                        (SDL_Rect){column.x - gfx_px(gfx, 8), y - gfx_px(gfx, 4),
                                   column.w + gfx_px(gfx, 16), height + gfx_px(gfx, 8)},
                        theme->focus, gfx_px(gfx, 3));
        y += height + gap;
    }
    gfx_draw_paragraph(gfx, hint, column.x, hint_top, -1);
}

const Screen screen_vote = {vote_enter, vote_action, vote_draw, NULL, NULL};
