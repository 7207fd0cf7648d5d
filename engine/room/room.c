/* room.c: the room server on libmicrohttpd: a few fixed routes, the embedded page, and the phones'
   long polls.

   A phone asks GET /api/state?since=V. When V is the version it already has, the request is
   suspended (it holds a socket and nothing else, no thread and no timer) until room_show makes a
   new version, which resumes every waiting request at once, or until the waker thread's deadline
   (ROOM_POLL_SECONDS) answers it unchanged, so a phone that went away does not hold its socket
   for ever. No loop polls: the server's thread sleeps in epoll and the waker in a condition wait,
   so an idle room costs no CPU. Votes wake the host through config.on_votes. */
#define _POSIX_C_SOURCE 200809L
#include "room.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "../core/strbuf.h"
#include "room_ballot.h"
#include "room_json.h"
#include "room_net.h"
#include "room_page.h"

enum {
    ROOM_BODY_MAX = 2048,      /* bytes in a request body: a vote needs under 100 */
    ROOM_DROP_MAX = 64 * 1024, /* a body this long is not read to its end: the connection closes */
    ROOM_CONNECTIONS_MAX = 1000,
    ROOM_IDLE_SECONDS = 15,         /* a connection that sends nothing for this long is closed */
    ROOM_POLL_SECONDS = 20,         /* the longest a long poll waits before answering unchanged */
    ROOM_HEADER_MEMORY = 16 * 1024, /* per connection: longer headers get 431 from the library */
};

typedef struct Request {
    struct MHD_Connection *connection;
    struct MHD_PostProcessor *post;
    size_t body_size;
    char code[8], token[ROOM_TOKEN_CHARS + 1], decision[12], option[12];
    bool field_too_long;
    bool waited;                     /* this long poll has been suspended once already */
    bool waiting;                    /* it is on room->waiting now */
    struct timespec deadline;
    struct Request *next;
} Request;

struct Room {
    struct MHD_Daemon *daemon;
    RoomConfig config;
    char code[5], host[64], address[96], join_url[128];
    uint16_t port;
    pthread_mutex_t lock;            /* guards everything below */
    pthread_cond_t wake_waker;
    pthread_t waker;
    bool waker_running, stopping;
    Ballot ballot;
    uint64_t version;
    StrBuf view_json, labels_json;
    uint32_t countdown_seconds;
    bool countdown_running;
    struct timespec countdown_from;
    Request *waiting;                /* suspended long polls */
};

static struct timespec monotonic_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now;
}

static bool before(struct timespec a, struct timespec b)
{
    return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

/* ---- replies ---- */

static enum MHD_Result reply(struct MHD_Connection *connection, unsigned status, const char *type,
                             const char *body, size_t size, enum MHD_ResponseMemoryMode mode)
{
    struct MHD_Response *response = MHD_create_response_from_buffer(size, (void *)body, mode);
    if (!response) return MHD_NO;
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(response, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(response, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(
        response, "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    enum MHD_Result result = MHD_queue_response(connection, status, response);
    MHD_destroy_response(response);
    return result;
}

static enum MHD_Result reply_error(struct MHD_Connection *connection, unsigned status,
                                   const char *reason)
{
    char body[160];
    int length = snprintf(body, sizeof body, "{\"error\":\"%s\"}", reason);
    return reply(connection, status, "application/json", body, (size_t)length,
                 MHD_RESPMEM_MUST_COPY);
}

static enum MHD_Result reply_json(struct MHD_Connection *connection, StrBuf *json)
{
    if (json->failed) return strbuf_free(json), reply_error(connection, 503, "out of memory");
    enum MHD_Result result = reply(connection, MHD_HTTP_OK, "application/json", strbuf_text(json),
                                   json->length, MHD_RESPMEM_MUST_COPY);
    strbuf_free(json);
    return result;
}

/* ---- the state a phone reads ---- */

static uint32_t countdown_left(const Room *room)
{
    if (!room->countdown_running) return room->countdown_seconds;
    struct timespec now = monotonic_now();
    long long gone = (long long)(now.tv_sec - room->countdown_from.tv_sec);
    return gone >= (long long)room->countdown_seconds ? 0
                                                      : room->countdown_seconds - (uint32_t)gone;
}

/* The state JSON for the phone holding token; the caller holds the lock. */
static void state_json(Room *room, const char *token, StrBuf *out)
{
    int phone = ballot_find(&room->ballot, token);
    strbuf_printf(out, "{\"v\":%llu,\"known\":%s,\"mine\":%d,\"countdown\":%u,\"running\":%s,",
                  (unsigned long long)room->version, phone >= 0 ? "true" : "false",
                  phone >= 0 ? ballot_choice_of(&room->ballot, phone) : -1, countdown_left(room),
                  room->countdown_running ? "true" : "false");
    strbuf_append(out, strbuf_text(&room->view_json), room->view_json.length);
    strbuf_puts(out, ",");
    strbuf_append(out, strbuf_text(&room->labels_json), room->labels_json.length);
    strbuf_puts(out, "}");
}

/* A decimal number of at most 9 digits; -1 for anything else. */
static int parse_number(const char *text)
{
    if (!text || !*text || strlen(text) > 9) return -1;
    int value = 0;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9') return -1;
        value = value * 10 + (*p - '0');
    }
    return value;
}

static enum MHD_Result get_state(Room *room, Request *request)
{
    struct MHD_Connection *connection = request->connection;
    const char *since = MHD_lookup_connection_value(connection, MHD_GET_ARGUMENT_KIND, "since");
    const char *token = MHD_lookup_connection_value(connection, MHD_GET_ARGUMENT_KIND, "token");
    pthread_mutex_lock(&room->lock);
    if (!request->waited && !room->stopping && since && parse_number(since) >= 0 &&
        (uint64_t)parse_number(since) == room->version) {
        request->waited = request->waiting = true;
        request->deadline = monotonic_now();
        request->deadline.tv_sec += ROOM_POLL_SECONDS;
        request->next = room->waiting;
        room->waiting = request;
        MHD_suspend_connection(connection);
        pthread_cond_signal(&room->wake_waker);
        pthread_mutex_unlock(&room->lock);
        return MHD_YES;
    }
    StrBuf json = {0};
    state_json(room, token, &json);
    pthread_mutex_unlock(&room->lock);
    return reply_json(connection, &json);
}

/* Takes every waiting request whose deadline is before limit (all of them when limit is NULL) off
   the list; the caller holds the lock and resumes them after letting it go. */
static Request *take_waiting(Room *room, const struct timespec *limit)
{
    Request *taken = NULL, **link = &room->waiting;
    while (*link) {
        Request *request = *link;
        if (limit && before(*limit, request->deadline)) {
            link = &request->next;
            continue;
        }
        *link = request->next;
        request->waiting = false;
        request->next = taken;
        taken = request;
    }
    return taken;
}

static void resume_all(Request *list)
{
    while (list) {
        Request *next = list->next;
        MHD_resume_connection(list->connection);
        list = next;
    }
}

/* The waker thread: answers long polls whose time is up. It sleeps until the earliest deadline,
   or without one while nobody waits. */
static void *waker_main(void *context)
{
    Room *room = context;
    pthread_mutex_lock(&room->lock);
    while (!room->stopping) {
        if (!room->waiting) {
            pthread_cond_wait(&room->wake_waker, &room->lock);
            continue;
        }
        struct timespec earliest = room->waiting->deadline;
        for (Request *r = room->waiting; r; r = r->next)
            if (before(r->deadline, earliest)) earliest = r->deadline;
        pthread_cond_timedwait(&room->wake_waker, &room->lock, &earliest);
        struct timespec now = monotonic_now();
        Request *due = take_waiting(room, &now);
        pthread_mutex_unlock(&room->lock);
        resume_all(due);
        pthread_mutex_lock(&room->lock);
    }
    pthread_mutex_unlock(&room->lock);
    return NULL;
}

/* ---- join and vote ---- */

static enum MHD_Result collect_field(void *context, enum MHD_ValueKind kind, const char *key,
                                     const char *filename, const char *content_type,
                                     const char *transfer_encoding, const char *data,
                                     uint64_t offset, size_t size)
{
    (void)kind, (void)filename, (void)content_type, (void)transfer_encoding;
    Request *request = context;
    char *field = strcmp(key, "code") == 0       ? request->code
                  : strcmp(key, "token") == 0    ? request->token
                  : strcmp(key, "decision") == 0 ? request->decision
                  : strcmp(key, "option") == 0   ? request->option
                                                 : NULL;
    size_t capacity = field == request->code    ? sizeof request->code
                      : field == request->token ? sizeof request->token
                                                : sizeof request->decision;
    if (!field) return MHD_YES;   /* an unknown field is ignored, as forms do */
    if (offset + size >= capacity) {
        request->field_too_long = true;
        return MHD_NO;
    }
    memcpy(field + offset, data, size);
    field[offset + size] = '\0';
    return MHD_YES;
}

/* Phones may type the code in lower case. */
static bool code_matches(const Room *room, const char *code)
{
    return strcasecmp(code, room->code) == 0;
}

static enum MHD_Result post_join(Room *room, Request *request)
{
    if (!code_matches(room, request->code))
        return reply_error(request->connection, 403, "wrong room code");
    uint8_t random[ROOM_TOKEN_BYTES];
    char token[ROOM_TOKEN_CHARS + 1];
    if (!room_net_random(random, sizeof random))
        return reply_error(request->connection, 503, "no randomness");
    pthread_mutex_lock(&room->lock);
    bool joined = ballot_join(&room->ballot, random, token);
    pthread_mutex_unlock(&room->lock);
    if (!joined) return reply_error(request->connection, 503, "the room is full");
    StrBuf json = {0};
    strbuf_printf(&json, "{\"token\":\"%s\"}", token);
    return reply_json(request->connection, &json);
}

static enum MHD_Result post_vote(Room *room, Request *request)
{
    struct MHD_Connection *connection = request->connection;
    if (!code_matches(room, request->code)) return reply_error(connection, 403, "wrong room code");
    int decision = parse_number(request->decision), option = parse_number(request->option);
    if (decision < 0 || option < 0)
        return reply_error(connection, 400, "decision and option must be numbers");
    pthread_mutex_lock(&room->lock);
    BallotResult result = ballot_vote(&room->ballot, request->token, decision, option);
    StrBuf json = {0};
    if (result == BALLOT_COUNTED) state_json(room, request->token, &json);
    pthread_mutex_unlock(&room->lock);
    switch (result) {
    case BALLOT_COUNTED:
        if (room->config.on_votes) room->config.on_votes(room->config.context);
        return reply_json(connection, &json);
    case BALLOT_UNKNOWN_PHONE: return reply_error(connection, 403, "unknown phone: join again");
    case BALLOT_CLOSED: return reply_error(connection, 409, "the vote is closed");
    case BALLOT_OTHER_DECISION: return reply_error(connection, 409, "that decision is over");
    case BALLOT_NO_SUCH_OPTION: break;
    }
    return reply_error(connection, 400, "no such option");
}

/* ---- routing ---- */

static Request *request_new(struct MHD_Connection *connection, bool post)
{
    Request *request = calloc(1, sizeof *request);
    if (!request) return NULL;
    request->connection = connection;
    if (post) request->post = MHD_create_post_processor(connection, 512, collect_field, request);
    return request;
}

/* A POST body arrives in pieces. Past ROOM_BODY_MAX the rest is read and dropped, so the 413 can
   be sent once the client listens again (a reply queued mid-upload never reaches it); false when
   it goes on past ROOM_DROP_MAX, and the connection is closed instead. */
static bool take_body(Request *request, const char *data, size_t size)
{
    request->body_size += size;
    if (request->body_size <= ROOM_BODY_MAX && !request->field_too_long)
        MHD_post_process(request->post, data, size);
    return request->body_size <= ROOM_DROP_MAX;
}

static enum MHD_Result route_post(Room *room, Request *request, const char *url)
{
    if (request->body_size > ROOM_BODY_MAX)
        return reply_error(request->connection, 413, "the body is too long");
    if (request->field_too_long)
        return reply_error(request->connection, 413, "a field is too long");
    if (strcmp(url, "/api/join") == 0) return post_join(room, request);
    return post_vote(room, request);
}

static enum MHD_Result handle(void *context, struct MHD_Connection *connection, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **request_slot)
{
    (void)version;
    Room *room = context;
    bool get =
        strcmp(method, MHD_HTTP_METHOD_GET) == 0 || strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
    bool post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
    bool api_post = strcmp(url, "/api/join") == 0 || strcmp(url, "/api/vote") == 0;
    Request *request = *request_slot;
    if (!request) {   /* the headers are in: refuse what no body can mend before reading one */
        const char *length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND,
                                                         MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (length && (strlen(length) > 6 || atoi(length) > ROOM_BODY_MAX))
            return reply_error(connection, 413, "the body is too long");
        if (!(request = *request_slot = request_new(connection, post && api_post)))
            return reply_error(connection, 503, "out of memory");
        if (post && api_post && !request->post)
            return reply_error(connection, 415, "send a form (application/x-www-form-urlencoded)");
        if (post && api_post) return MHD_YES;   /* the form comes next */
    }
    if (post && api_post) {
        if (!*upload_size) return route_post(room, request, url);
        bool more = take_body(request, upload, *upload_size);
        *upload_size = 0;
        return more ? MHD_YES : MHD_NO;
    }
    if (api_post) return reply_error(connection, 405, "use POST");
    if (strcmp(url, "/api/state") == 0)
        return get ? get_state(room, request) : reply_error(connection, 405, "use GET");
    RoomAsset asset;
    if (!room_page_find(url, &asset)) return reply_error(connection, 404, "no such page");
    if (!get) return reply_error(connection, 405, "use GET");
    return reply(connection, MHD_HTTP_OK, asset.type, asset.data, asset.size,
                 MHD_RESPMEM_PERSISTENT);
}

static void request_done(void *context, struct MHD_Connection *connection, void **request_slot,
                         enum MHD_RequestTerminationCode code)
{
    (void)connection, (void)code;
    Room *room = context;
    Request *request = *request_slot;
    if (!request) return;
    pthread_mutex_lock(&room->lock);
    for (Request **link = &room->waiting; *link; link = &(*link)->next)
        if (*link == request) {
            *link = request->next;
            break;
        }
    pthread_mutex_unlock(&room->lock);
    if (request->post) MHD_destroy_post_processor(request->post);
    free(request);
    *request_slot = NULL;
}

/* ---- the host's side ---- */

static bool make_code(char *code)
{
    static const char letters[] = "ACDEFHJKMNPRTUVWXY"; /* none that reads as another, or a digit */
    uint8_t random[4];
    if (!room_net_random(random, sizeof random)) return false;
    for (int i = 0; i < 4; i++) code[i] = letters[random[i] % (sizeof letters - 1)];
    code[4] = '\0';
    return true;
}

static bool listen_on(Room *room, const char *bind, char *error, size_t error_size)
{
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons(room->config.port)};
    if (inet_pton(AF_INET, bind, &address.sin_addr) != 1) {
        snprintf(error, error_size, "'%s' is not an IPv4 address", bind);
        return false;
    }
    room->daemon = MHD_start_daemon(
        MHD_USE_AUTO_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME, room->config.port, NULL, NULL,
        handle, room, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&address,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)ROOM_CONNECTIONS_MAX, MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned)ROOM_IDLE_SECONDS, MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)ROOM_HEADER_MEMORY,
        MHD_OPTION_NOTIFY_COMPLETED, request_done, room, MHD_OPTION_END);
    if (!room->daemon) {
        snprintf(error, error_size,
                 "cannot listen on %s port %u (in use, or not this machine's address?)", bind,
                 (unsigned)room->config.port);
        return false;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(room->daemon, MHD_DAEMON_INFO_BIND_PORT);
    room->port = info ? info->port : room->config.port;
    return true;
}

Room *room_start(const RoomConfig *config, char *error, size_t error_size)
{
    Room *room = calloc(1, sizeof *room);
    if (!room) return snprintf(error, error_size, "out of memory"), NULL;
    room->config = *config;
    pthread_mutex_init(&room->lock, NULL);
    pthread_condattr_t clock;
    pthread_condattr_init(&clock);
    pthread_condattr_setclock(&clock, CLOCK_MONOTONIC);
    pthread_cond_init(&room->wake_waker, &clock);
    pthread_condattr_destroy(&clock);
    room->config.bind = NULL;   /* the caller's string is not kept */
    const char *bind = config->bind && config->bind[0] ? config->bind : NULL;
    if (bind) snprintf(room->host, sizeof room->host, "%s", bind);
    else if (!room_net_lan_address(room->host, sizeof room->host))
        snprintf(room->host, sizeof room->host, "127.0.0.1");
    room->config.lang = NULL;
    room_json_labels(&room->labels_json, config);
    strbuf_puts(&room->view_json,
                "\"phase\":\"waiting\",\"decision\":0,\"lines\":[],\"options\":[]");
    room->version = 1;
    if (!make_code(room->code)) {
        snprintf(error, error_size, "no random numbers from the system");
        room_stop(room);
        return NULL;
    }
    room->waker_running = pthread_create(&room->waker, NULL, waker_main, room) == 0;
    if (!room->waker_running || !listen_on(room, room->host, error, error_size)) {
        if (!room->waker_running) snprintf(error, error_size, "cannot start a thread");
        room_stop(room);
        return NULL;
    }
    snprintf(room->address, sizeof room->address, "http://%s:%u/", room->host,
             (unsigned)room->port);
    snprintf(room->join_url, sizeof room->join_url, "http://%s:%u/?room=%s", room->host,
             (unsigned)room->port, room->code);
    return room;
}

void room_stop(Room *room)
{
    if (!room) return;
    pthread_mutex_lock(&room->lock);
    room->stopping = true;
    Request *waiting = take_waiting(room, NULL);
    pthread_cond_signal(&room->wake_waker);
    pthread_mutex_unlock(&room->lock);
    if (room->waker_running) pthread_join(room->waker, NULL);
    resume_all(waiting);
    if (room->daemon) MHD_stop_daemon(room->daemon);
    ballot_free(&room->ballot);
    strbuf_free(&room->view_json);
    strbuf_free(&room->labels_json);
    pthread_cond_destroy(&room->wake_waker);
    pthread_mutex_destroy(&room->lock);
    free(room);
}

const char *room_code(const Room *room) { return room->code; }
const char *room_address(const Room *room) { return room->address; }
const char *room_join_url(const Room *room) { return room->join_url; }
uint16_t room_port(const Room *room) { return room->port; }

void room_show(Room *room, const RoomView *view)
{
    StrBuf json = {0};
    room_json_view(&json, view);
    pthread_mutex_lock(&room->lock);
    strbuf_free(&room->view_json);
    room->view_json = json;
    room->version++;
    room->countdown_seconds = view->countdown_seconds;
    room->countdown_running = view->countdown_running && view->countdown_seconds > 0;
    room->countdown_from = monotonic_now();
    ballot_set_decision(&room->ballot, view->decision, view->option_count,
                        view->phase == ROOM_VOTING);
    Request *waiting = take_waiting(room, NULL);
    pthread_mutex_unlock(&room->lock);
    resume_all(waiting);
}

int room_tally(Room *room, int *counts, int count)
{
    pthread_mutex_lock(&room->lock);
    for (int i = 0; i < count; i++) counts[i] = i < ROOM_OPTIONS_MAX ? room->ballot.counts[i] : 0;
    int voters = room->ballot.voters;
    pthread_mutex_unlock(&room->lock);
    return voters;
}
