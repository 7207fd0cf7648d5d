/* test_room.c: the room server on loopback: the ballot, the JSON the phones read, the page, joining
   and voting, long polls woken by the host, and hostile requests answered with 4xx. */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "tests.h"
#include "../../engine/room/room.h"
#include "../../engine/room/room_ballot.h"
#include "../../engine/room/room_json.h"
#include "../../engine/room/room_page.h"
#include "room_client.h"

/* ---- the ballot ---- */

static void test_room_ballot_one_changeable_vote_per_phone(void **unused)
{
    (void)unused;
    Ballot ballot = {0};
    char first[ROOM_TOKEN_CHARS + 1], second[ROOM_TOKEN_CHARS + 1];
    uint8_t random[ROOM_TOKEN_BYTES] = {0};
    assert_true(ballot_join(&ballot, random, first));
    random[0] = 0xAB;
    assert_true(ballot_join(&ballot, random, second));
    assert_string_equal(second, "ab000000000000000000000000000000");
    ballot_set_decision(&ballot, 7, 3, true);
    assert_int_equal(ballot_vote(&ballot, first, 7, 2), BALLOT_COUNTED);
    assert_int_equal(ballot_vote(&ballot, second, 7, 2), BALLOT_COUNTED);
    assert_int_equal(ballot_vote(&ballot, first, 7, 0), BALLOT_COUNTED);   /* a change, not a second vote */
    assert_int_equal(ballot.voters, 2);
    assert_int_equal(ballot.counts[0], 1);
    assert_int_equal(ballot.counts[2], 1);
    assert_int_equal(ballot_vote(&ballot, first, 6, 0), BALLOT_OTHER_DECISION);
    assert_int_equal(ballot_vote(&ballot, first, 7, 3), BALLOT_NO_SUCH_OPTION);
    assert_int_equal(ballot_vote(&ballot, "not a token", 7, 0), BALLOT_UNKNOWN_PHONE);
    ballot_set_decision(&ballot, 7, 3, false);
    assert_int_equal(ballot_vote(&ballot, second, 7, 1), BALLOT_CLOSED);
    assert_int_equal(ballot.counts[2], 1);   /* closing keeps the tally */
    ballot_set_decision(&ballot, 8, 2, true);
    assert_int_equal(ballot.voters, 0);
    assert_int_equal(ballot_choice_of(&ballot, 0), -1);
    ballot_free(&ballot);
}

static void test_room_ballot_refuses_phones_past_the_limit(void **unused)
{
    (void)unused;
    Ballot ballot = {0};
    char token[ROOM_TOKEN_CHARS + 1];
    uint8_t random[ROOM_TOKEN_BYTES] = {0};
    for (int i = 0; i < ROOM_PHONES_MAX; i++) {
        memcpy(random, &i, sizeof i);
        assert_true(ballot_join(&ballot, random, token));
    }
    assert_false(ballot_join(&ballot, random, token));
    assert_int_equal(ballot_find(&ballot, token), ROOM_PHONES_MAX - 1);
    ballot_free(&ballot);
}

/* ---- JSON ---- */

static void test_room_json_escapes_what_could_break_the_page(void **unused)
{
    (void)unused;
    StrBuf out = {0};
    room_json_string(&out, "a\"b\\c\n\x01</script>\xe2\x80\xa8\xff\xc3\xa9");
    assert_string_equal(strbuf_text(&out), "\"a\\\"b\\\\c\\n\\u0001\\u003c/script>\\u2028\\ufffd\xc3\xa9\"");
    strbuf_clear(&out);
    RoomView view = {.phase = ROOM_VOTING, .decision = 3, .title = "T", .lines = {"Sam: hi"}, .line_count = 1,
                     .options = {"A", "B"}, .option_count = 2};
    room_json_view(&out, &view);
    assert_non_null(strstr(strbuf_text(&out), "\"phase\":\"voting\",\"decision\":3"));
    assert_non_null(strstr(strbuf_text(&out), "\"options\":[\"A\",\"B\"]"));
    assert_non_null(strstr(strbuf_text(&out), "\"prompt\":null"));
    strbuf_free(&out);
}

/* ---- a room on loopback ---- */

static atomic_int woken;
static void count_wake(void *context) { (void)context, atomic_fetch_add(&woken, 1); }

static Room *start_room(void)
{
    char error[256] = "";
    RoomConfig config = {.bind = "127.0.0.1", .port = 0, .on_votes = count_wake};
    Room *room = room_start(&config, error, sizeof error);
    if (!room) fail_msg("room_start: %s", error);
    assert_int_not_equal(room_port(room), 0);
    return room;
}

static void show_vote(Room *room, int decision, bool open)
{
    RoomView view = {.phase = open ? ROOM_VOTING : ROOM_CLOSED, .decision = decision, .title = "Cancelled plans",
                     .lines = {"Alex: Seriously? Again?"}, .line_count = 1,
                     .options = {"Say sorry", "Explain", "Go quiet"}, .option_count = 3};
    room_show(room, &view);
}

static void test_room_serves_the_embedded_page(void **unused)
{
    (void)unused;
    Room *room = start_room();
    char *reply = malloc(65536);
    assert_int_equal(get(room, "/?room=ABCD", reply, 65536), 200);
    assert_non_null(strstr(reply, "text/html"));
    assert_non_null(strstr(reply, "<script src=\"/room.js\""));
    char *page = test_read_file("engine/room/page/room.js");
    assert_non_null(page);
    assert_int_equal(get(room, "/room.js", reply, 65536), 200);
    assert_non_null(strstr(reply, page));   /* byte for byte the file in the repository */
    free(page);
    assert_int_equal(get(room, "/room.css", reply, 65536), 200);
    size_t page_bytes = 0;
    RoomAsset asset;
    for (int i = 0; i < 3; i++)
        page_bytes += room_page_find((const char *[]){"/", "/room.css", "/room.js"}[i], &asset)->size;
    assert_true(page_bytes < 30 * 1024);   /* the whole page stays small for a phone on a busy network */
    assert_int_equal(get(room, "/etc/passwd", reply, 65536), 404);
    assert_int_equal(get(room, "/../engine/room/room.c", reply, 65536), 404);
    assert_non_null(strstr(room_join_url(room), room_code(room)));
    assert_int_equal(strncmp(room_address(room), "http://127.0.0.1:", 17), 0);
    free(reply);
    room_stop(room);
}

static void test_room_counts_one_changeable_vote_per_phone(void **unused)
{
    (void)unused;
    Room *room = start_room();
    char first[ROOM_TOKEN_CHARS + 1], second[ROOM_TOKEN_CHARS + 1];
    join(room, first);
    join(room, second);
    assert_string_not_equal(first, second);
    assert_int_equal(vote(room, room_code(room), first, 1, 0), 409);   /* nothing to vote on yet */
    show_vote(room, 1, true);
    int before = atomic_load(&woken), counts[3];
    assert_int_equal(vote(room, room_code(room), first, 1, 2), 200);
    assert_int_equal(vote(room, room_code(room), second, 1, 2), 200);
    assert_int_equal(vote(room, room_code(room), first, 1, 1), 200);   /* changed */
    assert_int_equal(room_tally(room, counts, 3), 2);
    assert_int_equal(counts[0], 0);
    assert_int_equal(counts[1], 1);
    assert_int_equal(counts[2], 1);
    assert_int_equal(atomic_load(&woken) - before, 3);
    assert_int_equal(vote(room, "ZZZZ", first, 1, 0), 403);            /* not this room's code */
    assert_int_equal(vote(room, room_code(room), "0123", 1, 0), 403);  /* not a phone of this room */
    assert_int_equal(vote(room, room_code(room), first, 1, 3), 400);   /* no such option */
    assert_int_equal(vote(room, room_code(room), first, 0, 0), 409);   /* an earlier decision */
    show_vote(room, 1, false);
    assert_int_equal(vote(room, room_code(room), second, 1, 0), 409);  /* closed */
    assert_int_equal(room_tally(room, counts, 3), 2);
    assert_int_equal(counts[2], 1);
    show_vote(room, 2, true);
    assert_int_equal(room_tally(room, counts, 3), 0);                  /* a new decision starts empty */
    char reply[8192], path[128];
    snprintf(path, sizeof path, "/api/state?since=0&token=%s", first);
    assert_int_equal(get(room, path, reply, sizeof reply), 200);
    assert_non_null(strstr(reply, "\"known\":true,\"mine\":-1"));
    assert_non_null(strstr(reply, "\"options\":[\"Say sorry\",\"Explain\",\"Go quiet\"]"));
    room_stop(room);
}

static long long elapsed_ms(struct timespec from)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - from.tv_sec) * 1000LL + (now.tv_nsec - from.tv_nsec) / 1000000;
}

static void test_room_long_poll_waits_for_the_host(void **unused)
{
    (void)unused;
    Room *room = start_room();
    char reply[8192];
    assert_int_equal(get(room, "/api/state?since=0", reply, sizeof reply), 200);
    unsigned long long version = 0;
    assert_int_equal(sscanf(strstr(reply, "{\"v\":"), "{\"v\":%llu", &version), 1);
    int fd = connect_to(room);
    char request[256];
    snprintf(request, sizeof request, "GET /api/state?since=%llu HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
             version);
    send_all(fd, request, strlen(request));
    assert_int_equal(read_reply(fd, reply, sizeof reply, 300), 0);   /* nothing new: it waits */
    struct timespec shown;
    clock_gettime(CLOCK_MONOTONIC, &shown);
    show_vote(room, 5, true);
    assert_true(read_reply(fd, reply, sizeof reply, 5000) > 0);
    assert_true(elapsed_ms(shown) < 1000);
    assert_non_null(strstr(reply, "\"decision\":5"));
    close(fd);
    /* A phone still waiting when the session ends does not keep the room from stopping. */
    fd = connect_to(room);
    snprintf(request, sizeof request, "GET /api/state?since=%llu HTTP/1.1\r\nHost: x\r\n\r\n", version + 1);
    send_all(fd, request, strlen(request));
    assert_int_equal(read_reply(fd, reply, sizeof reply, 200), 0);
    room_stop(room);
    close(fd);
}

/* A vote whose form is one chunk of size bytes. */
static char *chunked_vote(int size)
{
    char *request = malloc((size_t)size + 300);
    int at = sprintf(request, "POST /api/vote HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                              "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n"
                              "\r\n%x\r\ncode=", size);
    memset(request + at, 'A', (size_t)size - 5);
    strcpy(request + at + size - 5, "\r\n0\r\n\r\n");
    return request;
}

static void test_room_answers_hostile_requests_with_4xx(void **unused)
{
    (void)unused;
    Room *room = start_room();
    char *reply = malloc(65536);
    char token[ROOM_TOKEN_CHARS + 1];
    join(room, token);
    assert_int_equal(post(room, "/api/join", "code=WRONG", reply, 65536), 403);
    assert_int_equal(post(room, "/api/join", "code=", reply, 65536), 403);
    assert_int_equal(get(room, "/api/join", reply, 65536), 405);
    assert_int_equal(post(room, "/", "x=1", reply, 65536), 405);
    assert_int_equal(exchange(room, "DELETE /api/state HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", reply, 65536),
                     405);
    /* Not a form. */
    assert_int_equal(exchange(room, "POST /api/vote HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                    "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", reply, 65536),
                     415);
    /* A body past the cap, announced or not. */
    assert_int_equal(exchange(room, "POST /api/vote HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                    "Content-Type: application/x-www-form-urlencoded\r\n"
                                    "Content-Length: 100000000\r\n\r\ncode=", reply, 65536),
                     413);
    char *big = chunked_vote(8192);
    assert_int_equal(exchange(room, big, reply, 65536), 413);
    free(big);
    big = chunked_vote(150000);   /* one that goes on and on is cut off */
    assert_int_equal(exchange(room, big, reply, 65536), 0);
    free(big);
    /* A field longer than any real one. */
    assert_int_equal(post(room, "/api/vote", "code=ABCDEFGHIJKLMNOP&token=x", reply, 65536), 413);
    assert_int_equal(post(room, "/api/vote", "code=%zz%&&&===", reply, 65536), 403);
    show_vote(room, 1, true);
    char form[256];
    snprintf(form, sizeof form, "code=%s&token=%s&decision=1&option=-1", room_code(room), token);
    assert_int_equal(post(room, "/api/vote", form, reply, 65536), 400);
    snprintf(form, sizeof form, "code=%s&token=%s&decision=1&option=99999999999999", room_code(room), token);
    assert_int_equal(post(room, "/api/vote", form, reply, 65536), 413);   /* longer than any option number */
    /* Headers past the connection's memory, and a request that is not HTTP at all. */
    big = malloc(40010);
    memset(big, 'h', 40000);
    memcpy(big, "GET / HTTP/1.1\r\nX: ", 19);
    strcpy(big + 40000, "\r\n\r\n");
    assert_int_equal(exchange(room, big, reply, 65536), 431);
    free(big);
    /* The library hangs up on a request line that is not HTTP, without an answer. */
    assert_int_equal(exchange(room, "GARBAGE\r\n\r\n", reply, 65536), 0);
    assert_int_equal(exchange(room, "\x01\x02\xff\r\n\r\n", reply, 65536), 0);
    /* After all that the room still counts votes. */
    int counts[3];
    assert_int_equal(vote(room, room_code(room), token, 1, 1), 200);
    assert_int_equal(room_tally(room, counts, 3), 1);
    free(reply);
    room_stop(room);
}

static void test_room_qr_code_encodes_the_join_address(void **unused)
{
    (void)unused;
    Room *room = start_room();
    int width = 0;
    unsigned char *modules = room_qr(room, &width);
    assert_non_null(modules);
    assert_true(width >= 21 && (width - 17) % 4 == 0);   /* a QR code's sizes: 21, 25, 29, ... */
    for (int i = 0; i < 7; i++) assert_int_equal(modules[i], 1);   /* the finder pattern's top edge */
    free(modules);
    char *text = room_qr_text(room);
    assert_non_null(text);
    int lines = 0;
    for (const char *p = text; *p; p++) lines += *p == '\n';
    assert_int_equal(lines, (width + 8 + 1) / 2);
    free(text);
    room_stop(room);
}

static void test_room_refuses_a_bad_address(void **unused)
{
    (void)unused;
    char error[256] = "";
    RoomConfig config = {.bind = "not-an-address"};
    assert_null(room_start(&config, error, sizeof error));
    assert_non_null(strstr(error, "not-an-address"));
    Room *room = start_room();
    config = (RoomConfig){.bind = "127.0.0.1", .port = room_port(room)};
    assert_null(room_start(&config, error, sizeof error));   /* the port is taken */
    assert_non_null(strstr(error, "cannot listen"));
    room_stop(room);
}

int run_room_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_room_ballot_one_changeable_vote_per_phone),
        cmocka_unit_test(test_room_ballot_refuses_phones_past_the_limit),
        cmocka_unit_test(test_room_json_escapes_what_could_break_the_page),
        cmocka_unit_test(test_room_serves_the_embedded_page),
        cmocka_unit_test(test_room_counts_one_changeable_vote_per_phone),
        cmocka_unit_test(test_room_long_poll_waits_for_the_host),
        cmocka_unit_test(test_room_answers_hostile_requests_with_4xx),
        cmocka_unit_test(test_room_qr_code_encodes_the_join_address),
        cmocka_unit_test(test_room_refuses_a_bad_address),
    };
    return cmocka_run_group_tests_name("room", tests, NULL, NULL);
}
