/* rules.h: the story's rules as pure functions of (scenario, state): which choices are open, what a
 * choice does. */
#ifndef HEARTLINES_RULES_H
#define HEARTLINES_RULES_H

#include <stdint.h>

#include "model.h"
#include "script_hooks.h"

typedef enum ChoiceState { CHOICE_HIDDEN, CHOICE_LOCKED, CHOICE_OPEN } ChoiceState;

void rules_start_state(const Scenario *scenario, int *vars);

/* Whether a choice is hidden (its condition is false), locked (the player is flooded) or open.
   Returns false when the condition failed; the diagnostic is in diags. */
bool rules_choice_state(const Scenario *scenario, const Choice *choice, const int *vars,
                        const ScriptHooks *hooks, DiagList *diags, ChoiceState *state);

/* A fallback choice is offered only when no other is open: hides the node's fallbacks in states
   (one per choice, in authored order) unless every other choice is hidden or locked. */
void rules_hide_fallbacks(const Node *node, ChoiceState *states);

/* Applies the choice's effects to vars (clamped), marks a once-only choice taken, and returns the
   node the story goes to: the flooding node when the choice pushed the other person over the
   edge, else the choice's target, which is NODE_NONE when its branch decides (rules_follow). */
int rules_apply(const Scenario *scenario, const Choice *choice, int *vars);

/* Counts a visit to node in the counters that count it: call on entering a node. */
void rules_enter(const Scenario *scenario, int node, int *vars);

/* Which arm of a chance to take; returns the arm's index. */
typedef int (*ChanceDraw)(void *ctx, const Branch *chance);

/* Where branch goes in the state vars: the first arm whose condition holds, or the arm draw picks,
   following nested jumps. *target is NODE_NONE when no arm holds. False when a condition failed. */
bool rules_follow(const Branch *branch, const int *vars, const ScriptHooks *hooks, DiagList *diags,
                  ChanceDraw draw, void *draw_ctx, int *target);

/* A draw by weight from a number spread evenly over 64 bits. */
int rules_weighted_arm(const Branch *chance, uint64_t roll);

/* Appends the text, computing it when it is a function. False when the function failed. */
bool rules_text(const Text *text, const int *vars, const ScriptHooks *hooks, StrBuf *out,
                DiagList *diags);

/* "trust=50, met=true, times_asked=2": the state as a writer declared it (no hidden values). */
void rules_describe_state(const Scenario *scenario, const int *vars, StrBuf *out);

/* How the choice moves the relationship: positive is better, in state points. */
int rules_choice_value(const Scenario *scenario, const Choice *choice);

#endif
