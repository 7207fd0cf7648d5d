/* text_debrief.c: what happened, what helped, one thing to try, the five threads, a question. */
#include "text_debrief.h"

static void print_tags(FILE *out, const Choice *choice, TagKind kind, const Catalog *ui)
{
    StrBuf names = {0};
    debrief_tag_names(choice, kind, ui, &names);
    fputs(strbuf_text(&names), out);
    strbuf_free(&names);
}

static void print_moment(FILE *out, const Scenario *scenario, const Moment *moment, TagKind kind,
                         const Catalog *ui)
{
    StrBuf said = {0};
    debrief_said(scenario, moment->step->turn, moment->step->said, ui, &said);
    fprintf(out, "- %s\n", strbuf_text(&said));
    strbuf_free(&said);
    if (moment->step->reaction[0]) {
        const char *who = scenario_speaker_name(scenario, moment->step->reaction_speaker);
        if (who)
            fprintf(out, catalog_tr(ui, "  %s: \"%s\"\n"), who, moment->step->reaction);
        else fprintf(out, "  %s\n", moment->step->reaction);
    }
    fputs(catalog_tr(ui, "  That was: "), out);
    print_tags(out, moment->choice, kind, ui);
    fputs(catalog_tr(ui, moment->step->repair ? ". You mended an earlier slip.\n" : ".\n"), out);
}

static void print_to_try(FILE *out, const Scenario *scenario, const Debrief *debrief,
                         const Catalog *ui)
{
    fputs(catalog_tr(ui, "\nOne thing to try:\n"), out);
    if (!debrief->has_to_try) {
        fputs(catalog_tr(ui, "- Nothing stood out to change this time.\n"), out);
        return;
    }
    print_moment(out, scenario, &debrief->to_try, TAG_PITFALL, ui);
    if (debrief->alternative) {
        StrBuf quote = {0};
        debrief_quote(debrief->alternative->text, &quote);
        fprintf(out, catalog_tr(ui, "  Another time, you might try: %s\n"), strbuf_text(&quote));
        strbuf_free(&quote);
        fputs(catalog_tr(ui, "  That would be: "), out);
        print_tags(out, debrief->alternative_choice, TAG_SKILL, ui);
        fputs(".\n", out);
    }
}

void text_debrief_print(FILE *out, const Scenario *scenario, const Debrief *debrief,
                        const Catalog *ui)
{
    if (debrief->ending) fprintf(out, catalog_tr(ui, "\nThe end: %s\n"), debrief->ending->title);
    if (debrief->summary) fprintf(out, catalog_tr(ui, "\nWhat happened: %s\n"), debrief->summary);
    fputs(catalog_tr(ui, "\nWhat helped:\n"), out);
    for (int i = 0; i < debrief->helped_count; i++)
        print_moment(out, scenario, &debrief->helped[i], TAG_SKILL, ui);
    if (debrief->helped_count == 0)
        fputs(catalog_tr(ui, "- No single line stood out this time; the next try may show more.\n"),
              out);
    print_to_try(out, scenario, debrief, ui);
    fputs(catalog_tr(ui, "\nThe five threads:\n"), out);
    for (int t = 0; t < THREAD_COUNT; t++)
        fprintf(out, catalog_tr(ui, "- %s: %s. %s\n"), catalog_tr(ui, vocab_thread_name((Thread)t)),
                catalog_tr(ui, debrief_level_name(debrief->threads[t])),
                catalog_tr(ui, vocab_thread_question((Thread)t)));
    if (debrief->reflect) fprintf(out, catalog_tr(ui, "\nTo think about: %s\n"), debrief->reflect);
    if (debrief->card_skill >= 0) {
        const Tag *skill = vocab_tag(TAG_SKILL, debrief->card_skill);
        fprintf(out, catalog_tr(ui, "\nAbout %s: %s Source: %s.\n"), catalog_tr(ui, skill->name),
                catalog_tr(ui, skill->about), skill->source);
    }
}
