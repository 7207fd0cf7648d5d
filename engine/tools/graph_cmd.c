/* graph_cmd.c: nodes as boxes, endings as double octagons, choices as edges: green when the
   choice shows a skill, red when it falls into a pitfall, bold blue when it is a repair, dashed
   when a condition can hide it; the flooding jump is a dotted edge. A branch or chance is a small
   diamond whose edges say "if", "else" or the odds. */
#include "graph_cmd.h"

#include <stdlib.h>
#include <string.h>

#include "../core/text_format.h"
#include "../core/vocab.h"

/* Writes text as a DOT string body: quotes and backslashes escaped, cut at max bytes. */
static void dot_text(FILE *out, const char *text, size_t max)
{
    size_t n = 0;
    for (const char *p = text ? text : ""; *p && n < max; p++, n++) {
        if (*p == '"' || *p == '\\') fputc('\\', out);
        fputc(*p == '\n' ? ' ' : *p, out);
    }
    if (text && strlen(text) > max) fputs("...", out);
}

static bool is_repair(const Choice *choice)
{
    for (int i = 0; i < choice->skill_count; i++) {
        const char *id = vocab_tag(TAG_SKILL, choice->skills[i])->id;
        if (strcmp(id, "repair") == 0 || strcmp(id, "take_responsibility") == 0) return true;
    }
    return false;
}

static void write_node(const Scenario *scenario, int n, FILE *out)
{
    const Node *node = &scenario->nodes[n];
    fprintf(out, "  \"%s\" [", node->id);
    if (node->is_ending) {
        fputs("shape=doubleoctagon, style=filled, fillcolor=\"#f6e3c6\", label=\"", out);
        dot_text(out, node->title, 40);
    } else {
        fputs("shape=box, style=rounded, label=\"", out);
        dot_text(out, node->id, 40);
        if (node->need >= 0) fprintf(out, "\\n(needs %s)", vocab_need_id(node->need));
    }
    fprintf(out, "\"%s];\n", n == scenario->start ? ", penwidth=3" : "");
}

/* The diamond named name, and an edge from it to each arm (nested jumps get diamonds of their own).
 */
static void write_branch(const Scenario *scenario, const Branch *branch, const char *name,
                         FILE *out)
{
    int total = 0;
    for (int i = 0; i < branch->arm_count; i++) total += branch->arms[i].weight;
    fprintf(out, "  \"%s\" [shape=diamond, width=0.3, height=0.3, fontsize=8, label=\"%s\"];\n",
            name, branch->chance ? "chance" : "branch");
    for (int i = 0; i < branch->arm_count; i++) {
        const BranchArm *arm = &branch->arms[i];
        char sub[300];
        snprintf(sub, sizeof sub, "%s.%d", name, i + 1);
        if (arm->sub) write_branch(scenario, arm->sub, sub, out);
        fprintf(out, "  \"%s\" -> \"%s\" [color=gray50, label=\"", name,
                arm->sub ? sub : scenario->nodes[arm->target].id);
        if (branch->chance)
            fprintf(out, "%d in %d", arm->weight, total);
        else
            fputs(arm->when_fn != NO_FUNCTION ? "if" : "else", out);
        fputs("\"];\n", out);
    }
}

/* The edge's far end: the target node, or a diamond for the jump (written first). */
static const char *edge_end(const Scenario *scenario, int target, const Branch *branch,
                            const char *name, FILE *out)
{
    if (target != NODE_NONE || !branch) return scenario->nodes[target].id;
    write_branch(scenario, branch, name, out);
    return name;
}

static void write_edges(const Scenario *scenario, int n, FILE *out)
{
    const Node *node = &scenario->nodes[n];
    char name[300];
    snprintf(name, sizeof name, "%s.next", node->id);
    if (node->next != NODE_NONE || node->next_branch)
        fprintf(out, "  \"%s\" -> \"%s\" [color=gray50];\n", node->id,
                edge_end(scenario, node->next, node->next_branch, name, out));
    for (int c = 0; c < node->choice_count; c++) {
        const Choice *choice = &node->choices[c];
        const char *color = is_repair(choice) ? "\"#1f5fbf\", penwidth=2.5"
                            : choice->pitfall_count ? "\"#c0392b\""
                            : choice->skill_count ? "\"#2e8b57\"" : "gray40";
        snprintf(name, sizeof name, "%s.c%d", node->id, c + 1);
        const char *end = edge_end(scenario, choice->target, choice->branch, name, out);
        fprintf(out, "  \"%s\" -> \"%s\" [color=%s%s, label=\"%s", node->id, end, color,
                choice->when_fn != NO_FUNCTION || choice->once || choice->fallback
                    ? ", style=dashed"
                    : "",
                choice->once           ? "(once) "
                    : choice->fallback ? "(fallback) "
                                       : "");
        dot_text(out, choice->text.fixed ? choice->text.fixed : "(computed)", 28);
        fputs("\"];\n", out);
    }
}

void graph_write_dot(const Scenario *scenario, FILE *out)
{
    fputs("digraph scenario {\n  graph [rankdir=TB, fontname=\"Noto Sans\", label=\"", out);
    dot_text(out, scenario->title, 80);
    fputs("\\ngreen: a skill   red: a pitfall   blue: a repair   dashed: conditional   dotted: "
          "flooding"
          "   diamond: a branch or chance\", "
          "labelloc=t];\n  node [fontname=\"Noto Sans\", fontsize=11];\n  edge [fontname=\"Noto "
          "Sans\", fontsize=9];\n",
          out);
    for (int n = 0; n < scenario->node_count; n++) write_node(scenario, n, out);
    for (int n = 0; n < scenario->node_count; n++) write_edges(scenario, n, out);
    const Flooding *flood = &scenario->flooding;
    if (flood->var >= 0 && flood->target != NODE_NONE)
        fprintf(out,
                "  flooding [shape=plaintext, label=\"%s >= %d\"];\n  flooding -> \"%s\" "
                "[style=dotted];\n",
                scenario->vars[flood->var].name, flood->at, scenario->nodes[flood->target].id);
    fputs("}\n", out);
}

/* Pipes DOT through Graphviz's dot into out; false when dot is not installed. */
static bool write_svg(const Scenario *scenario, const char *out_path)
{
    char command[PATH_SIZE + 32];
    if (!text_format(command, sizeof command, "dot -Tsvg -o '%s'", out_path) ||
        strchr(out_path, '\'') || system("command -v dot >/dev/null 2>&1") != 0) return false;
    FILE *pipe = popen(command, "w");
    if (!pipe) return false;
    graph_write_dot(scenario, pipe);
    return pclose(pipe) == 0;
}

int graph_cmd_run(Cli *cli, int argc, char **argv)
{
    const char *path = NULL, *svg = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--svg") == 0 && i + 1 < argc) svg = argv[++i];
        else if (argv[i][0] != '-' && !path) path = argv[i];
        else {
            fprintf(stderr, "heartlines graph: unexpected '%s' (see heartlines --help)\n", argv[i]);
            return 2;
        }
    }
    if (!path) {
        fprintf(stderr,
                "heartlines graph: which scenario? As in: heartlines graph FILE.lua > map.dot\n");
        return 2;
    }
    DiagList diags = {0};
    LoadedScenario loaded;
    int status = 1;
    if (loader_open(path, &cli->loader, &diags, &loaded)) {
        if (!svg) {
            graph_write_dot(loaded.scenario, stdout);
            status = 0;
        } else if (write_svg(loaded.scenario, svg)) status = 0;
        else
            fprintf(stderr,
                    "heartlines graph: cannot make %s: is Graphviz installed (apt-get install "
                    "graphviz)?\n",
                    svg);
    }
    cli_print_diags(stderr, &diags);
    loader_close(&loaded);
    diag_list_free(&diags);
    return status;
}
