/* screen_debrief.c: how it went: what happened, what helped, one thing to try, the five threads
   drawn as a small picture (never a score), and a question to take away. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/report_file.h"
#include "../core/together_debrief.h"
#include "../core/stage.h"
#include "app.h"
#include "workshop_phones.h"

/* Two players picking in private also get "keep who chose what", before "back to the list". */
enum { DEBRIEF_AGAIN, DEBRIEF_REWIND, DEBRIEF_KEEP };

static int list_item(const App *app)
{
    return app_reveal_mode(app) ? DEBRIEF_KEEP + 1 : DEBRIEF_KEEP;
}

static void debrief_enter(App *app)
{
    menu_reset(&app->menu, false);
    if (app->workshop) {
        const WorkshopShow *show = workshop_flow_show(app->workshop->flow, app->now);
        workshop_phones_ending(app);
        menu_add(&app->menu,
                 app_tr(app, show->last ? "End the session and write the report" : "Next scenario"),
                 NULL, true);
        menu_add(&app->menu, app_tr(app, "Rewind to an earlier decision"), NULL,
                 show->decisions > 0);
        app->play.scroll = 0;
        return;
    }
    app->play.notice[0] = '\0';
    menu_add(&app->menu, app_tr(app, "Play again"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Try it another way"), NULL, app->play.debrief.has_to_try);
    if (app_reveal_mode(app)) menu_add(&app->menu, app_tr(app, "Keep who chose what"), NULL, true);
    menu_add(&app->menu, app_tr(app, "Back to the list"), NULL, true);
    app->play.scroll = 0;
}

/* Restarts with the same seed and replays every decision before the one to try again. */
static void rewind_to_turning_point(App *app)
{
    Play *play = &app->play;
    const Record *record = runtime_record(play->runtime);
    int until = (int)(play->debrief.to_try.step - record->steps);
    int steps[2 * 256];
    int count = until < 256 ? until : 256;
    for (int i = 0; i < count; i++)
        steps[2 * i] = record->steps[i].node, steps[2 * i + 1] = record->steps[i].choice;
    app_start_play(app, steps, count);
}

/* Saves who chose what, only because the players asked: <prefs>/together/SCENARIO-DATE.md. */
static void keep_picks(App *app)
{
    Play *play = &app->play;
    char date[32], stamp[300], folder[4200], path[1][REPORT_PATH_MAX], why[4500];
    time_t now = time(NULL);
    strftime(date, sizeof date, "%Y-%m-%d %H:%M", localtime(&now));
    snprintf(stamp, sizeof stamp, "%s-", play->loaded.scenario->id);
    strftime(stamp + strlen(stamp), sizeof stamp - strlen(stamp), "%Y-%m-%d-%H%M%S",
             localtime(&now));
    snprintf(folder, sizeof folder, "%stogether", app->prefs.dir);
    static const char *const markdown[] = {".md"};
    bool ok = false;
    if (!app->prefs.dir[0])
        snprintf(why, sizeof why, "%s", app_tr(app, "there is no folder to save in"));
    else if (report_claim(folder, stamp, markdown, 1, path, why,
                          sizeof why)) /* a name never reused */
        ok = together_save(together_flow_picks(play->together), path[0], date, why, sizeof why);
    snprintf(play->notice, sizeof play->notice,
             ok ? app_tr(app, "Kept in %s") : app_tr(app, "Not kept: %s"), ok ? path[0] : why);
    app->dirty = true;
}

static void debrief_action(App *app, const Action *action)
{
    Play *play = &app->play;
    if (app->workshop && action->kind != ACTION_SCROLL && action->kind != ACTION_LEAVE) {
        MenuResult result = menu_handle(&app->menu, action);
        if (result == MENU_MOVED) app->dirty = true;
        if (result == MENU_CHOSEN)
            app_workshop_send(app, app->menu.focus == 0 ? WEV_NEXT : WEV_REWIND, 0);
        return;
    }
    if (action->kind == ACTION_SCROLL || action->kind == ACTION_LEAVE) {
        /* End goes to the end of the page: the scenario is over, there is nothing to leave */
        play->scroll = action->kind == ACTION_LEAVE
                           ? play->scroll_max
                           : play->scroll + action->value * gfx_px(&app->gfx, 60);
        play->scroll = play->scroll < 0                  ? 0
                       : play->scroll > play->scroll_max ? play->scroll_max
                                                         : play->scroll;
        app->dirty = true;
        return;
    }
    if (action->kind == ACTION_BACK) app->menu.focus = list_item(app);
    MenuResult result = action->kind == ACTION_BACK ? MENU_CHOSEN : menu_handle(&app->menu, action);
    if (result == MENU_MOVED) app->dirty = true;
    if (result != MENU_CHOSEN) return;
    if (app->menu.focus == DEBRIEF_AGAIN) {
        play->seed = 0;
        app_start_play(app, NULL, 0);
    } else if (app->menu.focus == DEBRIEF_REWIND) rewind_to_turning_point(app);
    else if (app->menu.focus != list_item(app)) keep_picks(app);
    else {
        app_close_scenario(app);
        app_goto(app, SCREEN_LIST);
    }
}

static int heading(App *app, const char *text, SDL_Rect column, int y)
{
    return draw_text(&app->gfx, FONT_BOLD, text, column.x, y + app->gfx.font_px[FONT_BODY],
                     column.w, app->gfx.theme.speaker);
}

static int moment(App *app, const Moment *m, TagKind kind, SDL_Rect column, int y)
{
    const Scenario *scenario = app->play.loaded.scenario;
    const Theme *theme = &app->gfx.theme;
    char text[2200];
    StrBuf said = {0};
    debrief_said(scenario, m->step->turn, m->step->said, &app->cli->ui, &said);
    y = draw_text(&app->gfx, FONT_BODY, strbuf_text(&said), column.x, y + gfx_px(&app->gfx, 8),
                  column.w, theme->text);
    strbuf_free(&said);
    if (m->step->reaction[0]) {
        snprintf(text, sizeof text, app_tr(app, "%s: \"%s\""),
                 scenario_speaker_name(scenario, m->step->reaction_speaker), m->step->reaction);
        y = draw_text(&app->gfx, FONT_BODY, text, column.x + gfx_px(&app->gfx, 24), y,
                      column.w - gfx_px(&app->gfx, 24), theme->dim);
    }
    StrBuf tags = {0};
    strbuf_puts(&tags, m->step->repair ? app_tr(app, "A repair after a slip. ") : "");
    debrief_tag_names(m->choice, kind, &app->cli->ui, &tags);
    y = draw_text(&app->gfx, FONT_SMALL, strbuf_text(&tags), column.x + gfx_px(&app->gfx, 24), y,
                  column.w, theme->accent);
    strbuf_free(&tags);
    return y;
}

/* Five rows: the thread, three dots (more fills three, some two, not this time none; no dots when
   the thread was not in the story or not needed), the word. */
static int threads_picture(App *app, SDL_Rect column, int y)
{
    Gfx *gfx = &app->gfx;
    const Debrief *d = &app->play.debrief;
    int radius = gfx_px(gfx, 7), row = gfx->font_px[FONT_BODY] * 3 / 2, name_w = gfx_px(gfx, 170);
    for (int t = 0; t < THREAD_COUNT; t++) {
        int cy = y + row / 2 + gfx_px(gfx, 6);
        draw_text(&app->gfx, FONT_BODY, app_tr(app, vocab_thread_name((Thread)t)), column.x,
                  y + gfx_px(gfx, 6) - gfx_px(gfx, 2), name_w, gfx->theme.text);
        int filled = d->threads[t] == LEVEL_MORE ? 3 : d->threads[t] == LEVEL_SOME ? 2 : 0;
        bool dots = d->threads[t] != LEVEL_NOT_IN_STORY && d->threads[t] != LEVEL_NOT_NEEDED;
        for (int k = 0; k < 3 && dots; k++)
            gfx_circle(gfx, column.x + name_w + radius + k * radius * 3, cy, radius,
                       gfx->theme.accent, k < filled);
        char words[256];
        snprintf(words, sizeof words, "%s. %s", app_tr(app, debrief_level_name(d->threads[t])),
                 app_tr(app, vocab_thread_question((Thread)t)));
        draw_text(&app->gfx, FONT_SMALL, words, column.x + name_w + radius * 10, y + gfx_px(gfx, 8),
                      column.w - name_w - radius * 10, gfx->theme.dim);
        y += row;
    }
    return y;
}

/* Two players: where they agreed, and each one's threads in words. */
static int draw_for_two(App *app, const TogetherDebrief *d, SDL_Rect column, int y)
{
    char text[512];
    y = heading(app, app_tr(app, "Together"), column, y);
    snprintf(text, sizeof text, app_tr(app, "You agreed at %d of %d decisions."), d->agreed,
             d->decisions);
    y = draw_text(&app->gfx, FONT_BODY, text, column.x, y, column.w, app->gfx.theme.text);
    for (int i = 0; i < d->decisions; i++) {
        if (d->each[i].agreed) continue;
        StrBuf differed = {0};
        together_differed(&d->each[i],
                          app_tr(app, "Where you differed: player 1 chose %s; player 2 chose %s."),
                          &differed);
        y = draw_text(&app->gfx, FONT_SMALL, strbuf_text(&differed), column.x,
                      y + gfx_px(&app->gfx, 4), column.w, app->gfx.theme.text);
        strbuf_free(&differed);
    }
    for (int p = 0; p < PLAYERS; p++) {
        const ThreadLevel *levels = d->threads[p];
        int used = snprintf(text, sizeof text, app_tr(app, "Player %d:"), p + 1);
        for (int k = 0; k < THREAD_COUNT && used < (int)sizeof text; k++)
            used += snprintf(text + used, sizeof text - (size_t)used, " %s %s%s",
                             app_tr(app, vocab_thread_name((Thread)k)),
                             app_tr(app, debrief_level_name(levels[k])),
                             k + 1 < THREAD_COUNT ? ";" : ".");
        y = draw_text(&app->gfx, FONT_SMALL, text, column.x, y + gfx_px(&app->gfx, 4), column.w,
                      app->gfx.theme.dim);
    }
    return draw_text(&app->gfx, FONT_SMALL,
                     app_tr(app, "To talk through: where did you choose differently, and what "
                                 "did each of you hope the other person would feel?"),
                     column.x, y + gfx_px(&app->gfx, 8), column.w, app->gfx.theme.coach);
}

static int together_section(App *app, SDL_Rect column, int y)
{
    TogetherDebrief two;
    if (!together_debrief_build(together_flow_picks(app->play.together), &two)) return y;
    y = draw_for_two(app, &two, column, y);
    together_debrief_free(&two);
    return y;
}

/* After a rewind: the branch left behind and the one taken, side by side, from that decision. */
static int branches(App *app, SDL_Rect column, int y)
{
    const WorkshopShow *show = workshop_flow_show(app->workshop->flow, app->now);
    char heading_text[128];
    snprintf(heading_text, sizeof heading_text, app_tr(app, "Two branches from decision %d"),
             show->branch_from + 1);
    y = heading(app, heading_text, column, y);
    int half = (column.w - gfx_px(&app->gfx, 30)) / 2;
    char *now = workshop_flow_branch_now(app->workshop->flow);
    int left = draw_text(&app->gfx, FONT_BOLD, app_tr(app, "The first time"), column.x, y, half,
                         app->gfx.theme.accent);
    left = draw_text(&app->gfx, FONT_BODY, show->branch, column.x, left + gfx_px(&app->gfx, 4),
                     half, app->gfx.theme.text);
    int x = column.x + half + gfx_px(&app->gfx, 30);
    int right = draw_text(&app->gfx, FONT_BOLD, app_tr(app, "After the rewind"), x, y, half,
                          app->gfx.theme.coach);
    right = draw_text(&app->gfx, FONT_BODY, now ? now : "", x, right + gfx_px(&app->gfx, 4), half,
                      app->gfx.theme.text);
    free(now);
    return left > right ? left : right;
}

static int draw_content(App *app, SDL_Rect column, int y)
{
    const Debrief *d = &app->play.debrief;
    const Theme *theme = &app->gfx.theme;
    char text[2200];
    snprintf(text, sizeof text, app_tr(app, "The end: %s"), d->ending ? d->ending->title : "");
    y = draw_text(&app->gfx, FONT_TITLE, text, column.x, y, column.w, theme->accent);
    if (d->summary)
        y = draw_text(&app->gfx, FONT_BODY, d->summary, column.x, y + gfx_px(&app->gfx, 8),
                      column.w, theme->text);
    y = heading(app, app_tr(app, "What helped"), column, y);
    for (int i = 0; i < d->helped_count; i++) y = moment(app, &d->helped[i], TAG_SKILL, column, y);
    if (!d->helped_count)
        y = draw_text(&app->gfx, FONT_BODY, app_tr(app, "No single line stood out this time."),
                      column.x, y, column.w, theme->dim);
    y = heading(app, app_tr(app, "One thing to try"), column, y);
    if (!d->has_to_try)
        y = draw_text(&app->gfx, FONT_BODY, app_tr(app, "Nothing stood out to change this time."),
                      column.x, y, column.w, theme->dim);
    else {
        y = moment(app, &d->to_try, TAG_PITFALL, column, y);
        if (d->alternative) {
            StrBuf line = {0};
            StrBuf quote = {0};
            stage_quote(d->alternative->text, &quote);
            strbuf_printf(&line, app_tr(app, "Another time, you might try: %s"),
                          strbuf_text(&quote));
            strbuf_free(&quote);
            strbuf_printf(&line, " %s", app_tr(app, "That would be: "));
            debrief_tag_names(d->alternative_choice, TAG_SKILL, &app->cli->ui, &line);
            strbuf_puts(&line, ".");
            y = draw_text(&app->gfx, FONT_BODY, strbuf_text(&line), column.x,
                          y + gfx_px(&app->gfx, 6), column.w, theme->coach);
            strbuf_free(&line);
        }
    }
    y = heading(app, app_tr(app, "The five threads"), column, y);
    y = threads_picture(app, column, y);
    if (app_reveal_mode(app)) y = together_section(app, column, y);
    if (app->workshop && workshop_flow_show(app->workshop->flow, app->now)->branch)
        y = branches(app, column, y);
    if (app->workshop)
        y = draw_text(&app->gfx, FONT_BODY,
                      app_tr(app, "For the room: What happened? So what: why did it go that way? "
                                  "Now what: what would you say, in your own life?"),
                      column.x, y + gfx_px(&app->gfx, 20), column.w, app->gfx.theme.coach);
    if (d->reflect) {
        y = heading(app, app_tr(app, "To think about"), column, y);
        y = draw_text(&app->gfx, FONT_BODY, d->reflect, column.x, y, column.w, theme->text);
    }
    if (d->card_skill >= 0) {
        const Tag *skill = vocab_tag(TAG_SKILL, d->card_skill);
        snprintf(text, sizeof text, app_tr(app, "About %s: %s Source: %s."), skill->name,
                 skill->about, skill->source);
        y = draw_text(&app->gfx, FONT_SMALL, text, column.x, y + gfx_px(&app->gfx, 18), column.w,
                      theme->dim);
    }
    return y;
}

static void debrief_draw(App *app)
{
    Gfx *gfx = &app->gfx;
    draw_backdrop(&app->gfx, app->play.runtime);
    SDL_Rect column = draw_column(&app->gfx);
    int menu_top = gfx->height - gfx_px(gfx, 20) -
                   (menu_layout_row(&app->menu, gfx, column.x, 0, column.w) - gfx_px(gfx, 8));
    SDL_Rect clip = {0, 0, gfx->width, menu_top - gfx->font_px[FONT_SMALL] * 2};
    SDL_RenderSetClipRect(gfx->renderer, &clip);
    int bottom = draw_content(app, column, column.y - app->play.scroll) + app->play.scroll;
    SDL_RenderSetClipRect(gfx->renderer, NULL);
    app->play.scroll_max = bottom > clip.h ? bottom - clip.h + gfx_px(gfx, 20) : 0;
    const char *below = app->play.notice[0] ? app->play.notice
                        : app->play.scroll_max
                            ? app_tr(app, "More: scroll, or Page Up and Page Down.")
                            : NULL;
    if (below)
        draw_text(&app->gfx, FONT_SMALL, below, column.x,
                  menu_top - gfx->font_px[FONT_SMALL] * 3 / 2, column.w,
                  app->play.notice[0] ? gfx->theme.coach : gfx->theme.dim);
    menu_layout_row(&app->menu, gfx, column.x, menu_top, column.w);
    menu_draw(&app->menu, gfx);
}

const Screen screen_debrief = {debrief_enter, debrief_action, debrief_draw, NULL, NULL};
