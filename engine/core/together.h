/* together.h: two people, one story. "Pick, then reveal": at each decision both choose in private,
   then both picks are shown and the story follows the leader's, the lead alternating if asked.
   The record of both picks feeds a debrief for two (where they agreed, each one's threads). */
#ifndef HEARTLINES_TOGETHER_H
#define HEARTLINES_TOGETHER_H

#include <stdbool.h>
#include <stdio.h>

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
/* This decision's picks are dropped, so it is chosen afresh. */
void together_forget_picks(Together *together);
/* For this decision, follows player's pick instead; the lead passes on from them. */
void together_follow(Together *together, int player);
/* Once both have picked: the scenario's line for agreeing or differing here, or NULL. */
const char *together_reaction(const Together *together);
/* Follows the leader's pick, records both, passes the lead. False when not both have picked. */
bool together_reveal(Together *together);
void together_free(Together *together);

/* The picture of threads for one player's picks (as debrief.h draws it for one). */
void together_threads(const Together *together, int player, ThreadLevel out[THREAD_COUNT]);
int together_agreed(const Together *together);   /* decisions where both picked the same */

/* What player said at revealed decision, as they saw it. */
const char *together_said(const Together *together, int decision, int player);

/* together_report.c: who chose what, decision by decision, and each one's threads, as Markdown
   (the debrief for two, together_debrief.h). date is the caller's clock, e.g. "2026-11-26
   14:05". Only for players who ask to keep it. False when out of memory. */
bool together_write_markdown(const Together *together, const char *date, FILE *out);
bool together_save(const Together *together, const char *path, const char *date, char *why,
                   size_t why_size);

#endif
