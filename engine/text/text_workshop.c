/* text_workshop.c: the workshop flow in the terminal: the facilitator types the room's counts for
   each lettered option (or the phones vote, see text_phones.h), presses Enter after a discussion,
   and can rewind to an earlier decision; the rules (the majority, ties, what is logged) are the
   core's (workshop_flow.h). */
#include "text_workshop.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/workshop_flow.h"

/* One terminal session: the flow, the scenario loaded for it, what has been printed, and the
   phones when the room votes on them. */
typedef struct Sitting {
    const WorkshopOptions *o;
    const LoaderOptions *loader;
    WorkshopFlow *flow;
    LoadedScenario loaded;
    bool open;                   /* loaded holds a scenario */
    int printed_node, printed_step;   /* the view last printed, so it is printed once */
    uint32_t now;                /* when the last line was typed: the flow's clock */
    int status;
    TextPhones phones;
    bool on_phones;              /* phones holds a running room */
} Sitting;

static const char *tr(const WorkshopOptions *o, const char *english)
{
    return catalog_tr(o->text.ui, english);
}

static bool read_line(Sitting *room, char *line, size_t size)
{
    const WorkshopOptions *o = room->o;
    fputs("> ", o->text.out);
    fflush(o->text.out);
    if (!fgets(line, (int)size, o->text.in)) return false;
    room->now = o->now_ms();
    if (!isatty(fileno(o->text.in)))
        fprintf(o->text.out, "%s%s", line, strchr(line, '\n') ? "" : "\n");
    return true;
}

static bool send(Sitting *room, WorkshopEventKind kind, int option, int count)
{
    return workshop_flow_send(room->flow, (WorkshopEvent){kind, option, count}, room->now);
}

/* "r 2": back to decision 2. LINE_NOT_MINE when the line asks for no rewind, LINE_TAKEN when it
   asks for one that is not there, LINE_LEAVES_THE_VOTE when the room has gone back. */
static PhonesLine rewind_asked(Sitting *room, const char *line)
{
    if (tolower((unsigned char)line[0]) != 'r') return LINE_NOT_MINE;
    int decision = atoi(line + 1);
    if (!send(room, WEV_REWIND, 0, 0) || !send(room, WEV_REWIND_TO, decision - 1, 0)) {
        send(room, WEV_GO_ON, 0, 0);
        fprintf(room->o->text.out, tr(room->o, "There is no decision %d to go back to.\n"),
                decision);
        return LINE_TAKEN;
    }
    const WorkshopShow *show = workshop_flow_show(room->flow, room->now);
    fprintf(room->o->text.out,
            tr(room->o, "\nBack to decision %d. The first time, from there:\n%s"), decision,
            show->branch);
    return LINE_LEAVES_THE_VOTE;
}

static void bar_chart(const WorkshopOptions *o, const int *counts, int n)
{
    int most = 1;
    for (int i = 0; i < n; i++) most = counts[i] > most ? counts[i] : most;
    for (int i = 0; i < n; i++) {
        fprintf(o->text.out, "%c ", 'A' + i);
        for (int k = 0; k < counts[i] * 30 / most; k++) fputc('#', o->text.out);
        fprintf(o->text.out, " %d\n", counts[i]);
    }
}

/* Says why the vote asks before it is recorded: a tie, no votes, or a locked favourite. */
static void ask_about_tie(const WorkshopOptions *o, const WorkshopShow *show)
{
    if (show->tie == TIE_EVEN) {
        char tied[TALLY_MAX * 3] = "";
        for (int i = 0, n = 0; i < show->option_count; i++)
            if (show->tied & (1u << i))
                n += snprintf(tied + n, sizeof tied - (size_t)n, "%s%c", n ? ", " : "", 'A' + i);
        fprintf(o->text.out, tr(o, "A tie between %s."), tied);
        fputc('\n', o->text.out);
    } else {
        fputs(tr(o, show->tie == TIE_NO_VOTES ? "No votes were counted."
                                              : "Most voted for an option that is not open now."),
              o->text.out);
        fputc('\n', o->text.out);
    }
    fputs(tr(o, "Type the letter the story follows, or the counts again to correct them.\n"),
          o->text.out);
}

/* Sends the counts and closes the vote, then asks on a tie (or no votes) until the facilitator
   confirms a letter or corrects the counts; false at the end of input. */
static bool close_vote(Sitting *room, int *counts, int n)
{
    const WorkshopOptions *o = room->o;
    char line[512];
    bar_chart(o, counts, n);
    for (int i = 0; i < n; i++) send(room, WEV_SET_VOTES, i, counts[i]);
    send(room, WEV_CLOSE_VOTE, 0, 0);
    const WorkshopShow *show;
    while ((show = workshop_flow_show(room->flow, room->now))->stage == WORKSHOP_TIE) {
        ask_about_tie(o, show);
        if (!read_line(room, line, sizeof line)) return false;
        PhonesLine rewound = rewind_asked(room, line);
        if (rewound == LINE_LEAVES_THE_VOTE) return true;
        if (rewound == LINE_TAKEN) continue;   /* no such decision: still asking */
        if (text_parse_counts(line, counts, n)) {
            bar_chart(o, counts, n);
            for (int i = 0; i < n; i++) send(room, WEV_SET_VOTES, i, counts[i]);
            send(room, WEV_CLOSE_VOTE, 0, 0);
        } else send(room, WEV_PICK, toupper((unsigned char)line[0]) - 'A', 0);
    }
    fprintf(o->text.out, tr(o, "The story follows %c.\n"), 'A' + show->followed);
    return true;
}

/* A line typed while the phones vote: "r 2" rewinds, leaving the vote if it could. */
static PhonesLine line_during_phones(void *context, const char *line)
{
    Sitting *room = context;
    room->now = room->o->now_ms();
    return rewind_asked(room, line);
}

/* Reads the room's votes (from the phones, or typed) and closes the vote; false at the end of
   input. */
static bool take_vote(Sitting *room, const WorkshopShow *show)
{
    const WorkshopOptions *o = room->o;
    int counts[TALLY_MAX] = {0}, n = show->option_count;
    char line[512];
    if (room->on_phones) {
        PhonesLineHook hook = {line_during_phones, room};
        PhonesVote got = text_phones_vote(&room->phones, &o->text, room->loaded.scenario,
                                          show->view, counts, n, &hook);
        if (got != PHONES_CLOSED) return got == PHONES_LEFT;
        room->now = o->now_ms();
    } else {
        fprintf(o->text.out, tr(o, "\nThe room's votes for A to %c, in order (e.g. 4 11 2):\n"),
                'A' + n - 1);
        while (true) {
            if (!read_line(room, line, sizeof line)) return false;
            if (rewind_asked(room, line)) return true;
            if (text_parse_counts(line, counts, n)) break;
            fprintf(o->text.out, tr(o, "Please type %d numbers, one for each option.\n"), n);
        }
    }
    return close_vote(room, counts, n);
}

static bool discussion(Sitting *room, const WorkshopShow *show)
{
    const WorkshopOptions *o = room->o;
    char line[64];
    if (room->on_phones) /* the terminal keeps no clock: the phones count down from the full time */
        room_show_discussion(room->phones.room, room->loaded.scenario, show->view, show->prompt,
                             show->timed ? (show->ms_left + 999) / 1000 : 0, show->timed);
    fprintf(o->text.out, tr(o, "\nDiscussion: %s\n"), show->prompt);
    if (show->timed)
        fprintf(o->text.out, tr(o, "(about %d minutes)\n"), (int)(show->ms_left / 60000));
    fputs(tr(o, "Press Enter when the room is ready to go on.\n"), o->text.out);
    bool more = read_line(room, line, sizeof line);
    send(room, WEV_GO_ON, 0, 0);
    return more;
}

/* The view's lines and lettered options, once for each place in the story. */
static void print_view(Sitting *room, const View *view)
{
    const WorkshopOptions *o = room->o;
    if (view->node == room->printed_node && view->step == room->printed_step) return;
    room->printed_node = view->node;
    room->printed_step = view->step;
    fputc('\n', o->text.out);
    for (int i = 0; i < view->line_count; i++)
        text_print_line(o->text.out, &view->lines[i], o->text.ui);
    if (view->kind != VIEW_CHOOSE) return;
    fputc('\n', o->text.out);
    for (int i = 0; i < view->choice_count && i < TALLY_MAX; i++) {
        char letter[128];
        snprintf(letter, sizeof letter, "%c. %s", 'A' + i,
                 view->choices[i].locked ? tr(o, "(not now) ") : "");
        text_print_plain(o->text.out, letter, view->choices[i].text);
    }
}

/* The ending and the room's questions; "r N" rewinds from here. False at the end of input. */
static bool ending(Sitting *room, const WorkshopShow *show)
{
    const WorkshopOptions *o = room->o;
    if (show->view->kind == VIEW_ENDING) {
        const Node *end = &room->loaded.scenario->nodes[show->view->node];
        if (room->on_phones)
            room_show_ending(room->phones.room, room->loaded.scenario,
                             runtime_record(workshop_flow_runtime(room->flow)));
        fprintf(o->text.out, tr(o, "\nThe end: %s\n%s\n"), end->title, end->summary);
        fputs(tr(o, "\nFor the room: What happened? So what: why did it go that way? Now what: "
                    "what would you "
                    "say, in your own life?\n"),
              o->text.out);
    }
    char line[64];
    if (show->decisions) {
        fputs(tr(o, "Enter: go on. R and a number: back to that decision, for another branch.\n"),
              o->text.out);
        if (!read_line(room, line, sizeof line)) return false;
        if (rewind_asked(room, line)) return true;
    }
    if (!show->last) fputs(tr(o, "\n---- Next scenario ----\n"), o->text.out);
    send(room, WEV_NEXT, 0, 0);
    return true;
}

/* Content notes wait for Enter, so the room can choose to sit one out before it starts; "n"
   skips the scenario (*skip). False at the end of input. */
static bool wait_after_notes(Sitting *room, bool *skip)
{
    const WorkshopOptions *o = room->o;
    char line[64];
    *skip = false;
    if (!room->loaded.scenario->note_count) return true;
    fputs(tr(o, "\nPress Enter to start, or type n to skip this scenario.\n"), o->text.out);
    if (!read_line(room, line, sizeof line)) return false;
    *skip = tolower((unsigned char)line[0]) == 'n';
    return true;
}

/* Opens the scenario the flow names and starts it after its notes (or moves on without it);
   false at the end of input. */
static bool open_next(Sitting *room, const WorkshopShow *show)
{
    if (room->open) loader_close(&room->loaded);
    room->open = false;
    DiagList diags = {0};
    bool ok = loader_open(show->path, room->loader, &diags, &room->loaded);
    StrBuf errors = {0};
    for (int d = 0; d < diags.count; d++)
        diag_format(&diags.items[d], &errors), strbuf_puts(&errors, "\n");
    if (!ok) fprintf(stderr, "%s", strbuf_text(&errors)), room->status = 1;
    strbuf_free(&errors);
    diag_list_free(&diags);
    room->open = ok;
    room->printed_node = room->printed_step = -1;
    bool last = show->last, skip = false;
    const char *path = show->path;
    if (ok) {
        text_print_intro(room->o->text.out, room->loaded.scenario, room->o->text.ui);
        if (!wait_after_notes(room, &skip)) return false;
        if (!skip && workshop_flow_begin(room->flow, room->loaded.scenario, &room->loaded.hooks,
                                         room->now))
            return true;
        if (!skip) fprintf(stderr, "heartlines: %s: cannot start the scenario\n", path);
        room->status |= !skip;
    }
    if (!last) fputs(tr(room->o, "\n---- Next scenario ----\n"), room->o->text.out);
    send(room, WEV_NEXT, 0, 0);
    return true;
}

/* One step of the flow; false when the session is over or input has ended. */
static bool step(Sitting *room)
{
    const WorkshopShow *show = workshop_flow_show(room->flow, room->now);
    if (show->stage == WORKSHOP_OVER) return false;
    if (show->stage == WORKSHOP_OPEN) return open_next(room, show);
    print_view(room, show->view);
    switch (show->stage) {
    case WORKSHOP_STORY:
        if (room->on_phones)
            room_show_scene(room->phones.room, room->loaded.scenario, show->view, ROOM_WAITING,
                            room->phones.decision);
        return send(room, WEV_GO_ON, 0, 0);
    case WORKSHOP_DISCUSS: return discussion(room, show);
    case WORKSHOP_VOTE: return take_vote(room, show);
    case WORKSHOP_ENDING: return ending(room, show);
    default: return false;
    }
}

/* The report's last write; false (after saying so) when it could not be written. */
static bool write_report(const WorkshopOptions *o, Session *session)
{
    char written[9000];
    if (!o->report_dir || !o->report_dir[0]) return true;
    bool ok = session_save_reports(session, o->report_dir, o->date, written, sizeof written);
    fprintf(ok ? o->text.out : stderr,
            ok ? tr(o, "Report: %s\n") : tr(o, "Could not write the report: %s\n"), written);
    return ok;
}

int text_workshop(const LoaderOptions *loader, const WorkshopOptions *options)
{
    Sitting room = {.o = options,
                    .loader = loader,
                    .flow = workshop_flow_new(options->files, options->file_count)};
    if (!room.flow) {
        fprintf(stderr, "heartlines: out of memory\n");
        return 1;
    }
    session_set_group(workshop_flow_session(room.flow), options->group);
    char why[4600];
    if (options->report_dir && options->report_dir[0] &&
        !session_open_reports(workshop_flow_session(room.flow), options->report_dir, options->date,
                              why, sizeof why)) {
        fprintf(stderr, tr(options, "Could not write the report: %s\n"), why);
        workshop_flow_free(room.flow);
        return 1; /* before the session: the room has not spent an hour on a report that is lost */
    }
    if (options->phones) {
        if (!text_phones_start(&room.phones, options->phones, &options->text)) {
            workshop_flow_free(room.flow);
            return 1;
        }
        room.on_phones = true;
    }
    while (step(&room)) continue;
    if (!write_report(options, workshop_flow_session(room.flow))) room.status = 1;
    if (room.on_phones) {   /* the room stays up until the phones have had the ending */
        char line[64];
        fputs(tr(options, "The phones keep the reflection. Press Enter to end the session.\n"),
              options->text.out);
        read_line(&room, line, sizeof line);
        text_phones_stop(&room.phones);
    }
    workshop_flow_free(room.flow);
    if (room.open) loader_close(&room.loaded);
    return room.status;
}
