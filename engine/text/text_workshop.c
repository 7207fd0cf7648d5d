/* text_workshop.c: the facilitator types the room's counts for each lettered option; the story
   follows the majority, and a tie is the facilitator's call. */
#include "text_workshop.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/workshop.h"

static const char *tr(const WorkshopOptions *o, const char *english) { return catalog_tr(o->text.ui, english); }

static bool read_line(const WorkshopOptions *o, char *line, size_t size)
{
    fputs("> ", o->text.out);
    fflush(o->text.out);
    if (!fgets(line, (int)size, o->text.in)) return false;
    if (!isatty(fileno(o->text.in))) fprintf(o->text.out, "%s%s", line, strchr(line, '\n') ? "" : "\n");
    return true;
}

/* "4 11 2": one count per option. */
static bool parse_counts(const char *line, int *counts, int count)
{
    const char *p = line;
    for (int i = 0; i < count; i++) {
        char *end;
        long value = strtol(p, &end, 10);
        if (end == p || value < 0 || value > 100000) return false;
        counts[i] = (int)value;
        p = end;
    }
    while (isspace((unsigned char)*p)) p++;
    return *p == '\0';
}

static void bar_chart(const WorkshopOptions *o, const View *view, const int *counts)
{
    int most = 1;
    for (int i = 0; i < view->choice_count; i++) most = counts[i] > most ? counts[i] : most;
    for (int i = 0; i < view->choice_count; i++) {
        fprintf(o->text.out, "%c ", 'A' + i);
        for (int k = 0; k < counts[i] * 30 / most; k++) fputc('#', o->text.out);
        fprintf(o->text.out, " %d\n", counts[i]);
    }
}

/* Reads the room's votes and returns the option the story follows, or -1 at the end of input. */
static int take_vote(const WorkshopOptions *o, Session *session, const View *view, const Scenario *scenario)
{
    int counts[TALLY_MAX] = {0}, n = view->choice_count < TALLY_MAX ? view->choice_count : TALLY_MAX;
    char line[512];
    fprintf(o->text.out, tr(o, "\nThe room's votes for A to %c, in order (e.g. 4 11 2):\n"), 'A' + n - 1);
    while (true) {
        if (!read_line(o, line, sizeof line)) return -1;
        if (parse_counts(line, counts, n)) break;
        fprintf(o->text.out, tr(o, "Please type %d numbers, one for each option.\n"), n);
    }
    bar_chart(o, view, counts);
    bool tie;
    int winner = tally_winner(counts, n, &tie), followed = winner;
    while (followed < 0) {
        fprintf(o->text.out, "%s", tr(o, "A tie (or no votes): the facilitator picks a letter.\n"));
        if (!read_line(o, line, sizeof line)) return -1;
        int letter = toupper((unsigned char)line[0]) - 'A';
        if (letter >= 0 && letter < n && !view->choices[letter].locked) followed = letter;
    }
    fprintf(o->text.out, tr(o, "The story follows %c.\n"), 'A' + followed);
    const char *texts[TALLY_MAX];
    for (int i = 0; i < n; i++) texts[i] = view->choices[i].text;
    session_log_vote(session, scenario->nodes[view->node].id, texts, counts, n, followed, winner < 0);
    return followed;
}

static bool discussion(const WorkshopOptions *o, Session *session, const Node *node)
{
    char line[64];
    fprintf(o->text.out, tr(o, "\nDiscussion: %s\n"), node->discuss);
    if (node->discuss_seconds) fprintf(o->text.out, tr(o, "(about %d minutes)\n"), node->discuss_seconds / 60);
    fputs(tr(o, "Press Enter when the room is ready to go on.\n"), o->text.out);
    uint32_t start = o->now_ms();
    bool more = read_line(o, line, sizeof line);
    session_log_pause(session, node->id, node->discuss, (o->now_ms() - start) / 1000);
    return more;
}

static void print_lettered(const WorkshopOptions *o, const View *view)
{
    for (int i = 0; i < view->line_count; i++) {
        if (view->lines[i].speaker_name) fprintf(o->text.out, "%s: %s\n", view->lines[i].speaker_name, view->lines[i].text);
        else fprintf(o->text.out, "%s\n", view->lines[i].text);
    }
    if (view->kind != VIEW_CHOOSE) return;
    fputc('\n', o->text.out);
    for (int i = 0; i < view->choice_count && i < TALLY_MAX; i++)
        fprintf(o->text.out, "%c. %s%s\n", 'A' + i, view->choices[i].locked ? tr(o, "(not now) ") : "", view->choices[i].text);
}

/* Runs one scenario; false when input ended. */
static bool run_scenario(const WorkshopOptions *o, Session *session, const LoadedScenario *loaded)
{
    const Scenario *scenario = loaded->scenario;
    Runtime *runtime = runtime_new(scenario, &loaded->hooks, 0, false);
    if (!runtime || !session_begin_scenario(session, scenario)) {
        runtime_free(runtime);
        return false;
    }
    text_print_intro(o->text.out, scenario, o->text.ui);
    bool going = true;
    int paused_at = NODE_NONE;
    for (const View *view = runtime_view(runtime); going; view = runtime_view(runtime)) {
        fputc('\n', o->text.out);
        const Node *node = &scenario->nodes[view->node];
        if (view->kind == VIEW_ERROR) break;
        print_lettered(o, view);
        if (node->discuss && paused_at != view->node) {
            paused_at = view->node;
            going = discussion(o, session, node);
        }
        if (!going || view->kind == VIEW_ENDING) break;
        if (view->kind == VIEW_CONTINUE) runtime_choose(runtime, 0);
        else {
            int pick = take_vote(o, session, view, scenario);
            going = pick >= 0 && runtime_choose(runtime, pick);
        }
    }
    const View *end = runtime_view(runtime);
    if (end->kind == VIEW_ENDING) {
        const Node *ending = &scenario->nodes[end->node];
        session_log_ending(session, ending->title);
        fprintf(o->text.out, tr(o, "\nThe end: %s\n%s\n"), ending->title, ending->summary);
        fputs(tr(o, "\nFor the room: What happened? So what: why did it go that way? Now what: what would you "
                    "say, in your own life?\n"),
              o->text.out);
    }
    bool finished = going || end->kind == VIEW_ENDING;   /* end lives in the runtime */
    runtime_free(runtime);
    return finished;
}

/* The report's last write; false (after saying so) when it could not be written. */
static bool write_report(const WorkshopOptions *o, Session *session)
{
    char written[9000];
    if (!o->report_dir || !o->report_dir[0]) return true;
    bool ok = session_save_reports(session, o->report_dir, o->date, written, sizeof written);
    fprintf(ok ? o->text.out : stderr, ok ? tr(o, "Report: %s\n") : tr(o, "Could not write the report: %s\n"), written);
    return ok;
}

int text_workshop(const LoaderOptions *loader, const WorkshopOptions *options)
{
    Session session;
    session_init(&session);
    char why[4600];
    if (options->report_dir && options->report_dir[0] &&
        !session_open_reports(&session, options->report_dir, options->date, why, sizeof why)) {
        fprintf(stderr, tr(options, "Could not write the report: %s\n"), why);
        return 1;   /* before the session, not after the room spent an hour on a lost report */
    }
    int status = 0;
    for (int i = 0; i < options->file_count; i++) {
        DiagList diags = {0};
        LoadedScenario loaded;
        bool ok = loader_open(options->files[i], loader, &diags, &loaded);
        StrBuf errors = {0};
        for (int d = 0; d < diags.count; d++) diag_format(&diags.items[d], &errors), strbuf_puts(&errors, "\n");
        if (!ok) fprintf(stderr, "%s", strbuf_text(&errors)), status = 1;
        bool going = ok && run_scenario(options, &session, &loaded);
        strbuf_free(&errors);
        loader_close(&loaded);
        diag_list_free(&diags);
        if (ok && !going) break;
        if (i + 1 < options->file_count) fputs(tr(options, "\n---- Next scenario ----\n"), options->text.out);
    }
    if (!write_report(options, &session)) status = 1;
    session_free(&session);
    return status;
}
