/* text_debrief.c: what happened, what helped, one thing to try, the five threads, a question. */
#include "text_debrief.h"

static void print_tags(FILE *out, const Choice *choice, TagKind kind)
{
    StrBuf names = {0};
    debrief_tag_names(choice, kind, &names);
    fputs(strbuf_text(&names), out);
    strbuf_free(&names);
}

static void print_moment(FILE *out, const Scenario *scenario, const Moment *moment, TagKind kind)
{
    const char *chooser = scenario_speaker_name(scenario, moment->step->turn);
    fprintf(out, "- %s said: \"%s\"\n", chooser, moment->step->said);
    if (moment->step->reaction[0]) {
        const char *who = scenario_speaker_name(scenario, moment->step->reaction_speaker);
        if (who) fprintf(out, "  %s: \"%s\"\n", who, moment->step->reaction);
        else fprintf(out, "  %s\n", moment->step->reaction);
    }
    fprintf(out, "  That was: ");
    print_tags(out, moment->choice, kind);
    fprintf(out, moment->step->repair ? ". You mended an earlier slip.\n" : ".\n");
}

static void print_to_try(FILE *out, const Scenario *scenario, const Debrief *debrief)
{
    fprintf(out, "\nOne thing to try:\n");
    if (!debrief->has_to_try) {
        fprintf(out, "- Nothing stood out to change this time.\n");
        return;
    }
    print_moment(out, scenario, &debrief->to_try, TAG_PITFALL);
    if (debrief->alternative) {
        fprintf(out, "  Another time, you might try: \"%s\" (", debrief->alternative->text);
        print_tags(out, debrief->alternative_choice, TAG_SKILL);
        fprintf(out, ")\n");
    }
}

void text_debrief_print(FILE *out, const Scenario *scenario, const Debrief *debrief)
{
    if (debrief->ending) fprintf(out, "\nThe end: %s\n", debrief->ending->title);
    if (debrief->summary) fprintf(out, "\nWhat happened: %s\n", debrief->summary);
    fprintf(out, "\nWhat helped:\n");
    for (int i = 0; i < debrief->helped_count; i++) print_moment(out, scenario, &debrief->helped[i], TAG_SKILL);
    if (debrief->helped_count == 0) fprintf(out, "- No single line stood out this time; the next try may show more.\n");
    print_to_try(out, scenario, debrief);
    fprintf(out, "\nThe five threads:\n");
    for (int t = 0; t < THREAD_COUNT; t++)
        fprintf(out, "- %s: %s. %s\n", vocab_thread_name((Thread)t), debrief_level_name(debrief->threads[t]),
                vocab_thread_question((Thread)t));
    if (debrief->reflect) fprintf(out, "\nTo think about: %s\n", debrief->reflect);
    if (debrief->card_skill >= 0) {
        const Tag *skill = vocab_tag(TAG_SKILL, debrief->card_skill);
        fprintf(out, "\nAbout %s: %s Source: %s.\n", skill->name, skill->about, skill->source);
    }
}
