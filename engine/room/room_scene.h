/* room_scene.h: what the front ends show on the phones, made from the core's View and debrief, so
   the window and the terminal send the same thing. */
#ifndef HEARTLINES_ROOM_SCENE_H
#define HEARTLINES_ROOM_SCENE_H

#include "../core/record.h"
#include "../core/runtime.h"
#include "room.h"

/* The scene's last lines and, while the room votes (or the vote is closed), its options.
   decision numbers the vote; a rewound decision needs a new number. */
void room_show_scene(Room *room, const Scenario *scenario, const View *view, RoomPhase phase,
                     int decision);
/* A discussion prompt with its countdown. */
void room_show_discussion(Room *room, const Scenario *scenario, const View *view,
                          const char *prompt, uint32_t seconds_left, bool running);
/* The end: the reflection question and one thing to try, which each phone keeps. */
void room_show_ending(Room *room, const Scenario *scenario, const Record *record);

#endif
