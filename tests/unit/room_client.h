/* room_client.h: a plain-socket HTTP client for the room tests. */
#ifndef HEARTLINES_ROOM_CLIENT_H
#define HEARTLINES_ROOM_CLIENT_H

#include <stddef.h>

#include "../../engine/room/room.h"

int connect_to(const Room *room);
/* Reads until the server closes or ms pass; returns the bytes read. */
size_t read_reply(int fd, char *reply, size_t size, int ms);
void send_all(int fd, const char *data, size_t size);
/* Sends request as given and returns the reply's status code (0 for none); the reply is left in reply. */
int exchange(const Room *room, const char *request, char *reply, size_t size);
int get(const Room *room, const char *path, char *reply, size_t size);
int post(const Room *room, const char *path, const char *form, char *reply, size_t size);
/* Joins with the room's code and copies the token out of the reply. */
void join(const Room *room, char *token);
int vote(const Room *room, const char *code, const char *token, int decision, int option);

#endif
