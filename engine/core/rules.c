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
    if (choice->when_fn != NO_FUNCTION) {
        bool open = false;
        if (!hooks || !hooks->condition(hooks->ctx, choice->when_fn, vars, &open, diags)) return false;
        if (!open) {
            *state = CHOICE_HIDDEN;
            return true;
        }
    }
    *state = choice->calm && self_flooded(scenario, vars) ? CHOICE_LOCKED : CHOICE_OPEN;
    return true;
}

static int clamp(int value, int min, int max) { return value < min ? min : value > max ? max : value; }

int rules_apply(const Scenario *scenario, const Choice *choice, int *vars)
{
    const Flooding *flood = &scenario->flooding;
    int before = flood->var >= 0 ? vars[flood->var] : 0;
    for (int i = 0; i < choice->effect_count; i++) {
        const Effect *effect = &choice->effects[i];
        const StateVar *var = &scenario->vars[effect->var];
        vars[effect->var] = clamp(vars[effect->var] + effect->delta, var->min, var->max);
    }
    if (flood->var >= 0 && before < flood->at && vars[flood->var] >= flood->at) return flood->target;
    return choice->target;
}

bool rules_text(const Text *text, const int *vars, const ScriptHooks *hooks, StrBuf *out, DiagList *diags)
{
    if (text->fn == NO_FUNCTION) return strbuf_puts(out, text->fixed ? text->fixed : "");
    return hooks && hooks->text(hooks->ctx, text->fn, vars, out, diags);
}

int rules_choice_value(const Scenario *scenario, const Choice *choice)
{
    int value = 0;
    for (int i = 0; i < choice->effect_count; i++) {
        const Effect *effect = &choice->effects[i];
        value += scenario->vars[effect->var].lower_is_better ? -effect->delta : effect->delta;
    }
    return value;
}
