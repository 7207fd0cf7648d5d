/* text_play.c: the terminal front end, and the null driver every behaviour can be tested on. */
#include "text_play.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "../core/debrief.h"
#include "../core/progress.h"
#include "../core/runtime.h"
#include "../core/stage.h"
#include "text_debrief.h"
#include "../host/diag_print.h"


void text_print_intro(FILE *out, const Scenario *scenario, const Catalog *ui)
{
    fprintf(out, "%s\n", scenario->title);
    if (scenario->note_count) {
        fprintf(out, "%s", catalog_tr(ui, "Content notes: "));
        for (int i = 0; i < scenario->note_count; i++)
            fprintf(out, "%s%s", i ? "; " : "", scenario->notes[i]);
        fprintf(out, ".\n");
    }
    if (scenario->setting) fprintf(out, "\n%s\n", scenario->setting);
}

bool text_parse_counts(const char *line, int *counts, int count)
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

void text_print_plain(FILE *out, const char *prefix, const char *text)
{
    StrBuf plain = {0};
    stage_plain(text, &plain);
    fprintf(out, "%s%s\n", prefix, strbuf_text(&plain));
    strbuf_free(&plain);
}

void text_print_line(FILE *out, const ViewLine *line, const Catalog *ui)
{
    const char *who = line->speaker == SPEAKER_YOU ? catalog_tr(ui, "You") : line->speaker_name;
    StrBuf plain = {0};
    if (who) {
        stage_plain(line->text, &plain);
        fprintf(out, catalog_tr(ui, "%s: %s\n"), who, strbuf_text(&plain));
    } else {   /* all narration: its actions need no marking */
        stage_strip(line->text, &plain);
        fprintf(out, "%s\n", strbuf_text(&plain));
    }
    strbuf_free(&plain);
}

void text_print_said(FILE *out, const char *who, const char *text, const Catalog *ui)
{
    if (stage_has_action(text)) {   /* what they do, as the story tells it, not "You: You sit" */
        text_print_plain(out, "", text);
        return;
    }
    fprintf(out, catalog_tr(ui, "%s: %s\n"), who, text);
}

void text_print_scene(FILE *out, const View *view, bool coach, const Catalog *ui)
{
    if (coach && view->coach) fprintf(out, catalog_tr(ui, "(Coach: %s)\n"), view->coach);
    if (view->line_count) fprintf(out, "\n");
    for (int i = 0; i < view->line_count; i++) text_print_line(out, &view->lines[i], ui);
    if (view->kind != VIEW_CHOOSE || view->others_turn) return;
    if (view->turn_name)
        fprintf(out, catalog_tr(ui, "\n%s's turn. What does %s say? Type a number from 1 to %d.\n"),
                view->turn_name, view->turn_name, view->choice_count);
    else
        fprintf(out, catalog_tr(ui, "\nWhat do you say? Type a number from 1 to %d.\n"),
                view->choice_count);
    for (int i = 0; i < view->choice_count; i++) {
        char number[128];
        snprintf(number, sizeof number,
                 view->choices[i].locked ? catalog_tr(ui, "%d. (not now) ") : "%d. ", i + 1);
        text_print_plain(out, number, view->choices[i].text);
    }
    if (view->lock_hint && !view->lock_hint_seen) /* once a run; the marks say the rest */
        fprintf(out, catalog_tr(ui, "(Not now: %s)\n"), view->lock_hint);
}

/* Reads a pick from input: a number, or q to quit. Re-asks on anything else. */
/* Reads a line; from a terminal without echo when hidden. From a pipe the answer is shown, as if
   typed (or a star when hidden), so a transcript reads like a session. */
static bool read_answer(const TextOptions *options, bool hidden, char *line, int size)
{
    int fd = fileno(options->in);
    bool terminal = isatty(fd);
    struct termios saved, quiet;
    bool quieted = hidden && terminal && tcgetattr(fd, &saved) == 0;
    if (quieted) {
        quiet = saved;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        quieted = tcsetattr(fd, TCSANOW, &quiet) == 0;
    }
    bool got = fgets(line, size, options->in) != NULL;
    if (quieted) tcsetattr(fd, TCSANOW, &saved);
    if (got && hidden && (quieted || !terminal)) fputs("*\n", options->out);
    else if (got && !terminal) fprintf(options->out, "%s%s", line, strchr(line, '\n') ? "" : "\n");
    return got;
}

Pick text_read_pick(const TextOptions *options, const View *view, bool hidden, int *pick)
{
    char line[256];
    for (;;) {
        fprintf(options->out, "> ");
        fflush(options->out);
        if (!read_answer(options, hidden, line, sizeof line)) return PICK_END_OF_INPUT;
        char *p = line;
        while (isspace((unsigned char)*p)) p++;
        if (*p == 'q' || *p == 'Q') return PICK_QUIT;
        char *end;
        long number = strtol(p, &end, 10);
        while (isspace((unsigned char)*end)) end++;
        if (end != p && *end == '\0' && number >= 1 && number <= view->choice_count) {
            *pick = (int)number - 1;
            return PICK_OK;
        }
        fprintf(options->out,
                catalog_tr(options->ui, "Please type a number from 1 to %d, or q to stop.\n"),
                view->choice_count);
    }
}

static int finish_story(const TextOptions *options, const Runtime *runtime)
{
    char said[9000] = "";
    if (options->progress_file)   /* a failed save is said; the debrief follows all the same */
        progress_add_to_file(options->progress_file, runtime_scenario(runtime),
                             runtime_record(runtime), said, sizeof said);
    if (said[0]) fprintf(options->out, "\n%s\n", said);
    Debrief debrief;
    debrief_build(runtime_scenario(runtime), runtime_record(runtime), &debrief);
    text_debrief_print(options->out, runtime_scenario(runtime), &debrief, options->ui);
    fprintf(options->out, catalog_tr(options->ui, "\n(To replay this exact game: --seed %llu)\n"),
            (unsigned long long)options->seed);
    return 0;
}

/* Why play stopped before an ending: q typed, or the input ran out. */
static void say_stopped(const TextOptions *options, Pick result)
{
    fprintf(options->out, "%s",
            catalog_tr(options->ui, result == PICK_QUIT
                                        ? "\nStopped. Come back any time.\n"
                                        : "\nInput ended before the story did; stopping here.\n"));
}

/* One decision: from the script or from input. Returns -1 to stop with status *status. */
static int next_pick(const TextOptions *options, const View *view, int decision, int *status)
{
    if (options->script) {
        if (decision >= options->script_length) {
            fprintf(options->out, "%s",
                    catalog_tr(options->ui, "\nThe --choices list ended before the story did.\n"));
            *status = 0;
            return -1;
        }
        int pick = options->script[decision] - 1;
        if (pick < 0 || pick >= view->choice_count || view->choices[pick].locked) {
            fprintf(stderr, "heartlines: --choices: choice %d at decision %d is %s; open there:",
                    options->script[decision], decision + 1,
                    pick < 0 || pick >= view->choice_count ? "not on offer" : "locked");
            for (int i = 0; i < view->choice_count; i++)
                if (!view->choices[i].locked)
                    fprintf(stderr, " %d (\"%s\")", i + 1, view->choices[i].text);
            fputc('\n', stderr);
            *status = 2;
            return -1;
        }
        fprintf(options->out, "> %d\n", pick + 1);
        return pick;
    }
    int pick = 0;
    Pick result;
    while ((result = text_read_pick(options, view, false, &pick)) == PICK_OK &&
           view->choices[pick].locked)
        fprintf(options->out, catalog_tr(options->ui, "That one is out of reach right now.%s%s\n"),
                view->lock_hint ? " " : "", view->lock_hint ? view->lock_hint : "");
    if (result == PICK_OK) return pick;
    say_stopped(options, result);
    *status = 0;
    return -1;
}

/* A two-role scenario played alone: the side from --side, or asked (a --choices script without
   --side plays both, as it always has). False to stop, with *status. */
static bool choose_side(const TextOptions *options, Runtime *runtime, int *status)
{
    const Scenario *scenario = runtime_scenario(runtime);
    int side = options->side;
    if (scenario->role_count != 2) {
        if (side == 1 || side == 2) {
            fprintf(stderr, "heartlines: --side: %s has one side to play, yours\n", scenario->file);
            *status = 2;
            return false;
        }
        return true;
    }
    const char *names[2] = {scenario->cast[scenario->roles[0]].name,
                            scenario->cast[scenario->roles[1]].name};
    if (side == SIDE_UNSET && !options->script) {
        fprintf(options->out,
                catalog_tr(options->ui, "\nThis story has two sides. Which will you "
                                        "play?\n1. %s\n2. %s\n3. Both, in turn\n"),
                names[0], names[1]);
        View sides = {.choice_count = 3};
        int pick = 0;
        Pick result = text_read_pick(options, &sides, false, &pick);
        if (result != PICK_OK) {
            say_stopped(options, result);
            *status = 0;
            return false;
        }
        side = pick + 1;
    }
    if (side == 1 || side == 2) {
        runtime_play_side(runtime, scenario->roles[side - 1]);
        fprintf(options->out,
                catalog_tr(options->ui, "\nYou are %s. At %s's turns, the game chooses for %s.\n"),
                names[side - 1], names[2 - side], names[2 - side]);
    }
    return true;
}

int text_play(const LoadedScenario *loaded, const TextOptions *options)
{
    Runtime *runtime =
        runtime_new(loaded->scenario, &loaded->hooks, options->seed, options->shuffle);
    if (!runtime) {
        fprintf(stderr, "heartlines: cannot start %s\n", loaded->scenario->file);
        return 1;
    }
    text_print_intro(options->out, loaded->scenario, options->ui);
    int status = 0, decision = 0;
    bool others_move = false; /* the coaching note after it is for the other side, not shown */
    if (!choose_side(options, runtime, &status)) {
        runtime_free(runtime);
        return status;
    }
    for (;;) {
        const View *view = runtime_view(runtime);
        if (view->kind == VIEW_ERROR) {
            diag_print_lines(stderr, runtime_diags(runtime));
            status = 1;
            break;
        }
        text_print_scene(options->out, view, options->coach && !others_move, options->ui);
        others_move = view->others_turn;
        if (view->kind == VIEW_ENDING) {
            status = finish_story(options, runtime);
            break;
        }
        if (view->kind == VIEW_CONTINUE) {
            runtime_choose(runtime, 0);
            continue;
        }
        if (view->others_turn) { /* the other character's move, said as theirs */
            int move = runtime_other_move(runtime);
            text_print_said(options->out, view->turn_name, view->choices[move].text, options->ui);
            runtime_choose(runtime, move);
            continue;
        }
        int pick = next_pick(options, view, decision++, &status);
        if (pick < 0) break;
        text_print_said(options->out,
                        view->turn_name ? view->turn_name : catalog_tr(options->ui, "You"),
                        view->choices[pick].text, options->ui);
        runtime_choose(runtime, pick);
    }
    runtime_free(runtime);
    return status;
}
