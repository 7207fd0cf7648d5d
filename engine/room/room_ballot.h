/* room_ballot.h: the phones that joined the room and each one's vote on the current decision.
   Plain data with no threads or sockets: the server holds its lock around every call. */
#ifndef HEARTLINES_ROOM_BALLOT_H
#define HEARTLINES_ROOM_BALLOT_H

#include <stdbool.h>
#include <stdint.h>

#include "room.h"

enum { ROOM_PHONES_MAX = 4096, ROOM_TOKEN_BYTES = 16, ROOM_TOKEN_CHARS = 2 * ROOM_TOKEN_BYTES };

typedef struct RoomPhone {
    char token[ROOM_TOKEN_CHARS + 1];   /* hex of random bytes: the phone's only identity */
    int decision;                       /* the decision its vote is for */
    int option;                         /* -1: no vote on that decision */
} RoomPhone;

typedef struct Ballot {
    RoomPhone *phones;
    int phone_count;
    int decision, option_count;
    bool open;                          /* votes are taken (and may be changed) */
    int counts[ROOM_OPTIONS_MAX];
    int voters;
} Ballot;

typedef enum BallotResult {
    BALLOT_COUNTED,
    BALLOT_UNKNOWN_PHONE,
    BALLOT_CLOSED,
    BALLOT_OTHER_DECISION,
    BALLOT_NO_SUCH_OPTION,
} BallotResult;

/* A new phone with a token made from random; false when the room is full (or out of memory). */
bool ballot_join(Ballot *ballot, const uint8_t random[ROOM_TOKEN_BYTES], char *token);
/* The phone holding token, or -1. */
int ballot_find(const Ballot *ballot, const char *token);
/* Sets the decision the room votes on; a different decision starts from no votes. */
void ballot_set_decision(Ballot *ballot, int decision, int option_count, bool open);
/* A phone's vote on decision; voting again replaces its earlier vote. */
BallotResult ballot_vote(Ballot *ballot, const char *token, int decision, int option);
/* The phone's option on the current decision, or -1. */
int ballot_choice_of(const Ballot *ballot, int phone);
void ballot_free(Ballot *ballot);

#endif
