/* text_together.c: "take a side" names whose turn it is; "pick, then reveal" asks each player in
   turn while the other looks away, shows both picks, follows the leader (each in turn, or one
   chosen), and ends with a debrief for two. Nothing about who chose what is kept after it, unless
   asked (--keep). */
#include "text_together.h"

#include <string.h>
#include <time.h>

#include "../core/report_file.h"
#include "../core/together_debrief.h"

typedef struct Keeping {
    char path[REPORT_PATH_MAX];  /* "" when the players keep nothing */
    char date[32];
} Keeping;

static const char *tr(const TextOptions *options, const char *english)
{
    return catalog_tr(options->ui, english);
}

/* One private pick: from the script when given, else from input. -1 to stop. */
static int private_pick(const TextOptions *options, const View *view, int *scripted)
{
    if (options->script) {
        if (*scripted >= options->script_length) return -1;
        int pick = options->script[(*scripted)++] - 1;
        if (pick < 0 || pick >= view->choice_count || view->choices[pick].locked) return -1;
        fputs("> *\n", options->out);   /* the pick is not shown until the reveal */
        return pick;
    }
    int pick;
    Pick result;
    while ((result = text_read_pick(options, view, true, &pick)) == PICK_OK &&
           view->choices[pick].locked)
        fprintf(options->out, "%s\n", tr(options, "That one is out of reach right now."));
    return result == PICK_OK ? pick : -1;
}

static void reveal(const TextOptions *options, const TogetherShow *show)
{
    fputs(tr(options, "\nBoth have chosen.\n"), options->out);
    for (int p = 0; p < PLAYERS; p++) {
        char player[128];
        snprintf(player, sizeof player, tr(options, "Player %d: "), p + 1);
        text_print_plain(options->out, player, show->view->choices[show->picks[p]].text);
    }
    if (show->agreed)
        fputs(tr(options, "You agreed.\n"), options->out);
    else
        fprintf(options->out, tr(options, "You chose differently; the story follows player %d.\n"),
                show->leader + 1);
    if (show->reaction) fprintf(options->out, "%s\n", show->reaction);
}

static void debrief_for_two(const TextOptions *options, const TogetherDebrief *d)
{
    FILE *out = options->out;
    fprintf(out, tr(options, "\nTogether: you agreed at %d of %d decisions.\n"), d->agreed,
            d->decisions);
    for (int i = 0; i < d->decisions; i++) {
        if (d->each[i].agreed) continue;
        StrBuf differed = {0};
        together_differed(
            &d->each[i],
            tr(options, "- Where you differed: player 1 chose %s; player 2 chose %s.\n"),
            &differed);
        fputs(strbuf_text(&differed), out);
        strbuf_free(&differed);
    }
    for (int p = 0; p < PLAYERS; p++) {
        fprintf(out, tr(options, "Player %d's threads:"), p + 1);
        for (int k = 0; k < THREAD_COUNT; k++)
            fprintf(out, " %s: %s%s", tr(options, vocab_thread_name((Thread)k)),
                    tr(options, debrief_level_name(d->threads[p][k])),
                    k + 1 < THREAD_COUNT ? ";" : ".\n");
    }
    fputs(tr(options, "To talk through: Where did you choose differently, and what were you each "
                      "hoping the other "
                      "person would feel? Which line would you actually say, in your own life?\n"),
          out);
}

/* Who chose what is kept only in the file the players named, claimed before the story starts
   and written after every decision. False (after saying why) when it could not be written. */
static bool keep_or_forget(const TextOptions *options, const Together *t, const Keeping *keeping,
                           bool last)
{
    if (!keeping->path[0]) {
        if (last) fputs(tr(options, "Nothing about who chose what has been kept.\n"), options->out);
        return true;
    }
    char why[4600];
    if (!together_save(t, keeping->path, keeping->date, why, sizeof why)) {
        fprintf(stderr, "heartlines: %s\n", why);
        return false;
    }
    if (last) fprintf(options->out, tr(options, "Who chose what is kept in %s.\n"), keeping->path);
    return true;
}

typedef enum Outcome { OUTCOME_ENDED, OUTCOME_STOPPED, OUTCOME_BROKEN } Outcome;

/* The event for what the flow shows now, after printing it; false when the players stop. */
static bool respond(const TextOptions *options, const TogetherShow *show, int *scripted,
                    TogetherEvent *event)
{
    *event = (TogetherEvent){TEV_READY, 0, 0};
    const View *view = show->view;
    if (show->stage == TOGETHER_STORY) {
        text_print_scene(options->out, view, false, options->ui);
        *event = (TogetherEvent){TEV_PICK, 0, 0};
    } else if (show->stage == TOGETHER_HANDOVER) {
        if (!show->picked[0] && !show->picked[1]) /* the scene, once for both */
            text_print_scene(options->out, view, false, options->ui);
        fprintf(options->out,
                tr(options, "\nPlayer %d, choose in private (player %d, look away): a number "
                            "from 1 to %d.\n"),
                show->player + 1, 2 - show->player, view->choice_count);
    } else if (show->stage == TOGETHER_PICK) {
        *event = (TogetherEvent){TEV_PICK, show->player, private_pick(options, view, scripted)};
        return event->option >= 0;
    } else if (show->stage == TOGETHER_BOTH_IN) {
        reveal(options, show);
        *event = (TogetherEvent){TEV_FOLLOW, -1, 0}; /* where they differ, the leader's */
    } else
        return false; /* at once is the window's: the terminal never turns it on */
    return true;
}

/* The story, decision by decision, until it ends, breaks or the players stop. */
static Outcome play_revealed(const TextOptions *options, TogetherFlow *flow, const Keeping *keeping,
                             int *status)
{
    int scripted = 0;
    for (;;) {
        const TogetherShow *show = together_flow_show(flow);
        if (show->stage == TOGETHER_BROKEN) return OUTCOME_BROKEN;
        if (show->stage == TOGETHER_ENDING) {
            text_print_scene(options->out, show->view, false, options->ui);
            return OUTCOME_ENDED;
        }
        TogetherEvent event;
        bool revealing = show->stage == TOGETHER_BOTH_IN;
        if (!respond(options, show, &scripted, &event) || !together_flow_send(flow, event))
            return OUTCOME_STOPPED;
        if (revealing && !keep_or_forget(options, together_flow_picks(flow), keeping, false))
            *status = 1;
    }
}

/* The story's own ending, then the players' choices weighed per player. */
static int debrief(const LoadedScenario *loaded, const TextOptions *options,
                   const TogetherFlow *flow, const Keeping *keeping)
{
    const Together *t = together_flow_picks(flow);
    Debrief story;
    debrief_build(loaded->scenario, runtime_record(t->runtime), &story);
    if (story.ending) fprintf(options->out, tr(options, "\nThe end: %s\n"), story.ending->title);
    if (story.summary) fprintf(options->out, tr(options, "\nWhat happened: %s\n"), story.summary);
    TogetherDebrief two;
    if (!together_debrief_build(t, &two)) {
        fputs("heartlines: out of memory for the debrief for two\n", stderr);
        return 1;
    }
    debrief_for_two(options, &two);
    together_debrief_free(&two);
    if (story.reflect) fprintf(options->out, tr(options, "\nTo think about: %s\n"), story.reflect);
    return keep_or_forget(options, t, keeping, true) ? 0 : 1;
}

static int reveal_mode(const LoadedScenario *loaded, const TextOptions *options, int lead,
                       const char *keep)
{
    Keeping keeping = {"", ""};
    time_t now = time(NULL);
    strftime(keeping.date, sizeof keeping.date, "%Y-%m-%d %H:%M", localtime(&now));
    char why[4600];
    if (keep && !report_claim_path(keep, keeping.path, why, sizeof why)) {
        fprintf(stderr, "heartlines: %s\n", why);
        return 1;   /* before the story: nothing the players do is then lost */
    }
    Runtime *runtime =
        runtime_new(loaded->scenario, &loaded->hooks, options->seed, options->shuffle);
    TogetherFlow *flow = runtime ? together_flow_new(runtime, TOGETHER_REVEAL, lead) : NULL;
    if (!flow) {
        runtime_free(runtime);
        return 1;
    }
    text_print_intro(options->out, loaded->scenario, options->ui);
    int status = 0;
    Outcome outcome = play_revealed(options, flow, &keeping, &status);
    if (outcome == OUTCOME_STOPPED)
        fputs(tr(options, "\nStopped before the end of the story.\n"), options->out);
    else if (outcome == OUTCOME_BROKEN)
        status = 1;
    else if (debrief(loaded, options, flow, &keeping))
        status = 1;
    together_flow_free(flow);
    runtime_free(runtime);
    return status;
}

int text_together(const LoadedScenario *loaded, const TextOptions *options,
                  const TogetherOptions *together)
{
    if (together->mode == TOGETHER_REVEAL)
        return reveal_mode(loaded, options, together->lead, together->keep);
    const Scenario *scenario = loaded->scenario;
    if (scenario->role_count != 2) {
        fprintf(stderr,
                "heartlines: %s has no two roles to take; try --reveal (both pick, then reveal)\n",
                scenario->file);
        return 2;
    }
    fprintf(
        options->out,
        tr(options, "Player 1 plays %s; player 2 plays %s. Each decides on their own turn.\n\n"),
        scenario->cast[scenario->roles[0]].name, scenario->cast[scenario->roles[1]].name);
    TextOptions both = *options; /* two people at one keyboard: each side has its player */
    both.side = SIDE_BOTH;
    return text_play(loaded, &both);
}
