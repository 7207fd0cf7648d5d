/* together_report.c: who chose what, as the players saw it, and the file they may choose to keep.
   Nothing here runs unless they ask: by default the picks die with the debrief. */
#include <string.h>

#include "report_text.h"
#include "safe_write.h"
#include "together_debrief.h"
#include "vocab.h"

static void write_decisions(const TogetherDebrief *debrief, FILE *out)
{
    for (int i = 0; i < debrief->decisions; i++) {
        const TogetherDecision *decision = &debrief->each[i];
        if (decision->agreed) {
            fprintf(out, "%d. Both chose: ", i + 1);
            report_markdown_quote(out, decision->said[0]);
            fputs("\n", out);
            continue;
        }
        fprintf(out, "%d. Player 1 chose: ", i + 1);
        report_markdown_quote(out, decision->said[0]);
        fputs("; player 2 chose: ", out);
        report_markdown_quote(out, decision->said[1]);
        fprintf(out, ". The story followed player %d.\n", decision->followed + 1);
    }
}

bool together_write_markdown(const Together *together, const char *date, FILE *out)
{
    TogetherDebrief debrief;
    if (!together_debrief_build(together, &debrief)) return false;
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
    fprintf(out, "You agreed at %d of %d decisions.\n\n## Decision by decision\n\n", debrief.agreed,
            debrief.decisions);
    write_decisions(&debrief, out);
    fputs("\n## Threads\n\n| thread | player 1 | player 2 |\n|---|---|---|\n", out);
    for (int t = 0; t < THREAD_COUNT; t++)
        fprintf(out, "| %s | %s | %s |\n", vocab_thread_name((Thread)t),
                debrief_level_name(debrief.threads[0][t]),
                debrief_level_name(debrief.threads[1][t]));
    together_debrief_free(&debrief);
    return true;
}

typedef struct Saving {
    const Together *together;
    const char *date;
} Saving;

static bool write_saving(FILE *out, const void *ctx)
{
    const Saving *saving = ctx;
    return together_write_markdown(saving->together, saving->date, out);
}

bool together_save(const Together *together, const char *path, const char *date, char *why,
                   size_t why_size)
{
    Saving saving = {together, date};
    return safe_write(path, write_saving, &saving, why, why_size);
}
