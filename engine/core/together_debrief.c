/* together_debrief.c: the record of both players' picks, read as the debrief for two. */
#include "together_debrief.h"

#include <stdlib.h>

#include "stage.h"

bool together_debrief_build(const Together *together, TogetherDebrief *out)
{
    *out = (TogetherDebrief){0};
    if (together->count) {
        out->each = calloc((size_t)together->count, sizeof *out->each);
        if (!out->each) return false;
    }
    out->decisions = together->count;
    for (int i = 0; i < together->count; i++) {
        const PairPick *pick = &together->picks[i];
        TogetherDecision *decision = &out->each[i];
        for (int p = 0; p < PLAYERS; p++) decision->said[p] = together_said(together, i, p);
        decision->agreed = pick->choice[0] == pick->choice[1];
        decision->followed = pick->leader;
    }
    out->agreed = together_agreed(together);
    for (int p = 0; p < PLAYERS; p++) together_threads(together, p, out->threads[p]);
    return true;
}

void together_debrief_free(TogetherDebrief *debrief)
{
    free(debrief->each);
    *debrief = (TogetherDebrief){0};
}

void together_differed(const TogetherDecision *decision, const char *format, StrBuf *out)
{
    StrBuf first = {0}, second = {0};
    stage_quote(decision->said[0], &first);
    stage_quote(decision->said[1], &second);
    strbuf_printf(out, format, strbuf_text(&first), strbuf_text(&second));
    strbuf_free(&first);
    strbuf_free(&second);
}
