/* facilitator_view.c: the facilitator's window: a heading with the session clock, what the room
   sees now with what lies behind it (each option's coaching note and where it leads, the votes as
   they come in), the next discussion prompt, and the keys. Nothing here is drawn on the
   projector. */
#include "facilitator_view.h"

#include <stdio.h>

#include "../core/lookahead.h"
#include "../core/strbuf.h"
#include "../core/vocab.h"
#include "keys_overlay.h"
#include "workshop_phones.h"

/* A heading line in the accent colour, then text under it; returns the y below. */
static int section(Gfx *gfx, const char *heading, const char *text, SDL_Rect column, int y)
{
    y = draw_text(gfx, FONT_BOLD, heading, column.x, y, column.w, gfx->theme.accent);
    return draw_text(gfx, FONT_BODY, text, column.x, y, column.w, gfx->theme.text) +
           gfx_px(gfx, 14);
}

/* The most votes at one decision so far, the open one included, as the report counts the room. */
static int headcount(App *app, const WorkshopShow *show)
{
    const Session *session = workshop_flow_session(app->workshop->flow);
    int most = 0, phones[TALLY_MAX];
    if (show->stage == WORKSHOP_VOTE || show->stage == WORKSHOP_TIE) {
        most = workshop_phones_tally(app, phones, show->option_count);
        for (int i = 0; i < show->option_count; i++) most += show->counts[i];
    }
    for (int v = 0; v < session->vote_count; v++) {
        int total = 0;
        for (int i = 0; i < session->votes[v].option_count; i++)
            total += session->votes[v].counts[i];
        most = total > most ? total : most;
    }
    return most;
}

static int draw_heading(Gfx *gfx, App *app, const FacilitatorClock *clock, SDL_Rect column)
{
    char line[700], minutes[300];
    const Scenario *scenario = app->play.loaded.scenario;
    const WorkshopShow *show = workshop_flow_show(app->workshop->flow, app->now);
    if (scenario)
        snprintf(line, sizeof line, app_tr(app, "Scenario %d of %d: %s"), show->scenario + 1,
                 show->scenario_count, scenario->title);
    else
        snprintf(line, sizeof line, "%s", app_tr(app, "Facilitator"));
    int y = draw_text(gfx, FONT_TITLE, line, column.x, column.y, column.w, gfx->theme.text);
    snprintf(minutes, sizeof minutes,
             app_tr(app, "Session: %u of %d planned minutes. This scenario: %u of %d. "
                         "Headcount: %d."),
             (unsigned)(clock->session_ms / 60000), clock->planned_minutes,
             (unsigned)(clock->scenario_ms / 60000), clock->scenario_minutes, headcount(app, show));
    return draw_text(gfx, FONT_BOLD, minutes, column.x, y, column.w, gfx->theme.speaker) +
           gfx_px(gfx, 16);
}

/* Where the option leads and what it practises into out: "Ends: X. Practises: Y. Falls into: Z." */
static void describe_option(App *app, const Choice *choice, StrBuf *out)
{
    const Node *ending = lookahead_ending(app->play.loaded.scenario, choice);
    if (ending) strbuf_printf(out, app_tr(app, "Ends: %s. "), ending->title);
    for (int kind = TAG_SKILL; kind <= TAG_PITFALL; kind++) {
        const uint8_t *tags = kind == TAG_SKILL ? choice->skills : choice->pitfalls;
        int count = kind == TAG_SKILL ? choice->skill_count : choice->pitfall_count;
        for (int t = 0; t < count; t++)
            strbuf_printf(out, "%s%s",
                          t ? ", "
                            : app_tr(app, kind == TAG_SKILL ? "Practises: " : "Falls into: "),
                          app_tr(app, vocab_tag((TagKind)kind, tags[t])->name));
        if (count) strbuf_puts(out, ". ");
    }
}

/* Text at (x, y), drawn or (draw false) only measured; returns the y below it. */
static int place(Gfx *gfx, bool draw, FontId font, const char *text, SDL_Rect at, SDL_Color color)
{
    if (draw) return draw_text(gfx, font, text, at.x, at.y, at.w, color);
    const Paragraph *p = gfx_paragraph(gfx, font, text, at.w, color);
    return at.y + (p ? p->height : 0);
}

/* One option: its text and votes, where it leads, and (full) its coaching note and body type. */
static int place_option(Gfx *gfx, App *app, const WorkshopShow *show, int i, const int *phones,
                        SDL_Rect column, int y, bool full, bool draw)
{
    const ViewChoice *option = &show->view->choices[i];
    const Choice *choice =
        &app->play.loaded.scenario->nodes[show->view->node].choices[option->choice];
    int pad = gfx_px(gfx, 8), top = y;
    SDL_Rect indented = {column.x + 2 * pad, 0, column.w - 2 * pad, 0};
    char line[1400];
    snprintf(line, sizeof line, "%c. %s  (%d)", 'A' + i, option->text, show->counts[i] + phones[i]);
    y = place(gfx, draw, full ? FONT_BODY : FONT_SMALL, line, (SDL_Rect){column.x, y, column.w, 0},
              option->locked ? gfx->theme.locked : gfx->theme.text);
    StrBuf leads = {0};
    describe_option(app, choice, &leads);
    indented.y = y;
    y = place(gfx, draw, FONT_SMALL, strbuf_text(&leads), indented, gfx->theme.dim);
    strbuf_free(&leads);
    if (choice->coach && full) {
        snprintf(line, sizeof line, app_tr(app, "Coach: %s"), choice->coach);
        indented.y = y;
        y = place(gfx, draw, FONT_SMALL, line, indented, gfx->theme.coach);
    }
    if (draw && i == app->workshop->selected)
        gfx_outline(gfx,
                    (SDL_Rect){column.x - pad, top - pad / 2, column.w + 2 * pad, y - top + pad},
                    gfx->theme.focus, 2);
    return y + pad + pad / 2;
}

/* Every option with its votes so far, where it leads and its coaching note. When they would not
   leave a third of the window for the next prompt, the others give way to the selected option:
   smaller type, no note. */
static int draw_options(Gfx *gfx, App *app, const WorkshopShow *show, SDL_Rect column, int y)
{
    int phones[TALLY_MAX], typed = 0;
    int voted = workshop_phones_tally(app, phones, show->option_count);
    for (int i = 0; i < show->option_count; i++) typed += show->counts[i];
    char line[200];
    snprintf(line, sizeof line, app_tr(app, "Votes in: %d on phones, %d hands typed in."), voted,
             typed);
    y = draw_text(gfx, FONT_BOLD, line, column.x, y, column.w, gfx->theme.speaker);
    if (workshop_phones_on(app)) /* the room sees no count per option until the reveal */
        y = draw_text(
            gfx, FONT_SMALL,
            app_tr(app, app->workshop->revealed
                            ? "The projector shows the bars."
                            : "The projector hides the bars until Enter closes the vote."),
            column.x, y, column.w, gfx->theme.dim);
    y += gfx_px(gfx, 8);
    int bottom = y;
    for (int i = 0; i < show->option_count; i++)
        bottom = place_option(gfx, app, show, i, phones, column, bottom, true, false);
    bool all_notes = bottom <= gfx->height * 2 / 3;
    for (int i = 0; i < show->option_count; i++)
        y = place_option(gfx, app, show, i, phones, column, y,
                         all_notes || i == app->workshop->selected, true);
    return y;
}

static int draw_countdown(Gfx *gfx, App *app, const WorkshopShow *show, SDL_Rect column, int y)
{
    if (!show->timed) return y;
    uint32_t left = (show->ms_left + 999) / 1000;
    const char *state = show->over       ? "0:00: time to go on."
                        : show->counting ? "%u:%02u left, running."
                                         : "%u:%02u left, not running.";
    char line[200];
    snprintf(line, sizeof line, app_tr(app, state), (unsigned)(left / 60), (unsigned)(left % 60));
    return draw_text(gfx, FONT_BOLD, line, column.x, y, column.w, gfx->theme.speaker) +
           gfx_px(gfx, 14);
}

/* What the room has in front of it now, and what only the facilitator needs to know about it. */
static int draw_stage(Gfx *gfx, App *app, const WorkshopShow *show, SDL_Rect column, int y)
{
    const View *view = show->view;
    if (app->screen == SCREEN_NOTES || !view)
        return section(gfx, app_tr(app, "On the projector"),
                       app_tr(app, "The content notes. Enter starts the scenario."), column, y);
    switch (show->stage) {
        case WORKSHOP_DISCUSS:
            y = section(gfx, app_tr(app, "For the room"), show->prompt, column, y);
            return draw_countdown(gfx, app, show, column, y);
        case WORKSHOP_VOTE:
        case WORKSHOP_TIE:
            if (show->stage == WORKSHOP_TIE)
                y = draw_text(gfx, FONT_BOLD,
                              app_tr(app, "A tie, or no votes: Enter takes the selected option."),
                              column.x, y, column.w, gfx->theme.accent);
            return draw_options(gfx, app, show, column, y);
        case WORKSHOP_ENDING: {
            const Node *ending = &app->play.loaded.scenario->nodes[view->node];
            const char *reflect =
                ending->reflect ? ending->reflect : app->play.loaded.scenario->reflect;
            y = section(gfx, app_tr(app, "Ending"), ending->title ? ending->title : "", column, y);
            return reflect ? section(gfx, app_tr(app, "To reflect on"), reflect, column, y) : y;
        }
        case WORKSHOP_REWIND:
            return section(gfx, app_tr(app, "On the projector"),
                           app_tr(app, "Rewind: the room picks an earlier decision to go back to."),
                           column, y);
        default: break;
    }
    const ViewLine *last = view->line_count ? &view->lines[view->line_count - 1] : NULL;
    char line[1200];
    snprintf(line, sizeof line, "%s%s%s", last && last->speaker_name ? last->speaker_name : "",
             last && last->speaker_name ? ": " : "", last ? last->text : "");
    return section(gfx, app_tr(app, "The last line on the projector"), line, column, y);
}

/* The coaching note on the room's last choice, and the next discussion prompt ahead. */
static int draw_notes(Gfx *gfx, App *app, const View *view, SDL_Rect column, int y)
{
    if (!view) return y;
    if (view->coach) y = section(gfx, app_tr(app, "Coaching note"), view->coach, column, y);
    if (view->kind == VIEW_ENDING) return y;
    const char *next = lookahead_next_prompt(app->play.loaded.scenario, view->node);
    return section(gfx, app_tr(app, "Next discussion prompt"),
                   next ? next : app_tr(app, "None before the ending."), column, y);
}

void facilitator_view_draw(Gfx *gfx, App *app, const FacilitatorClock *clock)
{
    SDL_SetRenderDrawColor(gfx->renderer, 0, 0, 0, 255);
    SDL_RenderClear(gfx->renderer);
    if (app->keys_shown) { /* F1 opens the full list here, never on the projector */
        keys_overlay_draw(gfx, &app->cli->ui, app->play.runtime, true);
        return;
    }
    draw_backdrop(gfx, NULL);
    int margin = gfx_px(gfx, 24), gap = gfx_px(gfx, 32);
    SDL_Rect area = {margin, margin, gfx->width - 2 * margin, gfx->height - 2 * margin};
    int keys_w = area.w * 32 / 100;
    SDL_Rect left = {area.x, area.y, area.w - keys_w - gap, area.h},
             right = {area.x + area.w - keys_w, area.y, keys_w, area.h};
    const WorkshopShow *show = workshop_flow_show(app->workshop->flow, app->now);
    int y = draw_heading(gfx, app, clock, left); /* the keys take the full height beside it */
    y = draw_stage(gfx, app, show, left, y);
    draw_notes(gfx, app, show->view, left, y);
    int keys_top = draw_text(gfx, FONT_BOLD, app_tr(app, "Keys"), right.x, right.y, right.w,
                             gfx->theme.accent);
    keys_overlay_list(gfx, &app->cli->ui, right, keys_top, true);
}
