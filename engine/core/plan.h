/* plan.h: a workshop's run sheet, written before the session so a facilitator can preview it:
   per scenario its content notes, minutes, decisions with their options, discussion prompts and
   endings, in Markdown. */
#ifndef HEARTLINES_PLAN_H
#define HEARTLINES_PLAN_H

#include <stdio.h>

#include "model.h"

/* The run sheet's header: the number of scenarios and their planned minutes in all. */
void plan_write_header(const Scenario *const *scenarios, int count, FILE *out);
/* One scenario's section; number counts from 1 in the session's order. */
void plan_write_scenario(const Scenario *scenario, int number, FILE *out);

#endif
