/* screen_scene.c: a scene of the story: its lines, then its choices. */
#include <stdio.h>
#include <string.h>

#include "../core/setting.h"
#include "app.h"
#include "scene_lines.h"
#include "stage_text.h"

/* Total bytes of text in the view's lines: what the typewriter reveals. */
static int view_text_bytes(const View *view)
{
    int total = 0;
    for (int i = 0; i < view->line_count; i++) total += stage_text_bytes(view->lines[i].text);
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

void scene_draw_lines(App *app, SDL_Rect column, int top, int bottom)
{
    column.y = top, column.h = bottom - top;
    scene_lines_draw(&app->gfx, runtime_view(app->play.runtime), app_tr(app, "You"), column, -1);
}

/* Text wrapped to width at (x, y), drawn when draw is set; returns the y below it. */
static int text_at(Gfx *gfx, FontId font, const char *text, SDL_Rect at, SDL_Color color, bool draw)
{
    const Paragraph *p = gfx_paragraph(gfx, font, text, at.w, color);
    if (draw) gfx_draw_paragraph(gfx, p, at.x, at.y, -1);
    return p ? at.y + p->height : at.y;
}

/* Heading, notices and the coaching note (drawn when draw is set); returns the y below them. */
static int draw_header(App *app, const View *view, SDL_Rect column, bool draw)
{
    Gfx *gfx = &app->gfx;
    const Theme *theme = &gfx->theme;
    const Scenario *scenario = app->play.loaded.scenario;
    StrBuf heading = {0};   /* the scenario, and whose turn or where and when it is */
    if (view->turn_name)   /* a whole sentence to translate: "%s : au tour de %s" */
        strbuf_printf(&heading, app_tr(app, "%s: %s's turn"), scenario->title, view->turn_name);
    else {
        strbuf_puts(&heading, scenario->title);
        if (scenario->setting && *scenario->setting) {
            strbuf_puts(&heading, "  \xC2\xB7  ");
            setting_place_and_time(scenario->setting, &heading);
        }
    }
    int y = text_at(gfx, view->turn_name ? FONT_BOLD : FONT_SMALL, strbuf_text(&heading), column,
                    view->turn_name ? theme->accent : theme->dim, draw);
    strbuf_free(&heading);
    column.y = y;
    if (app->play.notice[0])
        y = text_at(gfx, FONT_SMALL, app->play.notice, column, theme->coach, draw);
    const Record *record = runtime_record(app->play.runtime);
    bool theirs = record->count && record->steps[record->count - 1].other_side;
    bool coaching = app->prefs.settings.coaching && !app->audience && !theirs &&
                    (!app->together_mode || app->play.shared_coaching);
    if (coaching && view->coach) { /* together, only when both have agreed to see each other's */
        char coach[1100];
        snprintf(coach, sizeof coach, app_tr(app, "Coach: %s"), view->coach);
        int pad = gfx_px(gfx, 10);
        const Paragraph *p =
            gfx_paragraph(gfx, FONT_SMALL, coach, column.w - 2 * pad, theme->coach);
        SDL_Rect box = {column.x, y + pad, column.w, (p ? p->height : 0) + 2 * pad};
        SDL_Color panel = theme->panel;
        panel.a = theme->high_contrast ? 255 : 170;
        if (draw) {
            gfx_fill(gfx, box, panel);
            gfx_outline(gfx, box, theme->coach, 1);
            gfx_draw_paragraph(gfx, p, box.x + pad, box.y + pad, -1);
        }
        y = box.y + box.h;
    }
    return y + gfx_px(gfx, 24);
}

/* What is said under the lines, over the choices: who has picked (both picking at once) and why an
   option is locked; NULL for nothing. */
static const char *hint_text(App *app, const View *view, char *status, size_t size)
{
    const char *hint = app->play.revealed && view->lock_hint && !view->lock_hint_seen
                           ? view->lock_hint   /* once a run; then the (not now) marks say it */
                           : NULL;
    if (!app->play.revealed || !app_picks_at_once(app)) return hint;
    together_at_once_status(app, status, size);
    if (hint) snprintf(status + strlen(status), size - strlen(status), " %s", hint);
    return status;
}

/* The top of the choices (and of the hint over them, when there is one). */
static int choices_top(App *app, SDL_Rect column, const Paragraph *hint)
{
    Gfx *gfx = &app->gfx;
    int top = gfx->height - gfx_px(gfx, 30) - menu_height(&app->menu, gfx, column.w);
    return hint ? top - hint->height - gfx_px(gfx, 8) : top;
}

static const Paragraph *hint_paragraph(App *app, const View *view, SDL_Rect column)
{
    char status[1200];
    const char *hint = hint_text(app, view, status, sizeof status);
    return hint ? gfx_paragraph(&app->gfx, FONT_SMALL, hint, column.w, app->gfx.theme.coach) : NULL;
}

/* Makes text smaller until the header, the line being answered (with what follows it) and the
   choices fit the window together; the lines before it may scroll off. */
static void fit_scene(App *app, const View *view)
{
    Gfx *gfx = &app->gfx;
    for (int tries = 0; tries < 8; tries++) {
        SDL_Rect column = draw_column(gfx);
        int kept, top = draw_header(app, view, column, false);
        scene_lines_measure(gfx, view, app_tr(app, "You"), column.w, -1, &kept);
        int room = choices_top(app, column, hint_paragraph(app, view, column)) - gfx_px(gfx, 10);
        if (!draw_shrink_to_fit(gfx, &app->prefs.settings, gfx->height + kept - (room - top)))
            return;
    }
}

static void scene_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    const View *view = runtime_view(app->play.runtime);
    fit_scene(app, view);
    draw_backdrop(gfx, app->play.runtime);
    SDL_Rect column = draw_column(gfx);
    int top = draw_header(app, view, column, true);
    const Paragraph *hint = hint_paragraph(app, view, column);
    int menu_top = choices_top(app, column, hint);
    /* Lines sit under the header; when they would run into the choices, the oldest scroll off. */
    SDL_Rect area = {column.x, top, column.w, menu_top - gfx_px(gfx, 10) - top};
    scene_lines_draw(gfx, view, app_tr(app, "You"), area, revealed_bytes(app));
    if (!app->play.revealed) return;
    if (hint) gfx_draw_paragraph(gfx, hint, column.x, menu_top, -1);
    menu_layout(&app->menu, gfx, column.x, menu_top + (hint ? hint->height + gfx_px(gfx, 8) : 0),
                column.w);
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
