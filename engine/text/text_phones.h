/* text_phones.h: a terminal workshop's room on phones: the address and QR code as text, the votes
   coming in while the facilitator waits, and the scene, prompts and ending sent to the phones. */
#ifndef HEARTLINES_TEXT_PHONES_H
#define HEARTLINES_TEXT_PHONES_H

#include <stdbool.h>
#include <stdint.h>

#include "../room/room.h"
#include "../room/room_scene.h"
#include "text_play.h"

typedef struct TextPhones {
    Room *room;
    int wake[2];                 /* the room writes a byte here when votes change */
    int decision;                /* numbers the votes shown on the phones */
} TextPhones;

typedef struct TextPhonesConfig {
    const char *bind;            /* NULL: the machine's LAN address */
    uint16_t port;               /* 0: any free port */
    const char *lang;            /* the session's language, "" for English */
} TextPhonesConfig;

/* Starts the room and prints its address, code and QR code; false (and why) when it cannot. */
bool text_phones_start(TextPhones *phones, const TextPhonesConfig *config, const TextOptions *text);
void text_phones_stop(TextPhones *phones);
/* What a line typed during a vote that is not hands (say "r 2") did, as the caller's hook says. */
typedef enum PhonesLine { LINE_NOT_MINE, LINE_TAKEN, LINE_LEAVES_THE_VOTE } PhonesLine;
typedef struct PhonesLineHook {
    PhonesLine (*take)(void *context, const char *line);
    void *context;
} PhonesLineHook;

typedef enum PhonesVote { PHONES_CLOSED, PHONES_LEFT, PHONES_ENDED } PhonesVote;

/* The phones vote on view's options until the facilitator presses Enter (or types hands to add,
   one number per option): PHONES_CLOSED, counts gets phones plus hands. Any other line goes to
   hook first: PHONES_LEFT when it leaves the vote. PHONES_ENDED at the end of input. */
PhonesVote text_phones_vote(TextPhones *phones, const TextOptions *text, const Scenario *scenario,
                            const View *view, int *counts, int count, const PhonesLineHook *hook);

#endif
