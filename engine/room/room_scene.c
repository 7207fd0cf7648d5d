/* room_scene.c: the core's View and debrief turned into the room's view. */
#include "room_scene.h"

#include <stdio.h>

#include "../core/debrief.h"
#include "../core/stage.h"

enum { LINE_BYTES = 2048 };

/* Fills view from the scene: its last ROOM_LINES_MAX lines (into text, "Name: line") and options.
 */
static void scene_view(RoomView *view, char (*text)[LINE_BYTES], const Scenario *scenario,
                       const View *scene)
{
    view->title = scenario->title;
    int first = scene->line_count > ROOM_LINES_MAX ? scene->line_count - ROOM_LINES_MAX : 0;
    for (int i = first; i < scene->line_count; i++) {
        const ViewLine *line = &scene->lines[i];
        char *joined = text[view->line_count];
        if (line->speaker_name)
            snprintf(joined, LINE_BYTES, "%s: %s", line->speaker_name, line->text);
        else snprintf(joined, LINE_BYTES, "%s", line->text);
        view->lines[view->line_count++] = joined;
    }
    if (scene->kind != VIEW_CHOOSE) return;
    for (int i = 0; i < scene->choice_count && i < ROOM_OPTIONS_MAX; i++)
        view->options[view->option_count++] = scene->choices[i].text;
}

void room_show_scene(Room *room, const Scenario *scenario, const View *view, RoomPhase phase,
                     int decision)
{
    char text[ROOM_LINES_MAX][LINE_BYTES];   /* room_show copies them */
    RoomView shown = {.phase = phase, .decision = decision};
    scene_view(&shown, text, scenario, view);
    room_show(room, &shown);
}

void room_show_discussion(Room *room, const Scenario *scenario, const View *view,
                          const char *prompt, uint32_t seconds_left, bool running)
{
    char text[ROOM_LINES_MAX][LINE_BYTES];   /* room_show copies them */
    RoomView shown = {.phase = ROOM_DISCUSSION, .prompt = prompt, .countdown_seconds = seconds_left,
                      .countdown_running = running};
    scene_view(&shown, text, scenario, view);
    shown.option_count = 0;
    room_show(room, &shown);
}

void room_show_ending(Room *room, const Scenario *scenario, const Record *record)
{
    Debrief debrief;
    debrief_build(scenario, record, &debrief);
    StrBuf try_this = {0};   /* shown as the window's debrief says it: no stage direction marks */
    if (debrief.alternative) stage_quote(debrief.alternative->text, &try_this);
    RoomView shown = {.phase = ROOM_ENDED, .title = scenario->title,
                      .reflection = debrief.reflect,
                      .try_this = debrief.alternative ? strbuf_text(&try_this) : NULL};
    if (debrief.ending && debrief.ending->title)
        shown.lines[shown.line_count++] = debrief.ending->title;
    if (debrief.summary) shown.lines[shown.line_count++] = debrief.summary;
    room_show(room, &shown);
    strbuf_free(&try_this);
}
