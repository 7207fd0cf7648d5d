/* cues.h: how much the words of the options alone give the skilful one away, against chance. */
#ifndef HEARTLINES_CUES_H
#define HEARTLINES_CUES_H

#include <stdbool.h>

#include "model.h"

/* The readers that look only at the words. FIRST_WORD and READER learn from the other sets. */
typedef enum CueKind {
    CUE_LONGEST,    /* picks the longest option */
    CUE_SHORTEST,   /* picks the shortest option */
    CUE_SORRY,      /* picks an option containing "sorry", where some do and some do not */
    CUE_QUESTION,   /* picks an option ending in "?", where some do and some do not */
    CUE_FIRST_WORD, /* picks the option whose first word was most often skilful elsewhere */
    CUE_READER,     /* naive Bayes over lower-cased words, trained on the other sets */
    CUE_COUNT
} CueKind;

enum {
    CUE_WARN_POINTS = 15,       /* W310 when a cue is further than this from chance */
    CUE_WARN_MIN_DECISIONS = 4, /* ...at this many decisions or more */
};

typedef struct CueOption {
    char *text; /* owned copy */
    bool skilful;
} CueOption;

/* One scenario's decisions: the options of decision d are options[starts[d]] up to starts[d + 1].
 */
typedef struct CueSet {
    char *file;
    int line;
    CueOption *options;
    int option_count;
    int *starts;
    int decision_count;
} CueSet;

/* How often one reader picked a skilful option: hits (ties shared out evenly) against chance
   (the skilful share of the options, summed over the same decisions). */
typedef struct CueFigure {
    int decisions;
    double hits, chance;
} CueFigure;

typedef struct CueFigures {
    CueFigure cue[CUE_COUNT]; /* cue[CUE_LONGEST].decisions is every decision */
} CueFigures;

/* Skilful, as the debrief judges it: at least one skill and no pitfall. */
bool cues_skilful(const Choice *choice);
/* The decisions of scenario: nodes offering two or more options with fixed text. */
void cues_collect(const Scenario *scenario, CueSet *out);
void cues_set_free(CueSet *set);

/* Figures for sets[index], the learning readers trained on every other set. */
void cues_measure(const CueSet *sets, int count, int index, CueFigures *out);
void cues_add(CueFigures *sum, const CueFigures *part);
const char *cues_name(CueKind kind);
/* Percentages, and points above (positive) or below chance; 0 when there were no decisions. */
double cues_percent(double part, int whole);
double cues_points(const CueFigure *figure);
/* The most words that lean furthest toward skilful options, and toward the rest, over every set,
   among the words used at least min_uses times: "sorry 40/43, ..." (uses in skilful options of
   all uses). What the word reader learns, for writers to see. */
void cues_leaning_words(const CueSet *sets, int count, int most, int min_uses, StrBuf *skilful,
                        StrBuf *other);
/* W310 on set's scenario when a cue is far from chance at enough decisions. */
void cues_warn(const CueSet *set, const CueFigures *figures, DiagList *diags);

#endif
