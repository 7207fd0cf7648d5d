/* translate.c: the ids are the scenario's stable ids, plus names for texts that belong to the
   scenario, the cast, endings and coaching notes ("scenario.title", "cast.sam", "done.summary",
   "node.3f2a9c1e.coach"). */
#include "translate.h"

#include <stdio.h>
#include <string.h>

static void visit_named(Scenario *scenario, StringVisitor visit, void *ctx, const char *id,
                        const char **text, int line)
{
    if (*text) visit(ctx, scenario, id, text, line);
}

static void visit_node(Scenario *scenario, Node *node, StringVisitor visit, void *ctx)
{
    char id[400];
    for (int i = 0; i < node->line_count; i++)
        if (node->lines[i].text.fn == NO_FUNCTION)
            visit_named(scenario, visit, ctx, node->lines[i].id, &node->lines[i].text.fixed,
                        node->lines[i].line);
    for (int c = 0; c < node->choice_count; c++) {
        Choice *choice = &node->choices[c];
        if (choice->text.fn == NO_FUNCTION)
            visit_named(scenario, visit, ctx, choice->id, &choice->text.fixed, choice->line);
        snprintf(id, sizeof id, "%s.coach", choice->id);
        visit_named(scenario, visit, ctx, id, &choice->coach, choice->line);
    }
    static const char *const node_fields[] = {"discuss", "agreed", "differed"};
    const char **node_texts[] = {&node->discuss, &node->agreed, &node->differed};
    for (int i = 0; i < 3; i++) {
        snprintf(id, sizeof id, "%s.%s", node->id, node_fields[i]);
        visit_named(scenario, visit, ctx, id, node_texts[i], node->line);
    }
    static const char *const ending_fields[] = {"title", "summary", "reflect"};
    const char **ending_texts[] = {&node->title, &node->summary, &node->reflect};
    for (int i = 0; node->is_ending && i < 3; i++) {
        snprintf(id, sizeof id, "%s.%s", node->id, ending_fields[i]);
        visit_named(scenario, visit, ctx, id, ending_texts[i], node->line);
    }
}

void translate_visit(Scenario *scenario, StringVisitor visit, void *ctx)
{
    static const char *const fields[] = {"title", "blurb", "setting", "reflect"};
    const char **texts[] = {&scenario->title, &scenario->blurb, &scenario->setting,
                            &scenario->reflect};
    char id[400];
    for (int i = 0; i < 4; i++) {
        snprintf(id, sizeof id, "scenario.%s", fields[i]);
        visit_named(scenario, visit, ctx, id, texts[i], scenario->line);
    }
    for (int i = 0; i < scenario->note_count; i++) {
        snprintf(id, sizeof id, "scenario.note%d", i + 1);
        visit_named(scenario, visit, ctx, id, &scenario->notes[i], scenario->line);
    }
    visit_named(scenario, visit, ctx, "scenario.hint", &scenario->self_flooding.hint,
                scenario->line);
    for (int i = 0; i < scenario->cast_count; i++) {
        snprintf(id, sizeof id, "cast.%s", scenario->cast[i].key);
        visit_named(scenario, visit, ctx, id, &scenario->cast[i].name, scenario->line);
    }
    for (int n = 0; n < scenario->node_count; n++)
        visit_node(scenario, &scenario->nodes[n], visit, ctx);
}

typedef struct Translating {
    const Catalog *catalog;
    TranslateResult result;
} Translating;

static bool has_context(const Catalog *catalog, const char *id)
{
    for (int i = 0; i < catalog->count; i++)
        if (catalog->entries[i].context && strcmp(catalog->entries[i].context, id) == 0)
            return true;
    return false;
}

static void apply(void *ctx, Scenario *scenario, const char *id, const char **text, int line)
{
    (void)line;
    Translating *t = ctx;
    const char *translation = catalog_lookup(t->catalog, id, *text);
    if (translation) {
        *text = arena_strdup(&scenario->arena, translation);
        t->result.applied++;
    } else if (has_context(t->catalog, id)) t->result.stale++;
    else t->result.missing++;
}

TranslateResult translate_scenario(Scenario *scenario, const Catalog *catalog)
{
    Translating t = {.catalog = catalog};
    translate_visit(scenario, apply, &t);
    return t.result;
}
