/* debrief.c: choosing the moments worth showing, and the picture of the five threads.

   "What helped" lists the turning points: a repair first (a slip mended is the thing most worth
   praising), then a skilful choice that turned things round right after a choice that made them
   worse, then the choices that moved the relationship most (measured on the state before and
   after, so a move that hit a limit counts for what it did); a tie goes to the later moment, the
   one nearer the ending it led to. "One thing to try" is the pitfall that cost the most, and its
   alternative is the line offered at the same decision with the most skills and no pitfall.
   Steady after a run with no slip at all is "not needed", not "not this time": nothing needed
   mending. Nothing is summed into a score. A player who took one side of a two-role scenario is
   debriefed on that side alone: the other character's moves (Step.other_side) are left out. */
#include "debrief.h"

#include <stddef.h>
#include <string.h>

#include "rules.h"
#include "stage.h"

static const Choice *step_choice(const Scenario *scenario, const Step *step)
{
    return &scenario->nodes[step->node].choices[step->choice];
}

/* How much the step moved the relationship, in state points: positive is better. */
static int step_value(const Scenario *scenario, const Step *step)
{
    int value = 0;
    for (int i = 0; i < scenario->var_count; i++) {
        int moved = step->vars_after[i] - step->vars_before[i];
        value += scenario->vars[i].lower_is_better ? -moved : moved;
    }
    return value;
}

static bool step_slipped(const Scenario *scenario, const Step *step)
{
    return step_choice(scenario, step)->pitfall_count > 0 || step_value(scenario, step) < 0;
}

/* -1 when the step is not worth praising. */
static int helped_weight(const Scenario *scenario, const Record *record, int index)
{
    const Step *step = &record->steps[index];
    const Choice *choice = step_choice(scenario, step);
    if (step->other_side) return -1; /* the other character's move: not the player's to praise */
    if (choice->skill_count == 0 || (choice->pitfall_count > 0 && !step->repair)) return -1;
    bool turned = index > 0 && step_slipped(scenario, &record->steps[index - 1]) &&
                  step_value(scenario, step) > 0;
    int moved = step_value(scenario, step);
    moved = moved < -999 ? -999 : moved > 999 ? 999 : moved;
    return (step->repair ? 4000000 : 0) + (turned ? 2000000 : 0) + (moved + 1000) * 100 +
           choice->skill_count;
}

static void pick_helped(const Scenario *scenario, const Record *record, Debrief *out)
{
    int best[DEBRIEF_HELPED_MAX] = {-1, -1};
    int weight[DEBRIEF_HELPED_MAX] = {-1, -1};
    for (int i = 0; i < record->count; i++) {
        int w = helped_weight(scenario, record, i);
        if (w >= weight[0] && w >= 0) {
            best[1] = best[0], weight[1] = weight[0];
            best[0] = i, weight[0] = w;
        } else if (w >= weight[1] && w >= 0) best[1] = i, weight[1] = w;
    }
    /* Show them in the order they happened. */
    if (best[1] >= 0 && best[1] < best[0]) {
        int swap = best[0];
        best[0] = best[1];
        best[1] = swap;
    }
    for (int k = 0; k < DEBRIEF_HELPED_MAX; k++) {
        if (best[k] < 0) continue;
        const Step *step = &record->steps[best[k]];
        out->helped[out->helped_count++] = (Moment){step, step_choice(scenario, step)};
    }
}

static void pick_alternative(const Scenario *scenario, Debrief *out)
{
    const Step *step = out->to_try.step;
    const Node *node = &scenario->nodes[step->node];
    int best_skills = 0;
    for (int i = 0; i < step->offered_count; i++) {
        const Offered *offered = &step->offered[i];
        const Choice *choice = &node->choices[offered->choice];
        if (offered->choice == step->choice || choice->pitfall_count > 0) continue;
        if (choice->skill_count > best_skills) {
            best_skills = choice->skill_count;
            out->alternative = offered;
            out->alternative_choice = choice;
        }
    }
}

static void pick_to_try(const Scenario *scenario, const Record *record, Debrief *out)
{
    int worst = 0;
    for (int i = 0; i < record->count; i++) {
        const Step *step = &record->steps[i];
        const Choice *choice = step_choice(scenario, step);
        if (choice->pitfall_count == 0 || step->other_side) continue;
        int cost = choice->pitfall_count * 1000 - rules_choice_value(scenario, choice) + 500;
        if (cost > worst) {
            worst = cost;
            out->to_try = (Moment){step, choice};
            out->has_to_try = true;
        }
    }
    if (out->has_to_try) pick_alternative(scenario, out);
}

static void mark_touched(const Choice *choice, bool *touched)
{
    for (int i = 0; i < choice->skill_count; i++)
        touched[vocab_tag(TAG_SKILL, choice->skills[i])->thread] = true;
    for (int i = 0; i < choice->pitfall_count; i++)
        touched[vocab_tag(TAG_PITFALL, choice->pitfalls[i])->thread] = true;
}

static void picture_threads(const Scenario *scenario, const Record *record, Debrief *out)
{
    int skills[THREAD_COUNT] = {0}, pitfalls[THREAD_COUNT] = {0}, slips = 0;
    bool touched[THREAD_COUNT] = {false};
    for (int i = 0; i < record->count; i++) {
        const Step *step = &record->steps[i];
        const Choice *taken = step_choice(scenario, step);
        if (step->other_side) continue;
        slips += taken->pitfall_count > 0;
        for (int k = 0; k < taken->skill_count; k++)
            skills[vocab_tag(TAG_SKILL, taken->skills[k])->thread]++;
        for (int k = 0; k < taken->pitfall_count; k++)
            pitfalls[vocab_tag(TAG_PITFALL, taken->pitfalls[k])->thread]++;
        for (int k = 0; k < step->offered_count; k++)
            mark_touched(&scenario->nodes[step->node].choices[step->offered[k].choice], touched);
    }
    for (int t = 0; t < THREAD_COUNT; t++)
        out->threads[t] = debrief_level(touched[t], skills[t], pitfalls[t]);
    if (out->threads[THREAD_STEADY] == LEVEL_NOT_THIS_TIME && slips == 0)
        out->threads[THREAD_STEADY] = LEVEL_NOT_NEEDED;
}

void debrief_build(const Scenario *scenario, const Record *record, Debrief *out)
{
    *out = (Debrief){.card_skill = -1};
    if (record->ending != NODE_NONE) {
        out->ending = &scenario->nodes[record->ending];
        out->summary = out->ending->summary;
        out->reflect = out->ending->reflect;
    }
    if (!out->reflect) out->reflect = scenario->reflect;
    pick_helped(scenario, record, out);
    pick_to_try(scenario, record, out);
    picture_threads(scenario, record, out);
    if (out->alternative_choice) out->card_skill = out->alternative_choice->skills[0];
    else if (out->helped_count) out->card_skill = out->helped[0].choice->skills[0];
}

void debrief_tag_names(const Choice *choice, TagKind kind, const Catalog *ui, StrBuf *out)
{
    int count = kind == TAG_SKILL ? choice->skill_count : choice->pitfall_count;
    const uint8_t *tags = kind == TAG_SKILL ? choice->skills : choice->pitfalls;
    for (int i = 0; i < count; i++) {
        const Tag *tag = vocab_tag(kind, tags[i]);
        const char *name = catalog_tr(ui, tag->name);
        if (tag->plain)
            strbuf_printf(out, "%s%s (%s)", i ? ", " : "", catalog_tr(ui, tag->plain), name);
        else
            strbuf_printf(out, "%s%s", i ? ", " : "", name);
    }
}

ThreadLevel debrief_level(bool touched, int skills, int pitfalls)
{
    if (!touched) return LEVEL_NOT_IN_STORY;
    if (skills >= 2 && skills > pitfalls) return LEVEL_MORE;
    return skills >= 1 ? LEVEL_SOME : LEVEL_NOT_THIS_TIME;
}

const char *debrief_level_name(ThreadLevel level)
{
    static const char *const names[] = {"not in this story", "not needed, it stayed calm",
                                        "not this time", "some", "more"};
    return names[level];
}

void debrief_said(const Scenario *scenario, int turn, const char *text, const Catalog *ui,
                  StrBuf *out)
{
    StrBuf action = {0}, speech = {0};
    stage_split(text, &action, &speech);
    if (action.length) stage_plain(text, out);
    else if (turn == SPEAKER_YOU)
        strbuf_printf(out, catalog_tr(ui, "You said: \"%s\""), strbuf_text(&speech));
    else
        strbuf_printf(out, catalog_tr(ui, "%s said: \"%s\""), scenario_speaker_name(scenario, turn),
                      strbuf_text(&speech));
    strbuf_free(&action);
    strbuf_free(&speech);
}
