/* phones_bench.c: the room's load test on loopback. 200 simulated phones (each its own keep-alive
   connection) join and vote on every decision; the "projector" is a host thread woken through a
   pipe by the room's callback, as the terminal is. It prints: votes counted against votes sent,
   vote-to-projector latency (p50, p99), requests per second with every phone voting at once, the
   process's CPU while 300 long polls and 100 idle sockets wait, and how long the page takes to
   answer then. Usage: heartlines_phones_bench [--quick] */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "../../engine/room/room.h"

enum { PHONES = 200, DECISIONS = 10, OPTIONS = 4, THREADS = 8, WAITING_POLLS = 300, IDLE_SOCKETS = 100 };

typedef struct Phone {
    int fd;
    char token[40];
} Phone;

typedef struct Bench {
    Room *room;
    int wake[2];
    atomic_int callbacks;
    Phone phones[PHONES];
    /* the projector's view: when it saw each total of the current decision */
    pthread_mutex_t lock;
    double seen_at[PHONES + 1];
    int seen_total;
    int decision;
    atomic_bool projector_stop;
    atomic_long requests;
} Bench;

static double now_ms(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static double cpu_ms(void)
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

static void wake(void *context)
{
    Bench *bench = context;
    atomic_fetch_add(&bench->callbacks, 1);
    ssize_t written = write(bench->wake[1], "v", 1);
    (void)written;
}

/* The projector: sleeps on the pipe, reads the tally when woken, notes when each total was seen. */
static void *projector(void *context)
{
    Bench *bench = context;
    struct pollfd ready = {.fd = bench->wake[0], .events = POLLIN};
    while (!atomic_load(&bench->projector_stop)) {
        if (poll(&ready, 1, -1) <= 0) continue;
        char drain[256];
        while (read(bench->wake[0], drain, sizeof drain) > 0) {}
        int counts[OPTIONS];
        int total = room_tally(bench->room, counts, OPTIONS);
        double at = now_ms();
        pthread_mutex_lock(&bench->lock);
        for (int t = bench->seen_total + 1; t <= total && t <= PHONES; t++) bench->seen_at[t] = at;
        if (total > bench->seen_total) bench->seen_total = total;
        pthread_mutex_unlock(&bench->lock);
    }
    return NULL;
}

static int connect_room(const Bench *bench)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons(room_port(bench->room))};
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) {
        perror("connect");
        exit(1);
    }
    return fd;
}

/* One request on a keep-alive connection; the status, with the body in body. */
static int request(int fd, const char *method, const char *path, const char *form, char *body, size_t size)
{
    char text[1024];
    int length = form ? snprintf(text, sizeof text,
                                 "%s %s HTTP/1.1\r\nHost: b\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                 "Content-Length: %zu\r\n\r\n%s", method, path, strlen(form), form)
                      : snprintf(text, sizeof text, "%s %s HTTP/1.1\r\nHost: b\r\n\r\n", method, path);
    if (write(fd, text, (size_t)length) != length) return 0;
    size_t got = 0;
    char *end = NULL;
    while (!end && got + 1 < size) {   /* the headers */
        ssize_t n = read(fd, body + got, size - 1 - got);
        if (n <= 0) return 0;
        got += (size_t)n;
        body[got] = '\0';
        end = strstr(body, "\r\n\r\n");
    }
    int status = 0;
    sscanf(body, "HTTP/1.1 %d", &status);
    const char *field = strstr(body, "Content-Length: ");
    size_t content = field ? (size_t)atol(field + 16) : 0, head = (size_t)(end + 4 - body);
    while (got < head + content && got + 1 < size) {
        ssize_t n = read(fd, body + got, size - 1 - got);
        if (n <= 0) return 0;
        got += (size_t)n;
    }
    body[got] = '\0';
    memmove(body, body + head, got - head + 1);
    return status;
}

static void join_all(Bench *bench)
{
    char form[64], body[4096];
    snprintf(form, sizeof form, "code=%s", room_code(bench->room));
    for (int i = 0; i < PHONES; i++) {
        Phone *phone = &bench->phones[i];
        phone->fd = connect_room(bench);
        if (request(phone->fd, "POST", "/api/join", form, body, sizeof body) != 200) {
            fprintf(stderr, "phone %d could not join\n", i);
            exit(1);
        }
        sscanf(strstr(body, "\"token\":\"") + 9, "%32[0-9a-f]", phone->token);
    }
}

static bool vote(Bench *bench, Phone *phone, int decision, int option)
{
    char form[160], body[8192];
    snprintf(form, sizeof form, "code=%s&token=%s&decision=%d&option=%d", room_code(bench->room), phone->token,
             decision, option);
    atomic_fetch_add(&bench->requests, 1);
    return request(phone->fd, "POST", "/api/vote", form, body, sizeof body) == 200;
}

static void open_decision(Bench *bench, int decision)
{
    pthread_mutex_lock(&bench->lock);
    bench->seen_total = 0;
    bench->decision = decision;
    pthread_mutex_unlock(&bench->lock);
    RoomView view = {.phase = ROOM_VOTING, .decision = decision, .title = "Bench",
                     .options = {"A", "B", "C", "D"}, .option_count = OPTIONS};
    room_show(bench->room, &view);
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Phones vote one after another, as a room does over a minute: each vote's time to the projector
   is exact, since the projector's k-th total is the k-th vote. */
static void latency_run(Bench *bench, int decisions, int *sent, int *counted)
{
    static double latencies[DECISIONS * PHONES];
    int n = 0;
    for (int d = 1; d <= decisions; d++) {
        open_decision(bench, d);
        for (int i = 0; i < PHONES; i++) {
            double sent_at = now_ms();
            if (vote(bench, &bench->phones[i], d, (i * 7 + d) % OPTIONS)) (*sent)++;
            double deadline = now_ms() + 1000;
            for (;;) {   /* wait until the projector has seen it (bench only: the game never spins) */
                pthread_mutex_lock(&bench->lock);
                bool seen = bench->seen_total > i;
                double at = bench->seen_at[i + 1];
                pthread_mutex_unlock(&bench->lock);
                if (seen) {
                    latencies[n++] = at - sent_at;
                    break;
                }
                if (now_ms() > deadline) break;
                struct timespec pause = {0, 50000};
                nanosleep(&pause, NULL);
            }
        }
        int counts[OPTIONS];
        *counted += room_tally(bench->room, counts, OPTIONS);
    }
    qsort(latencies, (size_t)n, sizeof *latencies, compare);
    printf("vote-to-projector latency over %d votes: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", n,
           n ? latencies[n / 2] : 0, n ? latencies[n * 99 / 100] : 0, n ? latencies[n - 1] : 0);
}

typedef struct Worker {
    Bench *bench;
    int first, count, decision, rounds;
    int ok;
} Worker;

static void *worker_main(void *context)
{
    Worker *w = context;
    for (int round = 0; round < w->rounds; round++)
        for (int i = w->first; i < w->first + w->count; i++)
            w->ok += vote(w->bench, &w->bench->phones[i], w->decision, (i + round) % OPTIONS);
    return NULL;
}

/* Every phone votes at once, changing its vote rounds times, on every decision. */
static void throughput_run(Bench *bench, int decisions, int rounds)
{
    long before = atomic_load(&bench->requests);
    int callbacks_before = atomic_load(&bench->callbacks), ok = 0, right = 0;
    double start = now_ms();
    for (int d = 1; d <= decisions; d++) {
        open_decision(bench, 100 + d);
        pthread_t threads[THREADS];
        Worker workers[THREADS];
        for (int t = 0; t < THREADS; t++) {
            workers[t] = (Worker){bench, t * PHONES / THREADS, PHONES / THREADS, 100 + d, rounds, 0};
            pthread_create(&threads[t], NULL, worker_main, &workers[t]);
        }
        for (int t = 0; t < THREADS; t++) pthread_join(threads[t], NULL), ok += workers[t].ok;
        int counts[OPTIONS], sum = 0;
        int voters = room_tally(bench->room, counts, OPTIONS);
        for (int o = 0; o < OPTIONS; o++) sum += counts[o];
        right += voters == PHONES && sum == PHONES;
    }
    double seconds = (now_ms() - start) / 1e3;
    long sent = atomic_load(&bench->requests) - before;
    printf("all %d phones at once, %d votes each per decision, %d decisions: %ld votes sent, %d counted "
           "(callbacks %d), tallies right %d/%d, %.0f requests/s\n",
           PHONES, rounds, decisions, sent, ok, atomic_load(&bench->callbacks) - callbacks_before, right, decisions,
           sent / seconds);
}

/* 300 long polls and 100 idle sockets held open: the CPU used meanwhile, and the page's answer time. */
static void waiting_run(Bench *bench, double seconds)
{
    int polls[WAITING_POLLS], idle[IDLE_SOCKETS];
    char text[160];
    for (int i = 0; i < IDLE_SOCKETS; i++) idle[i] = connect_room(bench);
    /* a long poll for the version after the current one, so each waits (since= the current version) */
    char body[65536];
    int probe = connect_room(bench);
    request(probe, "GET", "/api/state?since=0", NULL, body, sizeof body);
    close(probe);
    unsigned long long version = 0;
    sscanf(body, "{\"v\":%llu", &version);
    snprintf(text, sizeof text, "GET /api/state?since=%llu HTTP/1.1\r\nHost: b\r\n\r\n", version);
    for (int i = 0; i < WAITING_POLLS; i++) {
        polls[i] = connect_room(bench);
        if (write(polls[i], text, strlen(text)) < 0) perror("write");
    }
    struct timespec settle = {0, 300000000};
    nanosleep(&settle, NULL);
    double cpu = cpu_ms(), wall = now_ms();
    struct timespec wait = {(time_t)seconds, (long)((seconds - (time_t)seconds) * 1e9)};
    nanosleep(&wait, NULL);
    double used = cpu_ms() - cpu, elapsed = now_ms() - wall;
    double worst = 0;
    for (int i = 0; i < 10; i++) {
        double start = now_ms();
        int fd = connect_room(bench);
        int status = request(fd, "GET", "/", NULL, body, sizeof body);
        close(fd);
        double took = now_ms() - start;
        if (status != 200) took = 1e9;
        if (took > worst) worst = took;
    }
    printf("with %d long polls and %d idle sockets open: CPU %.1f ms over %.1f s (%.2f%%); the page answered "
           "in at most %.1f ms (10 loads)\n",
           WAITING_POLLS, IDLE_SOCKETS, used, elapsed / 1e3, 100 * used / elapsed, worst);
    for (int i = 0; i < WAITING_POLLS; i++) close(polls[i]);
    for (int i = 0; i < IDLE_SOCKETS; i++) close(idle[i]);
}

int main(int argc, char **argv)
{
    bool quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    static Bench bench;
    pthread_mutex_init(&bench.lock, NULL);
    if (pipe(bench.wake) != 0) return 1;
    for (int i = 0; i < 2; i++) fcntl(bench.wake[i], F_SETFL, O_NONBLOCK);
    char error[256];
    RoomConfig config = {.bind = "127.0.0.1", .port = 0, .on_votes = wake, .context = &bench};
    if (!(bench.room = room_start(&config, error, sizeof error))) {
        fprintf(stderr, "room: %s\n", error);
        return 1;
    }
    pthread_t projector_thread;
    pthread_create(&projector_thread, NULL, projector, &bench);
    join_all(&bench);
    int sent = 0, counted = 0, decisions = quick ? 2 : DECISIONS;
    latency_run(&bench, decisions, &sent, &counted);
    printf("one vote per phone per decision: %d phones x %d decisions: %d votes sent, %d counted\n", PHONES,
           decisions, sent, counted);
    throughput_run(&bench, decisions, quick ? 2 : 10);
    waiting_run(&bench, quick ? 1.0 : 5.0);
    for (int i = 0; i < PHONES; i++) close(bench.phones[i].fd);
    atomic_store(&bench.projector_stop, true);
    wake(&bench);
    pthread_join(projector_thread, NULL);
    room_stop(bench.room);
    return sent == counted ? 0 : 1;
}
