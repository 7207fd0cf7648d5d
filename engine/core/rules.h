/* rules.h: the story's rules as pure functions of (scenario, state): which choices are open, what a choice does. */
#ifndef HEARTLINES_RULES_H
#define HEARTLINES_RULES_H

#include "model.h"
#include "script_hooks.h"

typedef enum ChoiceState { CHOICE_HIDDEN, CHOICE_LOCKED, CHOICE_OPEN } ChoiceState;

void rules_start_state(const Scenario *scenario, int *vars);

/* Whether a choice is hidden (its condition is false), locked (the player is flooded) or open.
   Returns false when the condition failed; the diagnostic is in diags. */
bool rules_choice_state(const Scenario *scenario, const Choice *choice, const int *vars,
                        const ScriptHooks *hooks, DiagList *diags, ChoiceState *state);

/* Applies the choice's effects to vars (clamped) and returns the node the story goes to,
   which is the flooding node when the choice pushed the other person over the edge. */
int rules_apply(const Scenario *scenario, const Choice *choice, int *vars);

/* Appends the text, computing it when it is a function. False when the function failed. */
bool rules_text(const Text *text, const int *vars, const ScriptHooks *hooks, StrBuf *out, DiagList *diags);

/* How the choice moves the relationship: positive is better, in state points. */
int rules_choice_value(const Scenario *scenario, const Choice *choice);

#endif
