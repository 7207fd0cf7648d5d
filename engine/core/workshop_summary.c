/* workshop_summary.c: the report's first page, written for a client who was not in the room: no
   node ids, no markup, percentages of the room rather than raw tallies. */
#include <stdio.h>

#include "report_text.h"
#include "workshop.h"

enum { SPLIT_PERCENT = 60 };   /* no option above this share of the votes: the room split */

uint32_t session_skilful_options(const Node *node, const int *authored, int count)
{
    uint32_t mask = 0;
    for (int i = 0; i < count && i < TALLY_MAX; i++) {
        const Choice *choice = &node->choices[authored[i]];
        if (choice->skill_count > 0 && choice->pitfall_count == 0) mask |= 1u << i;
    }
    return mask;
}

static int votes_cast(const LoggedVote *vote)
{
    int total = 0;
    for (int i = 0; i < vote->option_count; i++) total += vote->counts[i];
    return total;
}

static int percent(int part, int whole) { return whole ? (part * 100 + whole / 2) / whole : 0; }

static void write_decisions(const Session *session, FILE *out)
{
    for (int v = 0; v < session->vote_count; v++) {
        const LoggedVote *vote = &session->votes[v];
        int total = votes_cast(vote), skilful = 0, most = 0;
        for (int i = 0; i < vote->option_count; i++) {
            if (vote->skilful & (1u << i)) skilful += vote->counts[i];
            if (vote->counts[i] > most) most = vote->counts[i];
        }
        fputs("| ", out);
        report_markdown_line(out, session->scenarios[vote->scenario].title);
        fprintf(out, " | %d%s | %d | ", vote->decision, vote->rewound_to ? " (again)" : "", total);
        if (vote->skilful) fprintf(out, "%d%%", percent(skilful, total));
        else fputs("no option marked", out);
        fprintf(out, " | %s | %c. ", total && percent(most, total) <= SPLIT_PERCENT ? "split" : "",
                'A' + vote->followed);
        report_markdown_line(out, vote->options[vote->followed]);
        fputs(" |\n", out);
    }
}

void session_write_summary(const Session *session, const char *date, FILE *out)
{
    int headcount = 0;
    for (int v = 0; v < session->vote_count; v++) {
        int total = votes_cast(&session->votes[v]);
        headcount = total > headcount ? total : headcount;
    }
    uint32_t seconds = 0;
    for (int p = 0; p < session->pause_count; p++) seconds += session->pauses[p].seconds;
    fputs("\n## Summary\n\n- Group: ", out);
    report_markdown_line(out, session->group && session->group[0] ? session->group : "not named");
    fprintf(out, "\n- Date: %s\n- Headcount: %d (the most votes at one decision)\n", date,
            headcount);
    int runs = session->scenario_count ? session->scenarios[session->scenario_count - 1].run : 1;
    if (runs > 1) fprintf(out, "- Runs: %d (the playlist again for each new group)\n", runs);
    fprintf(out, "- Discussion: %u min %u s in %d pause%s\n- Scenarios:\n",
            (unsigned)(seconds / 60), (unsigned)(seconds % 60), session->pause_count,
            session->pause_count == 1 ? "" : "s");
    for (int s = 0; s < session->scenario_count; s++) {
        fprintf(out, "  %d. ", s + 1);
        report_markdown_line(out, session->scenarios[s].title);
        fputs(session->scenarios[s].ending ? ": ended with " : ": left before an ending", out);
        if (session->scenarios[s].ending) report_markdown_line(out, session->scenarios[s].ending);
        fputc('\n', out);
    }
    if (!session->vote_count) return;
    fprintf(
        out,
        "\nAt each decision: the share of the room choosing an option that practises a skill (and "
        "falls into no pitfall), whether the room split (no option above %d%%), and the option the "
        "story followed.\n\n| scenario | decision | votes | skilful | | followed "
        "|\n|---|---|---|---|---|---|\n",
        SPLIT_PERCENT);
    write_decisions(session, out);
}
