/* lookahead.c: a breadth-first walk over the nodes ahead, through choices, next and every arm of
   a branch or chance, so "nearest" means the fewest steps, whatever the room picks. */
#include "lookahead.h"

#include <stdbool.h>
#include <stdlib.h>

const Node *lookahead_ending(const Scenario *scenario, const Choice *choice)
{
    const Node *target = choice->target >= 0 ? &scenario->nodes[choice->target] : NULL;
    return target && target->is_ending ? target : NULL;
}

typedef struct Walk {
    int *queue;
    bool *seen;
    int tail;
} Walk;

static void visit(Walk *walk, int node)
{
    if (node < 0 || walk->seen[node]) return;
    walk->seen[node] = true;
    walk->queue[walk->tail++] = node;
}

static void visit_branch(Walk *walk, const Branch *branch)
{
    for (int a = 0; branch && a < branch->arm_count; a++) {
        if (branch->arms[a].sub)
            visit_branch(walk, branch->arms[a].sub);
        else
            visit(walk, branch->arms[a].target);
    }
}

static void visit_ways_on(Walk *walk, const Node *node)
{
    for (int c = 0; c < node->choice_count; c++) {
        visit(walk, node->choices[c].target);
        visit_branch(walk, node->choices[c].branch);
    }
    visit(walk, node->next);
    visit_branch(walk, node->next_branch);
}

const char *lookahead_next_prompt(const Scenario *scenario, int node)
{
    if (node < 0 || node >= scenario->node_count) return NULL;
    Walk walk = {calloc((size_t)scenario->node_count, sizeof *walk.queue),
                 calloc((size_t)scenario->node_count, sizeof *walk.seen), 0};
    const char *prompt = NULL;
    if (walk.queue && walk.seen) {
        walk.seen[node] = true; /* its own prompt is the one being held, or already past */
        visit_ways_on(&walk, &scenario->nodes[node]);
        for (int head = 0; head < walk.tail && !prompt; head++) {
            const Node *ahead = &scenario->nodes[walk.queue[head]];
            if (ahead->discuss)
                prompt = ahead->discuss;
            else
                visit_ways_on(&walk, ahead);
        }
    }
    free(walk.queue);
    free(walk.seen);
    return prompt;
}
