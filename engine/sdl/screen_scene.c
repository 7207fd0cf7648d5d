/* screen_scene.c: a scene of the story: its lines, then its choices. */
#include <stdio.h>
#include <string.h>

#include "app.h"

/* Total bytes of text in the view's lines: what the typewriter reveals. */
static int view_text_bytes(const View *view)
{
    int total = 0;
    for (int i = 0; i < view->line_count; i++) total += (int)strlen(view->lines[i].text);
    return total;
}

static void build_menu(App *app)
{
    if (app_picks_at_once(app)) {
        together_at_once_menu(app);
        return;
    }
    const View *view = runtime_view(app->play.runtime);
    menu_reset(&app->menu, true);
    if (view->kind == VIEW_CHOOSE && view->others_turn) { /* their move, said as theirs */
        char label[1100];
        snprintf(label, sizeof label, app_tr(app, "%s: %s"), view->turn_name,
                 view->choices[runtime_other_move(app->play.runtime)].text);
        menu_add(&app->menu, label, NULL, true);
    } else if (view->kind == VIEW_CHOOSE)
        for (int i = 0; i < view->choice_count; i++) {
            char label[1100];
            snprintf(label, sizeof label, "%s%s",
                     view->choices[i].locked ? app_tr(app, "(not now) ") : "",
                     view->choices[i].text);
            menu_add(&app->menu, label, NULL, !view->choices[i].locked);
        }
    else
        menu_add(&app->menu,
                 app_tr(app, view->kind == VIEW_ENDING ? "See how it went" : "Continue"), NULL,
                 true);
    menu_focus_first(&app->menu);   /* a locked choice is never where the focus starts */
}

static void show_runtime_error(App *app)
{
    const DiagList *diags = runtime_diags(app->play.runtime);
    for (int i = 0; i < diags->count; i++) {
        const Diag *d = &diags->items[i];
        diag_add(&app->play.diags, d->code, d->file, d->line, "%s", d->message);
        if (d->detail) diag_set_detail(&app->play.diags, d->detail);
    }
    app_goto(app, SCREEN_ERROR);
}

/* The whole scene is out: its choices appear, and can be taken once they have settled. */
static void show_choices(App *app)
{
    app->play.revealed = true;
    app->play.choices_ready_at = app->now + CHOICES_SETTLE_MS;
    app->dirty = true;
}

static void scene_enter(App *app)
{
    Play *play = &app->play;
    if (runtime_view(play->runtime)->kind == VIEW_ERROR) {
        show_runtime_error(app);
        return;
    }
    const View *view = runtime_view(play->runtime);
    TogetherStage stage =
        play->together ? together_flow_show(play->together)->stage : TOGETHER_STORY;
    if (stage == TOGETHER_HANDOVER || stage == TOGETHER_BOTH_IN) { /* the players' turn first */
        app_goto(app, stage == TOGETHER_HANDOVER ? SCREEN_HANDOVER : SCREEN_REVEAL);
        return;
    }
    play->reveal_start = app->now;
    play->revealed = false;
    if (settings_reveal_rate(&app->prefs.settings) == 0 || view_text_bytes(view) == 0)
        show_choices(app);
    build_menu(app);
}

/* Back from the pause menu: the story where it was, its text as far as it had appeared. */
static void scene_resume(App *app) { build_menu(app); }

static int revealed_bytes(const App *app)
{
    if (app->play.revealed) return -1;
    int rate = settings_reveal_rate(&app->prefs.settings);
    return (int)((long)(app->now - app->play.reveal_start) * rate / 1000);
}

static void take(App *app, int index)
{
    Play *play = &app->play;
    const View *view = runtime_view(play->runtime);
    if (view->kind == VIEW_ENDING) {
        debrief_build(play->loaded.scenario, runtime_record(play->runtime), &play->debrief);
        app_goto(app, SCREEN_DEBRIEF);
        return;
    }
    if (app->workshop) {   /* the room's story moves on through the workshop flow */
        app_workshop_send(app, WEV_GO_ON, 0);
        return;
    }
    bool decision = view->kind == VIEW_CHOOSE;
    if (decision && view->others_turn) index = runtime_other_move(play->runtime);
    if (play->together) { /* two players: the story moves on through their flow */
        bool in_private = together_flow_show(play->together)->stage == TOGETHER_PICK;
        if (!together_flow_send(play->together, (TogetherEvent){TEV_PICK, 0, index})) return;
        if (in_private) { /* nothing happens until both are in: a hand-over, or the reveal */
            app_goto(app, SCREEN_SCENE);
            return;
        }
    } else if (!runtime_choose(play->runtime, index))
        return;
    play->notice[0] = '\0';
    if (decision) app_after_choice(app);
    app_goto(app, SCREEN_SCENE);
}

/* Keys, clicks and buttons that would take a choice. */
static bool takes_choice(const Action *action)
{
    return action->kind == ACTION_ACCEPT || action->kind == ACTION_NUMBER ||
           action->kind == ACTION_CLICK;
}

static void scene_action(App *app, const Action *action)
{
    Play *play = &app->play;
    bool settling = play->revealed && takes_choice(action) && !app_choices_ready(app);
    if (settling) return;   /* a press meant for the text must not take the choice under it */
    if (play->revealed && app_picks_at_once(app) && together_pick_at_once(app, action)) return;
    if (action->kind == ACTION_BACK) {
        app_goto(app, SCREEN_PAUSE);
        return;
    }
    if (!play->revealed) {
        bool skip = takes_choice(action) || action->kind == ACTION_ANY;
        if (skip || revealed_bytes(app) >= view_text_bytes(runtime_view(play->runtime)))
            show_choices(app);
        return;
    }
    if (app_picks_at_once(app)) return;   /* a focus to move would give a pick away */
    MenuResult result = menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    if (result == MENU_CHOSEN) take(app, app->menu.focus);
}

/* Lays out (and when draw is set, draws) the lines from y; returns the y below them. reveal < 0
   shows everything; otherwise only the first reveal bytes appear. */
static int place_lines(App *app, const View *view, SDL_Rect column, int y, int reveal, bool draw)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    int indent = gfx_px(gfx, 24);
    for (int i = 0; i < view->line_count; i++) {
        const ViewLine *line = &view->lines[i];
        int length = (int)strlen(line->text);
        if (reveal == 0) break;
        if (line->speaker_name) {
            const char *who =
                line->speaker == SPEAKER_YOU ? app_tr(app, "You") : line->speaker_name;
            const Paragraph *name = gfx_paragraph(gfx, FONT_BOLD, who, column.w, theme->speaker);
            if (draw) gfx_draw_paragraph(gfx, name, column.x, y, -1);
            y += name ? name->height : 0;
        }
        int x = line->speaker_name ? column.x : column.x + indent;
        const Paragraph *p = gfx_paragraph(gfx, FONT_BODY, line->text, column.w - (x - column.x),
                                           line->speaker_name ? theme->text : theme->dim);
        if (draw) gfx_draw_paragraph(gfx, p, x, y, reveal >= 0 && reveal < length ? reveal : -1);
        y += (p ? p->height : 0) + gfx_px(gfx, 14);
        if (reveal >= 0) reveal = reveal > length ? reveal - length : 0;
    }
    return y;
}

void scene_draw_lines(App *app, SDL_Rect column, int top, int bottom)
{
    const View *view = runtime_view(app->play.runtime);
    int needed = place_lines(app, view, column, 0, -1, false), y = top;
    if (y + needed > bottom) y = bottom - needed;   /* the oldest lines scroll off the top */
    SDL_Rect clip = {0, top, app->gfx.width, bottom - top};
    SDL_RenderSetClipRect(app->gfx.renderer, &clip);
    place_lines(app, view, column, y, -1, true);
    SDL_RenderSetClipRect(app->gfx.renderer, NULL);
}

/* Heading, notices and the coaching note; returns the y below them. */
static int draw_header(App *app, const View *view, SDL_Rect column)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    char heading[512];
    const char *title = app->play.loaded.scenario->title;
    if (view->turn_name) /* a whole sentence to translate: "%s : au tour de %s" */
        snprintf(heading, sizeof heading, app_tr(app, "%s: %s's turn"), title, view->turn_name);
    else
        snprintf(heading, sizeof heading, "%s", title);
    int y = draw_text(&app->gfx, view->turn_name ? FONT_BOLD : FONT_SMALL, heading, column.x,
                      column.y, column.w, view->turn_name ? theme->accent : theme->dim);
    if (app->play.notice[0])
        y = draw_text(&app->gfx, FONT_SMALL, app->play.notice, column.x, y, column.w, theme->coach);
    const Record *record = runtime_record(app->play.runtime);
    bool theirs = record->count && record->steps[record->count - 1].other_side;
    bool coaching = app->prefs.settings.coaching && !app->audience && !theirs &&
                    (!app->together_mode || app->play.shared_coaching);
    if (coaching && view->coach) {   /* together, only when both have agreed to see each other's */
        char coach[1100];
        snprintf(coach, sizeof coach, app_tr(app, "Coach: %s"), view->coach);
        int pad = gfx_px(gfx, 10);
        const Paragraph *p =
            gfx_paragraph(gfx, FONT_SMALL, coach, column.w - 2 * pad, theme->coach);
        SDL_Rect box = {column.x, y + pad, column.w, (p ? p->height : 0) + 2 * pad};
        SDL_Color panel = theme->panel;
        panel.a = theme->high_contrast ? 255 : 170;
        gfx_fill(gfx, box, panel);
        gfx_outline(gfx, box, theme->coach, 1);
        gfx_draw_paragraph(gfx, p, box.x + pad, box.y + pad, -1);
        y = box.y + box.h;
    }
    return y + gfx_px(gfx, 24);
}

static void scene_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const View *view = runtime_view(app->play.runtime);
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int top = draw_header(app, view, column);
    int menu_top = gfx->height - gfx_px(gfx, 30) - menu_height(&app->menu, gfx, column.w);
    char status[1200];
    const char *hint = app->play.revealed && view->lock_hint && !view->lock_hint_seen
                           ? view->lock_hint /* once a run; then the (not now) marks say it */
                           : NULL;
    if (app->play.revealed && app_picks_at_once(app)) {
        together_at_once_status(app, status, sizeof status);
        if (hint) snprintf(status + strlen(status), sizeof status - strlen(status), " %s", hint);
        hint = status;
    }
    const Paragraph *hint_text =
        hint ? gfx_paragraph(gfx, FONT_SMALL, hint, column.w, gfx->theme.coach) : NULL;
    if (hint_text) menu_top -= hint_text->height + gfx_px(gfx, 8);
    /* Lines sit under the header; when they would run into the choices, the oldest scroll off. */
    int lines_top = top, needed = place_lines(app, view, column, 0, -1, false);
    if (lines_top + needed > menu_top - gfx_px(gfx, 10))
        lines_top = menu_top - gfx_px(gfx, 10) - needed;
    SDL_Rect clip = {0, top, gfx->width, menu_top - top};
    SDL_RenderSetClipRect(gfx->renderer, &clip);
    place_lines(app, view, column, lines_top, revealed_bytes(app), true);
    SDL_RenderSetClipRect(gfx->renderer, NULL);
    if (!app->play.revealed) return;
    if (hint_text) gfx_draw_paragraph(gfx, hint_text, column.x, menu_top, -1);
    menu_layout(&app->menu, gfx, column.x,
                menu_top + (hint_text ? hint_text->height + gfx_px(gfx, 8) : 0), column.w);
    menu_draw(&app->menu, gfx);
}

/* The typewriter: another frame, and when the whole scene is out, its choices. */
static void scene_tick(App *app)
{
    if (app->play.revealed) return;
    if (revealed_bytes(app) >= view_text_bytes(runtime_view(app->play.runtime))) show_choices(app);
    app->dirty = true;
}

const Screen screen_scene = {scene_enter, scene_action, scene_draw, scene_tick, scene_resume};
