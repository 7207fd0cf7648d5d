/* plan.c: the run sheet in Markdown. Options are lettered in the order the scenario lists them,
   as the workshop shows them, so the sheet's letters match the projector's. */
#include "plan.h"

static const char *text_of(const Text *text)
{
    return text->fixed ? text->fixed : "(written when played)";
}

void plan_write_header(const Scenario *const *scenarios, int count, FILE *out)
{
    int minutes = 0;
    for (int i = 0; i < count; i++) minutes += scenarios[i]->minutes;
    fprintf(out,
            "# Workshop run sheet\n\n%d scenario%s, about %d minutes of play, plus discussion.\n",
            count, count == 1 ? "" : "s", minutes);
}

/* The node's last line, as the room reads it just before it votes. */
static void write_cue(const Scenario *scenario, const Node *node, FILE *out)
{
    if (!node->line_count) return;
    const Line *line = &node->lines[node->line_count - 1];
    const char *who = line->speaker >= 0 ? scenario->cast[line->speaker].name : NULL;
    fprintf(out, "> %s%s%s\n\n", who ? who : "", who ? ": " : "", text_of(&line->text));
}

static void write_decision(const Scenario *scenario, const Node *node, int number, FILE *out)
{
    fprintf(out, "**Decision %d**\n\n", number);
    write_cue(scenario, node, out);
    for (int c = 0; c < node->choice_count && c < 26; c++) {
        const Choice *choice = &node->choices[c];
        const Node *target = choice->target >= 0 ? &scenario->nodes[choice->target] : NULL;
        fprintf(out, "- %c. %s", 'A' + c, text_of(&choice->text));
        if (target && target->is_ending) fprintf(out, " (ends: %s)", target->title);
        fputc('\n', out);
    }
    fputc('\n', out);
}

void plan_write_scenario(const Scenario *scenario, int number, FILE *out)
{
    fprintf(out, "\n## %d. %s\n\n", number, scenario->title);
    if (scenario->blurb) fprintf(out, "%s\n\n", scenario->blurb);
    fprintf(out, "About %d minutes of play.\n\n**Content notes:** ", scenario->minutes);
    for (int i = 0; i < scenario->note_count; i++)
        fprintf(out, "%s%s", i ? "; " : "", scenario->notes[i]);
    fprintf(out, "%s\n\n", scenario->note_count ? "." : "none given.");
    int decisions = 0;
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        if (node->discuss) {
            fprintf(out, "**For the room**");
            if (node->discuss_seconds)
                fprintf(out, " (about %d min)", (node->discuss_seconds + 59) / 60);
            fprintf(out, ": %s\n\n", node->discuss);
        }
        if (node->choice_count > 1) write_decision(scenario, node, ++decisions, out);
    }
    fprintf(out, "### Endings\n\n");
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        if (!node->is_ending) continue;
        fprintf(out, "- **%s**%s%s\n", node->title, node->summary ? ": " : "",
                node->summary ? node->summary : "");
    }
    if (scenario->reflect) fprintf(out, "\nTo reflect on: %s\n", scenario->reflect);
}
