/* together_report.c: who chose what, as the players saw it, and the file they may choose to keep.
   Nothing here runs unless they ask: by default the picks die with the debrief. */
#include <string.h>

#include "report_text.h"
#include "safe_write.h"
#include "stage.h"
#include "together.h"
#include "vocab.h"

const char *together_said(const Together *together, int decision, int player)
{
    const Step *step = &runtime_record(together->runtime)->steps[decision];
    for (int o = 0; o < step->offered_count; o++)
        if (step->offered[o].choice == together->picks[decision].choice[player])
            return step->offered[o].text;
    return "";
}

void together_differed(const Together *together, int decision, const char *format, StrBuf *out)
{
    StrBuf first = {0}, second = {0};
    stage_quote(together_said(together, decision, 0), &first);
    stage_quote(together_said(together, decision, 1), &second);
    strbuf_printf(out, format, strbuf_text(&first), strbuf_text(&second));
    strbuf_free(&first);
    strbuf_free(&second);
}

void together_write_markdown(const Together *together, const char *date, FILE *out)
{
    const Scenario *scenario = runtime_scenario(together->runtime);
    const Record *record = runtime_record(together->runtime);
    fputs("# Played together: ", out);
    report_markdown_text(out, scenario->title);
    fprintf(out, "\n\n%s. Kept because you chose to save it.\n\n", date);
    if (record->ending != NODE_NONE) {
        fputs("Ending: ", out);
        report_markdown_text(out, scenario->nodes[record->ending].title);
        fputs(".\n\n", out);
    }
    fprintf(out, "You agreed at %d of %d decisions.\n\n## Decision by decision\n\n",
            together_agreed(together), together->count);
    for (int i = 0; i < together->count; i++) {
        const PairPick *pick = &together->picks[i];
        if (pick->choice[0] == pick->choice[1]) {
            fprintf(out, "%d. Both chose: ", i + 1);
            report_markdown_quote(out, together_said(together, i, 0));
            fputs("\n", out);
            continue;
        }
        fprintf(out, "%d. Player 1 chose: ", i + 1);
        report_markdown_quote(out, together_said(together, i, 0));
        fputs("; player 2 chose: ", out);
        report_markdown_quote(out, together_said(together, i, 1));
        fprintf(out, ". The story followed player %d.\n", pick->leader + 1);
    }
    ThreadLevel levels[PLAYERS][THREAD_COUNT];
    for (int p = 0; p < PLAYERS; p++) together_threads(together, p, levels[p]);
    fputs("\n## Threads\n\n| thread | player 1 | player 2 |\n|---|---|---|\n", out);
    for (int t = 0; t < THREAD_COUNT; t++)
        fprintf(out, "| %s | %s | %s |\n", vocab_thread_name((Thread)t),
                debrief_level_name(levels[0][t]), debrief_level_name(levels[1][t]));
}

typedef struct Saving {
    const Together *together;
    const char *date;
} Saving;

static bool write_saving(FILE *out, const void *ctx)
{
    const Saving *saving = ctx;
    together_write_markdown(saving->together, saving->date, out);
    return true;
}

bool together_save(const Together *together, const char *path, const char *date, char *why,
                   size_t why_size)
{
    Saving saving = {together, date};
    return safe_write(path, write_saving, &saving, why, why_size);
}
