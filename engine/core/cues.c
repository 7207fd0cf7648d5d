/* cues.c: surface readers of the options (longest, shortest, "sorry", a question, the first word,
   a word-level naive Bayes) and how often each picks a skilful option, against chance.

   Every reader is deterministic: where it cannot choose between options (two equally long, or
   equal scores) the hit is shared out evenly among them, which is what picking among them at
   random would give on average. The learning readers are trained on every set but the one they
   are measured on, so a scenario is read with what the rest of the pack taught. */
#include "cues.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "array_grow.h"
#include "words.h"

bool cues_skilful(const Choice *choice)
{
    return choice->skill_count > 0 && choice->pitfall_count == 0;
}

void cues_collect(const Scenario *scenario, CueSet *out)
{
    *out = (CueSet){.file = strdup(scenario->file ? scenario->file : ""), .line = scenario->line};
    int total = 0;
    for (int n = 0; n < scenario->node_count; n++) total += scenario->nodes[n].choice_count;
    out->options = calloc((size_t)total + 1, sizeof *out->options);
    out->starts = calloc((size_t)scenario->node_count + 1, sizeof *out->starts);
    if (!out->file || !out->options || !out->starts) return;
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        int first = out->option_count;
        for (int c = 0; c < node->choice_count; c++) {
            const Choice *choice = &node->choices[c];
            if (!choice->text.fixed) continue; /* computed text: its words are not known here */
            char *copy = strdup(choice->text.fixed);
            if (!copy) continue;
            out->options[out->option_count++] = (CueOption){copy, cues_skilful(choice)};
        }
        if (out->option_count - first >= 2)
            out->starts[out->decision_count++] = first;
        else
            while (out->option_count > first) free(out->options[--out->option_count].text);
    }
    out->starts[out->decision_count] = out->option_count;
}

void cues_set_free(CueSet *set)
{
    for (int i = 0; i < set->option_count; i++) free(set->options[i].text);
    free(set->options);
    free(set->starts);
    free(set->file);
    *set = (CueSet){0};
}

/* Word counts learned from the training sets: how often a word appeared in skilful options and
   in the rest, sorted by word for lookup. */
typedef struct WordCount {
    char *word;
    int skilful, other;
} WordCount;

typedef struct WordTable {
    WordCount *items;
    int count, capacity;
    long skilful_total, other_total;
} WordTable;

static int compare_words(const void *a, const void *b)
{
    return strcmp(((const WordCount *)a)->word, ((const WordCount *)b)->word);
}

static void table_add(WordTable *table, const char *word, bool skilful)
{
    WordCount *grown =
        array_grow(table->items, &table->capacity, table->count + 1, sizeof *grown, 256);
    if (!grown) return;
    table->items = grown;
    char *copy = strdup(word);
    if (!copy) return;
    table->items[table->count++] = (WordCount){copy, skilful, !skilful};
    if (skilful)
        table->skilful_total++;
    else
        table->other_total++;
}

/* Sorts and merges repeated words. */
static void table_finish(WordTable *table)
{
    if (table->count == 0) return;
    qsort(table->items, (size_t)table->count, sizeof *table->items, compare_words);
    int kept = 0;
    for (int i = 0; i < table->count; i++) {
        WordCount *item = &table->items[i];
        if (kept > 0 && strcmp(table->items[kept - 1].word, item->word) == 0) {
            table->items[kept - 1].skilful += item->skilful,
                table->items[kept - 1].other += item->other;
            free(item->word);
        } else
            table->items[kept++] = *item;
    }
    table->count = kept;
}

static const WordCount *table_find(const WordTable *table, const char *word)
{
    WordCount key = {.word = (char *)word};
    return table->count
               ? bsearch(&key, table->items, (size_t)table->count, sizeof key, compare_words)
               : NULL;
}

static void table_free(WordTable *table)
{
    for (int i = 0; i < table->count; i++) free(table->items[i].word);
    free(table->items);
}

/* Trains on every set but skip: every word (words) and each option's first word (first_words). */
static void train(const CueSet *sets, int count, int skip, WordTable *words, WordTable *first_words)
{
    char word[WORDS_MAX];
    for (int s = 0; s < count; s++) {
        if (s == skip) continue;
        for (int i = 0; i < sets[s].option_count; i++) {
            const CueOption *option = &sets[s].options[i];
            const char *p = option->text;
            for (bool first = true; words_next(&p, word); first = false) {
                table_add(words, word, option->skilful);
                if (first) table_add(first_words, word, option->skilful);
            }
        }
    }
    table_finish(words);
    table_finish(first_words);
}

/* How far one word leans toward skilful options: the log of how much likelier it is in them than
   in the rest, with add-one smoothing. */
static double word_lean(const WordTable *words, const WordCount *known)
{
    double vocabulary = words->count;
    return log((known->skilful + 1) / (words->skilful_total + vocabulary)) -
           log((known->other + 1) / (words->other_total + vocabulary));
}

/* Multinomial naive Bayes: the log odds that the option is skilful, over the words training saw
   (words it never saw say nothing either way). */
static double reader_score(const WordTable *words, const char *text)
{
    char word[WORDS_MAX];
    double score = 0;
    for (const char *p = text; words_next(&p, word);) {
        const WordCount *known = table_find(words, word);
        if (known) score += word_lean(words, known);
    }
    return score;
}

/* How often the first word was skilful in training, smoothed toward one half. */
static double first_word_score(const WordTable *first_words, const char *text)
{
    char word[WORDS_MAX];
    const char *p = text;
    const WordCount *known = words_next(&p, word) ? table_find(first_words, word) : NULL;
    return known ? (known->skilful + 1.0) / (known->skilful + known->other + 2.0) : 0.5;
}

static int characters(const char *text)
{
    int count = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        count += (*p & 0xC0) != 0x80;
    return count;
}

static bool contains_sorry(const char *text)
{
    char word[WORDS_MAX];
    for (const char *p = text; words_next(&p, word);)
        if (strcmp(word, "sorry") == 0) return true;
    return false;
}

static bool ends_in_question(const char *text)
{
    size_t length = strlen(text);
    while (length > 0 && strchr(" \t\n\"')*", text[length - 1])) length--;
    if (length >= 3 && (unsigned char)text[length - 3] == 0xE2) length -= 3; /* a closing quote */
    return length > 0 && text[length - 1] == '?';
}

/* Adds one decision to figure: the skilful share among the options with the top score. */
static void score_decision(CueFigure *figure, const CueOption *options, int count,
                           const double *scores, double chance)
{
    double top = scores[0];
    for (int i = 1; i < count; i++) top = scores[i] > top ? scores[i] : top;
    int picked = 0, skilful = 0;
    for (int i = 0; i < count; i++)
        if (fabs(scores[i] - top) < 1e-9) picked++, skilful += options[i].skilful;
    figure->decisions++;
    figure->hits += (double)skilful / picked;
    figure->chance += chance;
}

static void measure_decision(CueFigures *out, const CueOption *options, int count,
                             const WordTable *words, const WordTable *first_words)
{
    double scores[CUE_COUNT][MAX_NODE_ITEMS];
    int skilful = 0, sorry = 0, questions = 0;
    for (int i = 0; i < count; i++) {
        const char *text = options[i].text;
        skilful += options[i].skilful;
        scores[CUE_LONGEST][i] = characters(text);
        scores[CUE_SHORTEST][i] = -characters(text);
        sorry += (int)(scores[CUE_SORRY][i] = contains_sorry(text));
        questions += (int)(scores[CUE_QUESTION][i] = ends_in_question(text));
        scores[CUE_FIRST_WORD][i] = first_word_score(first_words, text);
        scores[CUE_READER][i] = reader_score(words, text);
    }
    double chance = (double)skilful / count;
    for (int kind = 0; kind < CUE_COUNT; kind++) {
        /* A cue that every option has, or none has, tells a reader nothing: it is not counted. */
        if (kind == CUE_SORRY && (sorry == 0 || sorry == count)) continue;
        if (kind == CUE_QUESTION && (questions == 0 || questions == count)) continue;
        score_decision(&out->cue[kind], options, count, scores[kind], chance);
    }
}

void cues_measure(const CueSet *sets, int count, int index, CueFigures *out)
{
    *out = (CueFigures){0};
    WordTable words = {0}, first_words = {0};
    train(sets, count, index, &words, &first_words);
    const CueSet *set = &sets[index];
    for (int d = 0; d < set->decision_count; d++) {
        int first = set->starts[d], options = set->starts[d + 1] - first;
        if (options > MAX_NODE_ITEMS) options = MAX_NODE_ITEMS;
        measure_decision(out, &set->options[first], options, &words, &first_words);
    }
    table_free(&words);
    table_free(&first_words);
}

void cues_add(CueFigures *sum, const CueFigures *part)
{
    for (int kind = 0; kind < CUE_COUNT; kind++) {
        sum->cue[kind].decisions += part->cue[kind].decisions;
        sum->cue[kind].hits += part->cue[kind].hits;
        sum->cue[kind].chance += part->cue[kind].chance;
    }
}

const char *cues_name(CueKind kind)
{
    static const char *const names[CUE_COUNT] = {"longest",  "shortest",   "sorry",
                                                 "question", "first word", "reader"};
    return names[kind];
}

double cues_percent(double part, int whole) { return whole ? 100.0 * part / whole : 0; }

double cues_points(const CueFigure *figure)
{
    return cues_percent(figure->hits, figure->decisions) -
           cues_percent(figure->chance, figure->decisions);
}

void cues_warn(const CueSet *set, const CueFigures *figures, DiagList *diags)
{
    StrBuf far = {0};
    for (int kind = 0; kind < CUE_COUNT; kind++) {
        const CueFigure *figure = &figures->cue[kind];
        double points = cues_points(figure);
        if (figure->decisions < CUE_WARN_MIN_DECISIONS || fabs(points) <= CUE_WARN_POINTS) continue;
        strbuf_printf(&far, "%s%s %.0f%% against %.0f%% chance (%+.0f points, %d decisions)",
                      far.length ? "; " : "", cues_name((CueKind)kind),
                      cues_percent(figure->hits, figure->decisions),
                      cues_percent(figure->chance, figure->decisions), points, figure->decisions);
    }
    if (far.length)
        diag_add(diags, DIAG_SURFACE_CUE, set->file, set->line,
                 "the words alone give the skilful option away: %s (see docs/writing-guide.md)",
                 strbuf_text(&far));
    strbuf_free(&far);
}

typedef struct Lean {
    double lean;
    const WordCount *word;
} Lean;

static int compare_lean(const void *a, const void *b)
{
    double x = ((const Lean *)a)->lean, y = ((const Lean *)b)->lean;
    return (x < y) - (x > y);
}

/* shown entries of leans, from first, stepping by step (1 or -1). */
static void list_words(const Lean *leans, int first, int step, int shown, StrBuf *out)
{
    for (int i = 0; i < shown; i++) {
        const WordCount *w = leans[first + i * step].word;
        strbuf_printf(out, "%s%s %d/%d", i ? ", " : "", w->word, w->skilful, w->skilful + w->other);
    }
}

void cues_leaning_words(const CueSet *sets, int count, int most, int min_uses, StrBuf *skilful,
                        StrBuf *other)
{
    WordTable words = {0}, first_words = {0};
    train(sets, count, -1, &words, &first_words);
    Lean *leans = calloc((size_t)words.count + 1, sizeof *leans);
    int kept = 0;
    for (int i = 0; leans && i < words.count; i++)
        if (words.items[i].skilful + words.items[i].other >= min_uses)
            leans[kept++] = (Lean){word_lean(&words, &words.items[i]), &words.items[i]};
    if (leans) qsort(leans, (size_t)kept, sizeof *leans, compare_lean);
    int shown = kept < most ? kept : most;
    list_words(leans, 0, 1, shown, skilful);
    list_words(leans, kept - 1, -1, shown, other);
    free(leans);
    table_free(&words);
    table_free(&first_words);
}
