/* rules.c: choice availability, effects, flooding, computed text. */
#include "rules.h"

void rules_start_state(const Scenario *scenario, int *vars)
{
    for (int i = 0; i < scenario->var_count; i++) vars[i] = scenario->vars[i].start;
}

static bool self_flooded(const Scenario *scenario, const int *vars)
{
    const SelfFlooding *flood = &scenario->self_flooding;
    return flood->var >= 0 && vars[flood->var] >= flood->at;
}

bool rules_choice_state(const Scenario *scenario, const Choice *choice, const int *vars,
                        const ScriptHooks *hooks, DiagList *diags, ChoiceState *state)
{
    if (choice->once && vars[choice->once_var]) {
        *state = CHOICE_HIDDEN;
        return true;
    }
    if (choice->when_fn != NO_FUNCTION) {
        bool open = false;
        if (!hooks || !hooks->condition(hooks->ctx, choice->when_fn, vars, &open, diags))
            return false;
        if (!open) {
            *state = CHOICE_HIDDEN;
            return true;
        }
    }
    *state = choice->calm && self_flooded(scenario, vars) ? CHOICE_LOCKED : CHOICE_OPEN;
    return true;
}

void rules_hide_fallbacks(const Node *node, ChoiceState *states)
{
    for (int c = 0; c < node->choice_count; c++)
        if (!node->choices[c].fallback && states[c] == CHOICE_OPEN) {
            for (int f = 0; f < node->choice_count; f++)
                if (node->choices[f].fallback) states[f] = CHOICE_HIDDEN;
            return;
        }
}

static int clamp(int value, int min, int max)
{
    return value < min ? min : value > max ? max : value;
}

int rules_apply(const Scenario *scenario, const Choice *choice, int *vars)
{
    const Flooding *flood = &scenario->flooding;
    int before = flood->var >= 0 ? vars[flood->var] : 0;
    for (int i = 0; i < choice->effect_count; i++) {
        const Effect *effect = &choice->effects[i];
        const StateVar *var = &scenario->vars[effect->var];
        int value = effect->set ? effect->delta : vars[effect->var] + effect->delta;
        vars[effect->var] = clamp(value, var->min, var->max);
    }
    if (choice->once) vars[choice->once_var] = 1;
    if (flood->var >= 0 && before < flood->at && vars[flood->var] >= flood->at)
        return flood->target;
    return choice->target;
}

void rules_enter(const Scenario *scenario, int node, int *vars)
{
    for (int i = 0; i < scenario->var_count; i++) {
        const StateVar *var = &scenario->vars[i];
        if (var->kind == VAR_VISITS && var->node == node && vars[i] < var->max) vars[i]++;
    }
}

bool rules_follow(const Branch *branch, const int *vars, const ScriptHooks *hooks, DiagList *diags,
                  ChanceDraw draw, void *draw_ctx, int *target)
{
    *target = NODE_NONE;
    const BranchArm *arm = NULL;
    if (branch->chance) arm = &branch->arms[draw(draw_ctx, branch)];
    for (int i = 0; !branch->chance && !arm && i < branch->arm_count; i++) {
        bool holds = true;
        int fn = branch->arms[i].when_fn;
        if (fn != NO_FUNCTION && (!hooks || !hooks->condition(hooks->ctx, fn, vars, &holds, diags)))
            return false;
        if (holds) arm = &branch->arms[i];
    }
    if (!arm) return true;
    if (arm->sub) return rules_follow(arm->sub, vars, hooks, diags, draw, draw_ctx, target);
    *target = arm->target;
    return true;
}

int rules_weighted_arm(const Branch *chance, uint64_t roll)
{
    uint64_t total = 0;
    for (int i = 0; i < chance->arm_count; i++) total += (uint64_t)chance->arms[i].weight;
    uint64_t at = total ? roll % total : 0;
    for (int i = 0; i < chance->arm_count; i++) {
        if (at < (uint64_t)chance->arms[i].weight) return i;
        at -= (uint64_t)chance->arms[i].weight;
    }
    return 0;
}

bool rules_text(const Text *text, const int *vars, const ScriptHooks *hooks, StrBuf *out,
                DiagList *diags)
{
    if (text->fn == NO_FUNCTION) return strbuf_puts(out, text->fixed ? text->fixed : "");
    return hooks && hooks->text(hooks->ctx, text->fn, vars, out, diags);
}

void rules_describe_state(const Scenario *scenario, const int *vars, StrBuf *out)
{
    const char *separator = "";
    for (int i = 0; i < scenario->var_count; i++) {
        const StateVar *var = &scenario->vars[i];
        if (var->kind == VAR_TAKEN) continue;
        if (var->kind == VAR_FLAG)
            strbuf_printf(out, "%s%s=%s", separator, var->name, vars[i] ? "true" : "false");
        else
            strbuf_printf(out, "%s%s=%d", separator, var->name, vars[i]);
        separator = ", ";
    }
}

int rules_choice_value(const Scenario *scenario, const Choice *choice)
{
    int value = 0;
    for (int i = 0; i < choice->effect_count; i++) {
        const Effect *effect = &choice->effects[i];
        const StateVar *var = &scenario->vars[effect->var];
        if (var->kind != VAR_NUMBER || effect->set) continue;   /* only changes have a direction */
        value += var->lower_is_better ? -effect->delta : effect->delta;
    }
    return value;
}
