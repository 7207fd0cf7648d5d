/* text_phones.c: waits on the facilitator's keyboard and the room's wake-up pipe at once (poll),
   so the terminal shows each new vote as it comes and uses no CPU between them. */
#define _POSIX_C_SOURCE 200809L
#include "text_phones.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *tr(const TextOptions *text, const char *english)
{
    return catalog_tr(text->ui, english);
}

static const char *translate(const void *catalog, const char *english)
{
    return catalog_tr(catalog, english);
}

/* Called on the room's thread: one byte wakes the terminal (a full pipe is already awake). */
static void wake(void *context)
{
    const TextPhones *phones = context;
    ssize_t written = write(phones->wake[1], "v", 1);
    (void)written;
}

bool text_phones_start(TextPhones *phones, const TextPhonesConfig *config, const TextOptions *text)
{
    *phones = (TextPhones){.wake = {-1, -1}};
    if (pipe(phones->wake) != 0) return false;
    for (int i = 0; i < 2; i++) fcntl(phones->wake[i], F_SETFL, O_NONBLOCK);
    RoomConfig room = {.bind = config->bind,
                       .port = config->port,
                       .on_votes = wake,
                       .context = phones,
                       .lang = config->lang,
                       .translate = translate,
                       .catalog = text->ui};
    char error[256];
    if (!(phones->room = room_start(&room, error, sizeof error))) {
        fprintf(stderr, "heartlines: the room for phones could not start: %s\n", error);
        text_phones_stop(phones);
        return false;
    }
    /* The keyboard and the pipe are polled together: stdio must not read ahead of a line. */
    setvbuf(text->in, NULL, _IONBF, 0);
    char *qr = room_qr_text(phones->room);
    fprintf(text->out, tr(text, "\nPhones: open %s and enter the room code %s, or scan:\n"),
            room_address(phones->room), room_code(phones->room));
    if (qr) fputs(qr, text->out);
    free(qr);
    fflush(text->out);
    return true;
}

void text_phones_stop(TextPhones *phones)
{
    room_stop(phones->room);
    for (int i = 0; i < 2; i++)
        if (phones->wake[i] >= 0) close(phones->wake[i]);
    *phones = (TextPhones){.wake = {-1, -1}};
}

/* "2 0 1": hands per option; an empty line is no hands. */
static bool parse_hands(const char *line, int *hands, int count)
{
    while (isspace((unsigned char)*line)) line++;
    return !*line || text_parse_counts(line, hands, count);
}

/* Blocks until the facilitator types a line (true) or a vote arrives (false, line untouched). */
static bool wait_for_line_or_vote(TextPhones *phones, const TextOptions *text, char *line,
                                  size_t size, bool *ended)
{
    struct pollfd ready[2] = {{.fd = fileno(text->in), .events = POLLIN},
                              {.fd = phones->wake[0], .events = POLLIN}};
    while (poll(ready, 2, -1) < 0)
        if (errno != EINTR) return *ended = true, true;
    if (ready[1].revents & POLLIN) {
        char drain[64];
        while (read(phones->wake[0], drain, sizeof drain) > 0) {}
    }
    if (!(ready[0].revents & (POLLIN | POLLHUP))) return false;
    if (!fgets(line, (int)size, text->in)) *ended = true;
    return true;
}

PhonesVote text_phones_vote(TextPhones *phones, const TextOptions *text, const Scenario *scenario,
                            const View *view, int *counts, int count, const PhonesLineHook *hook)
{
    int decision = ++phones->decision, hands[ROOM_OPTIONS_MAX] = {0}, shown = -1;
    room_show_scene(phones->room, scenario, view, ROOM_VOTING, decision);
    fprintf(text->out, "%s",
            tr(text, "Phones are voting. Press Enter to close the vote, or first type the hands of "
                     "people without a phone, one number per option (e.g. 1 0 2).\n"));
    char line[512];
    bool ended = false;
    for (;;) {
        int in = room_tally(phones->room, counts, count);
        if (in != shown)
            fprintf(text->out, tr(text, "Votes in: %d\n"), shown = in), fflush(text->out);
        if (!wait_for_line_or_vote(phones, text, line, sizeof line, &ended)) continue;
        if (ended) return PHONES_ENDED;
        if (parse_hands(line, hands, count)) break;
        PhonesLine taken = hook->take(hook->context, line);
        if (taken == LINE_LEAVES_THE_VOTE) return PHONES_LEFT;
        if (taken == LINE_TAKEN) continue;
        fprintf(text->out,
                tr(text, "Please type %d numbers, one for each option, or just press Enter.\n"),
                count);
    }
    room_show_scene(phones->room, scenario, view, ROOM_CLOSED, decision);
    room_tally(phones->room, counts, count);
    for (int i = 0; i < count; i++) counts[i] += hands[i];
    return PHONES_CLOSED;
}
