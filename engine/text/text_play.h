/* text_play.h: play a scenario in the terminal: plain numbered text that reads well aloud. */
#ifndef HEARTLINES_TEXT_PLAY_H
#define HEARTLINES_TEXT_PLAY_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/catalog.h"
#include "../lua/loader.h"

typedef struct TextOptions {
    int *script;                 /* --choices: 1-based picks, NULL to read from input */
    int script_length;
    uint64_t seed;
    bool shuffle;
    bool coach;                  /* show the coaching note after each choice */
    const Catalog *ui;           /* the interface's words in the player's language; NULL for English */
    FILE *in, *out;
} TextOptions;

/* Plays to an ending, the end of input, or an error. Returns the process exit status. */
int text_play(const LoadedScenario *loaded, const TextOptions *options);

#endif
