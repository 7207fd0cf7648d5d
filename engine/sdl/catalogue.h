/* catalogue.h: the scenarios the list screen offers, with what the list shows of each. */
#ifndef HEARTLINES_CATALOGUE_H
#define HEARTLINES_CATALOGUE_H

#include <stdbool.h>

#include "../lua/loader.h"

typedef struct CatalogueEntry {
    char *path, *id, *title, *blurb,
        *notes; /* owned; never NULL after a scan; notes joined by "; " */
    int minutes;
    int endings;                 /* how many endings it has */
    bool two_roles;              /* written for two players, each taking a side */
    bool broken;
    char *error;                 /* the first diagnostic, for a broken scenario ("" otherwise) */
} CatalogueEntry;

typedef struct Catalogue {
    CatalogueEntry *entries;
    int count;
} Catalogue;

/* Loads every .lua in dir once to read its title, blurb and notes; a broken one stays listed. */
void catalogue_scan(Catalogue *catalogue, const char *dir, const LoaderOptions *options);
void catalogue_free(Catalogue *catalogue);

#endif
