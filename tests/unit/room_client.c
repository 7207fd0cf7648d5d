/* room_client.c: a plain-socket HTTP client for the room tests: requests sent exactly as written,
   hostile ones included. */
#define _POSIX_C_SOURCE 200809L
#include "room_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tests.h"
#include "../../engine/room/room_ballot.h"

int connect_to(const Room *room)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons(room_port(room))};
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    assert_int_equal(connect(fd, (struct sockaddr *)&address, sizeof address), 0);
    return fd;
}

size_t read_reply(int fd, char *reply, size_t size, int ms)
{
    size_t length = 0;
    struct pollfd ready = {.fd = fd, .events = POLLIN};
    while (length + 1 < size && poll(&ready, 1, ms) == 1) {
        ssize_t got = read(fd, reply + length, size - 1 - length);
        if (got <= 0) break;
        length += (size_t)got;
    }
    reply[length] = '\0';
    return length;
}

void send_all(int fd, const char *data, size_t size)
{
    while (size) {
        ssize_t sent = send(fd, data, size, MSG_NOSIGNAL);
        if (sent <= 0) return;   /* the server may hang up on a hostile request: that is its right */
        data += sent, size -= (size_t)sent;
    }
}

int exchange(const Room *room, const char *request, char *reply, size_t size)
{
    int fd = connect_to(room);
    send_all(fd, request, strlen(request));
    read_reply(fd, reply, size, 5000);
    close(fd);
    int status = 0;
    sscanf(reply, "HTTP/1.%*d %d", &status);
    return status;
}

int get(const Room *room, const char *path, char *reply, size_t size)
{
    char request[1024];
    snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path);
    return exchange(room, request, reply, size);
}

int post(const Room *room, const char *path, const char *form, char *reply, size_t size)
{
    char request[4096];
    snprintf(request, sizeof request,
             "POST %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
             "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %zu\r\n\r\n%s",
             path, strlen(form), form);
    return exchange(room, request, reply, size);
}

void join(const Room *room, char *token)
{
    char form[64], reply[2048];
    snprintf(form, sizeof form, "code=%s", room_code(room));
    assert_int_equal(post(room, "/api/join", form, reply, sizeof reply), 200);
    const char *at = strstr(reply, "\"token\":\"");
    assert_non_null(at);
    memcpy(token, at + 9, ROOM_TOKEN_CHARS);
    token[ROOM_TOKEN_CHARS] = '\0';
}

int vote(const Room *room, const char *code, const char *token, int decision, int option)
{
    char form[256], reply[8192];
    snprintf(form, sizeof form, "code=%s&token=%s&decision=%d&option=%d", code, token, decision, option);
    return post(room, "/api/vote", form, reply, sizeof reply);
}

