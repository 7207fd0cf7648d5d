/* room.h: the room server: phones on the local network see the scene and vote anonymously. A host
   (the window or the terminal) starts it, says what to show, reads the tally, and is called back
   when votes change, so it can wait for events instead of polling. Nothing here knows SDL, Lua or
   the terminal, and they know the room only through this header. */
#ifndef HEARTLINES_ROOM_H
#define HEARTLINES_ROOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { ROOM_OPTIONS_MAX = 26, ROOM_LINES_MAX = 12 };

typedef enum RoomPhase {
    ROOM_WAITING,      /* between decisions: the phone shows the scene so far */
    ROOM_VOTING,       /* the options, and a vote each phone may change */
    ROOM_CLOSED,       /* the facilitator closed the vote */
    ROOM_DISCUSSION,   /* a discussion prompt, perhaps with a countdown */
    ROOM_ENDED,        /* the reflection and one thing to try, kept on the phone */
} RoomPhase;

/* What the phones show now. The room copies every text; the host's strings may go after the call.
 */
typedef struct RoomView {
    RoomPhase phase;
    int decision; /* the host's number for this decision: votes reset when it changes */
    const char *title;
    const char *lines[ROOM_LINES_MAX];  /* the scene's last lines, "Name: text" already joined */
    int line_count;
    const char *options[ROOM_OPTIONS_MAX];
    int option_count;
    const char *prompt;                 /* discussion prompt */
    uint32_t countdown_seconds;         /* left at the moment of the call; 0 when there is none */
    bool countdown_running;
    const char *reflection, *try_this;  /* at the end */
} RoomView;

typedef struct RoomConfig {
    const char *bind; /* an IPv4 address; NULL or "" for the machine's LAN address */
    uint16_t port;                      /* 0: any free port */
    /* Called on the server's thread when the tally changes; it must only wake the host (push an
       event, write to a pipe) and return. */
    void (*on_votes)(void *context);
    void *context;
    /* The page's own words in the session's language (lang, "" for English): translate gives
       catalog's text for an English one, or NULL for the English. */
    const char *lang;
    const char *(*translate)(const void *catalog, const char *english);
    const void *catalog;
} RoomConfig;

typedef struct Room Room;

/* Starts serving; NULL with the reason in error when it cannot (address in use, no such address).
 */
Room *room_start(const RoomConfig *config, char *error, size_t error_size);
/* Stops serving and frees everything; every phone's connection is closed. NULL is allowed. */
void room_stop(Room *room);

const char *room_code(const Room *room);      /* four letters phones need to vote */
const char *room_address(const Room *room);   /* "http://ADDR:PORT/" */
const char *room_join_url(const Room *room);  /* the address with the room code, for the QR code */
uint16_t room_port(const Room *room);

/* The join URL as a QR code: *width x *width modules row by row, 1 for dark (free with free());
   NULL when it cannot be made. */
unsigned char *room_qr(const Room *room, int *width);
/* The QR code as text for a terminal: half-block characters, light on dark (free with free()). */
char *room_qr_text(const Room *room);

/* Shows view on every phone within a second. */
void room_show(Room *room, const RoomView *view);
/* Copies the current decision's tally into counts (count entries); returns the number of phones
   that voted on it. */
int room_tally(Room *room, int *counts, int count);

#endif
