/* test_stage.c: a line's *stage directions*: its runs, and the plain forms the terminal, the
   reports and the debrief show, which never keep an asterisk or quote an action as speech; and
   the place and time a scene header takes from the setting. */
#include <stdio.h>
#include <string.h>

#include "../../engine/core/setting.h"
#include "../../engine/core/stage.h"
#include "tests.h"

/* The runs of text as "a:..." (action) and "s:..." (spoken), joined by "|". */
static void runs_of(const char *text, char *out, size_t size)
{
    StageReader reader = stage_reader(text);
    StageRun run;
    out[0] = '\0';
    while (stage_next(&reader, &run)) {
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%s%s:%.*s", used ? "|" : "", run.action ? "a" : "s",
                 (int)run.length, run.text);
    }
}

static void lines_split_into_spoken_and_action_runs(void **state)
{
    (void)state;
    const struct { const char *text, *runs; } cases[] = {
        {"Seriously? Again?", "s:Seriously? Again?"},
        {"*You say nothing. The lift pings again.*", "a:You say nothing. The lift pings again."},
        {"*You put the tea towel down.* \"Hang on. Not yet.\"",
         "a:You put the tea towel down.|s:\"Hang on. Not yet.\""},
        {"Yep. *You do the zip up.*", "s:Yep.|a:You do the zip up."},
        {"*You nod.* Yes. *You smile.*", "a:You nod.|s:Yes.|a:You smile."},
        {"Two * three is six.", "s:Two * three is six."},            /* a lone star is a star */
        {"*a* b *c", "a:a|s:b *c"},                                  /* so is an unclosed one */
        {"** *  * Empty marks.", "s:Empty marks."},                  /* empty runs are skipped */
        {"", ""},
        {NULL, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char runs[256];
        runs_of(cases[i].text, runs, sizeof runs);
        assert_string_equal(runs, cases[i].runs);
    }
    assert_true(stage_has_action("Yep. *You do the zip up.*"));
    assert_false(stage_has_action("Two * three is six."));
}

static void plain_forms_keep_no_marks(void **state)
{
    (void)state;
    const struct { const char *text, *plain, *stripped; } cases[] = {
        {"Seriously? Again?", "Seriously? Again?", "Seriously? Again?"},
        {"Sorry. \"Fine\" was the wrong word.", "Sorry. \"Fine\" was the wrong word.",
         "Sorry. \"Fine\" was the wrong word."},
        {"*You sit down.*", "You sit down.", "You sit down."},
        {"*You text:* \"Sorry. Go. x\"", "You text: \"Sorry. Go. x\"",
         "You text: \"Sorry. Go. x\""},
        {"Yep. *You do the zip up.*", "\"Yep.\" You do the zip up.", "Yep. You do the zip up."},
        {"*You say \"Go,\" and hang up first.*", "You say \"Go,\" and hang up first.",
         "You say \"Go,\" and hang up first."},
        {"*You nod.* Say \"when\". *You pour.*", "You nod. \"Say 'when'.\" You pour.",
         "You nod. Say \"when\". You pour."},
        {"*You nod.* \xE2\x80\x9CYes.\xE2\x80\x9D", "You nod. \"Yes.\"",
         "You nod. \xE2\x80\x9CYes.\xE2\x80\x9D"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        StrBuf plain = {0}, stripped = {0};
        stage_plain(cases[i].text, &plain);
        stage_strip(cases[i].text, &stripped);
        assert_string_equal(strbuf_text(&plain), cases[i].plain);
        assert_string_equal(strbuf_text(&stripped), cases[i].stripped);
        strbuf_free(&plain);
        strbuf_free(&stripped);
    }
}

static void split_parts_actions_from_speech(void **state)
{
    (void)state;
    StrBuf action = {0}, speech = {0};
    stage_split("*You nod.* \"Say \"when\".\" *You pour.*", &action, &speech);
    assert_string_equal(strbuf_text(&action), "You nod. You pour.");
    assert_string_equal(strbuf_text(&speech), "Say 'when'.");
    strbuf_free(&action);
    strbuf_free(&speech);
}

/* Quoted inside a sentence, a line with no action is quoted too; an action never is. */
static void quote_marks_speech_even_alone(void **state)
{
    (void)state;
    const struct { const char *text, *quoted; } cases[] = {
        {"Seriously? \"Again\"?", "\"Seriously? 'Again'?\""},
        {"*You sit down.*", "You sit down."},
        {"Yep. *You do the zip up.*", "\"Yep.\" You do the zip up."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        StrBuf quoted = {0};
        stage_quote(cases[i].text, &quoted);
        assert_string_equal(strbuf_text(&quoted), cases[i].quoted);
        strbuf_free(&quoted);
    }
}

/* The scene header's place and time: the setting's first sentence, or two when the first names
   no day or hour. */
static void header_takes_place_and_time_from_the_setting(void **state)
{
    (void)state;
    const struct { const char *setting, *header; } cases[] = {
        {"Your flat, ten to seven on a Friday in November. Dinner at Marisol is at eight.",
         "Your flat, ten to seven on a Friday in November."},
        {"Your kitchen in Totterdown, Bristol. Quarter to seven on a Wednesday in October. "
         "You got home forty minutes ago.",
         "Your kitchen in Totterdown, Bristol. Quarter to seven on a Wednesday in October."},
        {"Saturday morning. You and Robin are walking.", "Saturday morning."},
        {"A café", "A café"},
        {"", ""},
        {NULL, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        StrBuf header = {0};
        setting_place_and_time(cases[i].setting, &header);
        assert_string_equal(strbuf_text(&header), cases[i].header);
        strbuf_free(&header);
    }
}

int run_stage_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lines_split_into_spoken_and_action_runs),
        cmocka_unit_test(plain_forms_keep_no_marks),
        cmocka_unit_test(split_parts_actions_from_speech),
        cmocka_unit_test(quote_marks_speech_even_alone),
        cmocka_unit_test(header_takes_place_and_time_from_the_setting),
    };
    return cmocka_run_group_tests_name("stage", tests, NULL, NULL);
}
