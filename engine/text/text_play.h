/* text_play.h: play a scenario in the terminal: plain numbered text that reads well aloud. */
#ifndef HEARTLINES_TEXT_PLAY_H
#define HEARTLINES_TEXT_PLAY_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/catalog.h"
#include "../core/runtime.h"
#include "../lua/loader.h"

/* TextOptions.side: 1 or 2 plays that role of a two-role scenario, SIDE_BOTH both in turn;
   SIDE_UNSET asks the player (and plays both when the choices come from --choices). */
enum { SIDE_UNSET = 0, SIDE_BOTH = 3 };

typedef struct TextOptions {
    int *script;                 /* --choices: 1-based picks, NULL to read from input */
    int script_length;
    uint64_t seed;
    bool shuffle;
    bool coach;                  /* show the coaching note after each choice */
    int side;                    /* --side, in a two-role scenario: see SIDE_UNSET */
    const Catalog *ui; /* the interface's words in the player's language; NULL for English */
    const char
        *progress_file; /* where endings and skills are kept (the window's too); NULL: not kept */
    FILE *in, *out;
} TextOptions;

/* Plays to an ending, the end of input, or an error. Returns the process exit status. */
int text_play(const LoadedScenario *loaded, const TextOptions *options);

/* Pieces the other terminal modes share. */
typedef enum Pick { PICK_OK, PICK_END_OF_INPUT, PICK_QUIT } Pick;
/* Reads a number for one of view's choices (q to quit), asking again on anything else. A hidden
   pick (a private one, with someone else in the room) is not echoed: a star stands for it. */
Pick text_read_pick(const TextOptions *options, const View *view, bool hidden, int *pick);
void text_print_intro(FILE *out, const Scenario *scenario, const Catalog *ui);
/* Prints prefix and text, its *stage directions* as plain prose (stage_plain), and a newline. */
void text_print_plain(FILE *out, const char *prefix, const char *text);
/* One of a scene's lines: "Name: " and the line, or narration, without stage direction marks. */
void text_print_line(FILE *out, const ViewLine *line, const Catalog *ui);
/* What who chose, after the pick: "You: line", or a line with an action told as the story. */
void text_print_said(FILE *out, const char *who, const char *text, const Catalog *ui);
/* The scene's lines and, when it is a decision, its numbered choices. */
void text_print_scene(FILE *out, const View *view, bool coach, const Catalog *ui);
/* "4 11 2": one count per option, each 0 to 100000; false for anything else. */
bool text_parse_counts(const char *line, int *counts, int count);

#endif
