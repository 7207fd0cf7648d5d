/* text_together.c: "take a side" names whose turn it is; "pick, then reveal" asks each player in
   turn while the other looks away, shows both picks, follows the leader (each in turn, or one
   chosen), and ends with a debrief for two. Nothing about who chose what is kept after it, unless
   asked (--keep). */
#include "text_together.h"

#include <string.h>
#include <time.h>

#include "../core/report_file.h"
#include "../core/together.h"

typedef struct Keeping {
    char path[REPORT_PATH_MAX];  /* "" when the players keep nothing */
    char date[32];
} Keeping;

static const char *tr(const TextOptions *options, const char *english)
{
    return catalog_tr(options->ui, english);
}

/* One private pick: from the script when given, else from input. -1 to stop. */
static int private_pick(const TextOptions *options, const View *view, int player, int *scripted)
{
    fprintf(options->out,
            tr(options,
               "\nPlayer %d, choose in private (player %d, look away): a number from 1 to %d.\n"),
            player + 1, 2 - player, view->choice_count);
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

static void reveal(const TextOptions *options, const Together *t, const View *view,
                   const int *picks)
{
    fputs(tr(options, "\nBoth have chosen.\n"), options->out);
    for (int p = 0; p < PLAYERS; p++)
        fprintf(options->out, tr(options, "Player %d: %s\n"), p + 1, view->choices[picks[p]].text);
    if (picks[0] == picks[1]) fputs(tr(options, "You agreed.\n"), options->out);
    else
        fprintf(options->out, tr(options, "You chose differently; the story follows player %d.\n"),
                t->leader + 1);
    const char *reaction = together_reaction(t);
    if (reaction) fprintf(options->out, "%s\n", reaction);
}

static void debrief_for_two(const TextOptions *options, const Together *t)
{
    FILE *out = options->out;
    fprintf(out, tr(options, "\nTogether: you agreed at %d of %d decisions.\n"), together_agreed(t),
            t->count);
    for (int i = 0; i < t->count; i++) {
        const PairPick *pick = &t->picks[i];
        if (pick->choice[0] == pick->choice[1]) continue;
        fprintf(
            out,
            tr(options, "- Where you differed: player 1 chose \"%s\"; player 2 chose \"%s\".\n"),
            together_said(t, i, 0), together_said(t, i, 1));
    }
    for (int p = 0; p < PLAYERS; p++) {
        ThreadLevel levels[THREAD_COUNT];
        together_threads(t, p, levels);
        fprintf(out, tr(options, "Player %d's threads:"), p + 1);
        for (int k = 0; k < THREAD_COUNT; k++)
            fprintf(out, " %s: %s%s", tr(options, vocab_thread_name((Thread)k)),
                    tr(options, debrief_level_name(levels[k])), k + 1 < THREAD_COUNT ? ";" : ".\n");
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
    if (!runtime) return 1;
    Together t;
    together_init(&t, runtime, lead == LEAD_TURNS ? 0 : lead, lead == LEAD_TURNS);
    text_print_intro(options->out, loaded->scenario, options->ui);
    int status = 0, scripted = 0;
    for (const View *view = runtime_view(runtime); view->kind != VIEW_ERROR;
         view = runtime_view(runtime)) {
        text_print_scene(options->out, view, false, options->ui);
        if (view->kind == VIEW_ENDING) break;
        if (view->kind == VIEW_CONTINUE) {
            runtime_choose(runtime, 0);
            continue;
        }
        int picks[PLAYERS];
        for (int p = 0; p < PLAYERS; p++)
            if ((picks[p] = private_pick(options, view, p, &scripted)) < 0 ||
                !together_pick(&t, p, picks[p])) {
                fputs(tr(options, "\nStopped before the end of the story.\n"), options->out);
                goto done;
            }
        reveal(options, &t, view, picks);
        together_reveal(&t);
        if (!keep_or_forget(options, &t, &keeping, false)) status = 1;
    }
    if (runtime_view(runtime)->kind == VIEW_ERROR) status = 1;
    else {
        Debrief
            debrief; /* the story's own ending; the players' choices are weighed per player below */
        debrief_build(loaded->scenario, runtime_record(runtime), &debrief);
        if (debrief.ending)
            fprintf(options->out, tr(options, "\nThe end: %s\n"), debrief.ending->title);
        if (debrief.summary)
            fprintf(options->out, tr(options, "\nWhat happened: %s\n"), debrief.summary);
        debrief_for_two(options, &t);
        if (debrief.reflect)
            fprintf(options->out, tr(options, "\nTo think about: %s\n"), debrief.reflect);
        if (!keep_or_forget(options, &t, &keeping, true)) status = 1;
    }
done:
    together_free(&t);
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
