/* debrief_text.c: what happened, what helped, one thing to try, the five threads, a question. */
#include "debrief_text.h"

#include "stage.h"

static void add_moment(const Scenario *scenario, const Moment *moment, TagKind kind,
                       const Catalog *ui, StrBuf *out)
{
    strbuf_puts(out, "- ");
    debrief_said(scenario, moment->step->turn, moment->step->said, ui, out);
    strbuf_puts(out, "\n");
    if (moment->step->reaction[0]) {
        const char *who = scenario_speaker_name(scenario, moment->step->reaction_speaker);
        if (who)
            strbuf_printf(out, catalog_tr(ui, "  %s: \"%s\"\n"), who, moment->step->reaction);
        else strbuf_printf(out, "  %s\n", moment->step->reaction);
    }
    strbuf_puts(out, catalog_tr(ui, "  That was: "));
    debrief_tag_names(moment->choice, kind, ui, out);
    strbuf_puts(out,
                catalog_tr(ui, moment->step->repair ? ". You mended an earlier slip.\n" : ".\n"));
}

static void add_to_try(const Scenario *scenario, const Debrief *debrief, const Catalog *ui,
                       StrBuf *out)
{
    strbuf_puts(out, catalog_tr(ui, "\nOne thing to try:\n"));
    if (!debrief->has_to_try) {
        strbuf_puts(out, catalog_tr(ui, "- Nothing stood out to change this time.\n"));
        return;
    }
    add_moment(scenario, &debrief->to_try, TAG_PITFALL, ui, out);
    if (debrief->alternative) {
        StrBuf quote = {0};
        stage_quote(debrief->alternative->text, &quote);
        strbuf_printf(out, catalog_tr(ui, "  Another time, you might try: %s\n"),
                      strbuf_text(&quote));
        strbuf_free(&quote);
        strbuf_puts(out, catalog_tr(ui, "  That would be: "));
        debrief_tag_names(debrief->alternative_choice, TAG_SKILL, ui, out);
        strbuf_puts(out, ".\n");
    }
}

void debrief_text(const Scenario *scenario, const Debrief *debrief, const Catalog *ui,
                  StrBuf *out)
{
    if (debrief->ending)
        strbuf_printf(out, catalog_tr(ui, "\nThe end: %s\n"), debrief->ending->title);
    if (debrief->summary)
        strbuf_printf(out, catalog_tr(ui, "\nWhat happened: %s\n"), debrief->summary);
    strbuf_puts(out, catalog_tr(ui, "\nWhat helped:\n"));
    for (int i = 0; i < debrief->helped_count; i++)
        add_moment(scenario, &debrief->helped[i], TAG_SKILL, ui, out);
    if (debrief->helped_count == 0)
        strbuf_puts(out, catalog_tr(ui, "- No single line stood out this time; the next try may "
                                        "show more.\n"));
    add_to_try(scenario, debrief, ui, out);
    strbuf_puts(out, catalog_tr(ui, "\nThe five threads:\n"));
    for (int t = 0; t < THREAD_COUNT; t++)
        strbuf_printf(out, catalog_tr(ui, "- %s: %s. %s\n"), /* French spaces its colons */
                      catalog_tr(ui, vocab_thread_name((Thread)t)),
                      catalog_tr(ui, debrief_level_name(debrief->threads[t])),
                      catalog_tr(ui, vocab_thread_question((Thread)t)));
    if (debrief->reflect)
        strbuf_printf(out, catalog_tr(ui, "\nTo think about: %s\n"), debrief->reflect);
    if (debrief->card_skill >= 0) {
        const Tag *skill = vocab_tag(TAG_SKILL, debrief->card_skill);
        strbuf_printf(out, catalog_tr(ui, "\nAbout %s: %s Source: %s.\n"),
                      catalog_tr(ui, skill->name), catalog_tr(ui, skill->about), skill->source);
    }
}
