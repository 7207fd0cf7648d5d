/* test_cues.c: the surface-cue readers on hand-made decisions, whose right answers are worked out
   in the comments, and W310's threshold. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/cues.h"
#include "tests.h"

/* A set from "+text" (skilful) and "-text" options; "|" ends a decision. */
static CueSet make_set(const char *file, const char *const *items)
{
    CueSet set = {.file = strdup(file), .line = 1};
    int count = 0;
    while (items[count]) count++;
    set.options = calloc((size_t)count + 1, sizeof *set.options);
    set.starts = calloc((size_t)count + 2, sizeof *set.starts);
    for (int i = 0; i < count; i++) {
        if (strcmp(items[i], "|") == 0) {
            set.starts[++set.decision_count] = set.option_count;
            continue;
        }
        set.options[set.option_count++] = (CueOption){strdup(items[i] + 1), items[i][0] == '+'};
    }
    return set;
}

static void assert_figure(const CueFigure *figure, int decisions, double hits, double chance)
{
    assert_int_equal(figure->decisions, decisions);
    assert_true(fabs(figure->hits - hits) < 1e-9);
    assert_true(fabs(figure->chance - chance) < 1e-9);
}

/* Decision 1: the skilful option has "sorry" and is neither longest nor shortest (chance 1/3).
   Decision 2: the skilful one is the longer and the only question (chance 1/2).
   Decision 3: two equally long options, one skilful: longest and shortest each get half a hit. */
static const char *const measured[] = {
    "+I'm sorry. That was on me.",
    "-It's fine.",
    "-Whatever, honestly, it doesn't matter to me at all.",
    "|",
    "+What happened?",
    "-Okay.",
    "|",
    "+Yes.",
    "-Nah.",
    "|",
    NULL,
};

static void surface_readers_pick_as_worked_out(void **state)
{
    (void)state;
    CueSet set = make_set("a.lua", measured);
    CueFigures figures;
    cues_measure(&set, 1, 0, &figures);
    double chance = 1.0 / 3 + 0.5 + 0.5;
    assert_figure(&figures.cue[CUE_LONGEST], 3, 0 + 1 + 0.5, chance);
    assert_figure(&figures.cue[CUE_SHORTEST], 3, 0 + 0 + 0.5, chance);
    assert_figure(&figures.cue[CUE_SORRY], 1, 1, 1.0 / 3); /* only decision 1 has "sorry" */
    assert_figure(&figures.cue[CUE_QUESTION], 1, 1, 0.5);  /* only decision 2 has a question */
    /* With no other set to learn from, the learning readers know nothing: exactly chance. */
    assert_figure(&figures.cue[CUE_READER], 3, chance, chance);
    assert_figure(&figures.cue[CUE_FIRST_WORD], 3, chance, chance);
    assert_true(fabs(cues_points(&figures.cue[CUE_LONGEST]) - (100 * 1.5 / 3 - 100 * chance / 3)) <
                1e-9);
    cues_set_free(&set);
}

/* Trained on a set where "sorry" went with skilful options and "fine" with the rest, the reader
   picks the sorry option at decision 1; the set it is measured on never trains it. */
static void the_reader_learns_from_the_other_sets_only(void **state)
{
    (void)state;
    static const char *const teacher[] = {
        "+Sorry, that was me.",
        "-Fine, fine.",
        "|",
        "+I'm sorry.",
        "-It's fine, really.",
        "|",
        NULL,
    };
    CueSet sets[2] = {make_set("a.lua", measured), make_set("b.lua", teacher)};
    CueFigures figures;
    cues_measure(sets, 2, 0, &figures);
    /* Decision 1: "sorry" wins (1 hit). Decision 2: no word of it was seen, a tie (1/2).
       Decision 3: nor here (1/2). */
    assert_figure(&figures.cue[CUE_READER], 3, 1 + 0.5 + 0.5, 1.0 / 3 + 0.5 + 0.5);
    /* First words "I'm" (skilful once elsewhere) beats "It's" (never) and "Whatever" (unseen). */
    assert_figure(&figures.cue[CUE_FIRST_WORD], 3, 1 + 0.5 + 0.5, 1.0 / 3 + 0.5 + 0.5);
    cues_set_free(&sets[0]);
    cues_set_free(&sets[1]);
}

/* W310 needs a cue beyond 15 points at 4 or more decisions. */
static void the_warning_needs_enough_decisions(void **state)
{
    (void)state;
    static const char *const longest_wins[] = {
        "+That sounds like a long, long day.",
        "-Same.",
        "|",
        "+Tell me everything, from the start.",
        "-No.",
        "|",
        "+I've been thinking about you all day.",
        "-Hm.",
        "|",
        "+Come here, you look frozen through.",
        "-Eh.",
        "|",
        NULL,
    };
    CueSet set = make_set("c.lua", longest_wins);
    CueFigures figures;
    DiagList diags = {0};
    cues_measure(&set, 1, 0, &figures);
    cues_warn(&set, &figures, &diags);
    assert_int_equal(diags.count, 1);
    assert_int_equal(diags.items[0].code, DIAG_SURFACE_CUE);
    assert_non_null(strstr(diags.items[0].message,
                           "longest 100% against 50% chance (+50 points, 4 decisions)"));
    diag_list_free(&diags);
    set.decision_count = 3; /* the same, at three decisions: too few to judge */
    cues_measure(&set, 1, 0, &figures);
    cues_warn(&set, &figures, &diags);
    assert_int_equal(diags.count, 0);
    cues_set_free(&set);
}

int run_cues_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(surface_readers_pick_as_worked_out),
        cmocka_unit_test(the_reader_learns_from_the_other_sets_only),
        cmocka_unit_test(the_warning_needs_enough_decisions),
    };
    return cmocka_run_group_tests_name("cues", tests, NULL, NULL);
}
