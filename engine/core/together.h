/* together.h: two people, one story. "Pick, then reveal": at each decision both choose in private,
   then both picks are shown and the story follows the leader's, the lead alternating if asked.
   The record of both picks feeds a debrief for two (where they agreed, each one's threads). */
#ifndef HEARTLINES_TOGETHER_H
#define HEARTLINES_TOGETHER_H

#include <stdbool.h>

#include "debrief.h"
#include "runtime.h"

enum { PLAYERS = 2, PICK_NONE = -1, LEAD_TURNS = -1 };

typedef struct PairPick {
    int node;
    int choice[PLAYERS];         /* authored choice index each player picked */
    int leader;                  /* whose pick the story followed */
} PairPick;

typedef struct Together {
    Runtime *runtime;            /* not owned */
    int leader;                  /* who leads the next decision */
    bool alternate;              /* the lead passes after each decision */
    int pending[PLAYERS];        /* this decision's picks, as display indices, or PICK_NONE */
    PairPick *picks;
    int count, capacity;
} Together;

void together_init(Together *together, Runtime *runtime, int first_leader, bool alternate);
/* Records a player's private pick (display index). False if it cannot be taken. */
bool together_pick(Together *together, int player, int index);
bool together_both_picked(const Together *together);
/* For this decision, follows player's pick instead; the lead passes on from them. */
void together_follow(Together *together, int player);
/* Follows the leader's pick, records both, passes the lead. False when not both have picked. */
bool together_reveal(Together *together);
void together_free(Together *together);

/* The picture of threads for one player's picks (as debrief.h draws it for one). */
void together_threads(const Together *together, int player, ThreadLevel out[THREAD_COUNT]);
int together_agreed(const Together *together);   /* decisions where both picked the same */

#endif
