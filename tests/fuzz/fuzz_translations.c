/* fuzz_translations.c: any bytes as a translation file, read both ways the game reads one
   (catalog_read_po as FILE.xx.po or scripts/lang/xx.po, catalog_read_csv as FILE.xx.csv).
   Besides sanitizer reports, findings are broken promises: a
   refusal without a reason, a translation that still carries a control character or a line or
   paragraph separator, an interface translation that catalog_tr would hand to printf with other
   conversions than its English, or a catalog that does not survive strings --csv's write and
   read (the formula guard included). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/catalog.h"
#include "support.h"

static char po_path[4200], csv_path[4200], copy_path[4200];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_scratch_path(".xx.po", po_path, sizeof po_path);
    fuzz_scratch_path(".xx.csv", csv_path, sizeof csv_path);
    fuzz_scratch_path(".copy.csv", copy_path, sizeof copy_path);
    return 0;
}

/* Shown text: no C0 control but the line break, no DEL, no U+2028 or U+2029. */
static void check_shown(const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        FUZZ_CHECK(*p >= 0x20 || *p == '\n');
        FUZZ_CHECK(*p != 0x7F);
        FUZZ_CHECK(!(p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)));
    }
}

static void check_catalog(Catalog *catalog)
{
    for (int i = 0; i < catalog->count; i++) {
        const CatalogEntry *entry = &catalog->entries[i];
        check_shown(entry->translation);
        const char *shown = catalog_tr(catalog, entry->source);
        FUZZ_CHECK(shown == entry->source || catalog_same_conversions(entry->source, shown));
    }
    StrBuf messages = {0};
    int refused = catalog_refuse_changed_conversions(catalog, "fuzz.po", &messages);
    FUZZ_CHECK((refused == 0) == (messages.length == 0));
    strbuf_free(&messages);
    for (int i = 0; i < catalog->count; i++)
        FUZZ_CHECK(catalog->entries[i].context || !catalog->entries[i].translation[0] ||
                   catalog_same_conversions(catalog->entries[i].source, catalog->entries[i].translation));
}

/* strings --csv writes what catalog_read_csv reads back unchanged. */
static void check_csv_round_trip(const Catalog *catalog)
{
    FILE *out = fopen(copy_path, "wb");
    FUZZ_CHECK(out != NULL);
    fputs("id,source,translation\n", out);
    for (int i = 0; i < catalog->count; i++) {
        const CatalogEntry *entry = &catalog->entries[i];
        catalog_write_csv_row(out, entry->context ? entry->context : "id", entry->source, entry->translation);
    }
    FUZZ_CHECK(fclose(out) == 0);
    Catalog back = {0};
    char why[4600];
    FUZZ_CHECK(catalog_read_csv(&back, copy_path, why, sizeof why));
    FUZZ_CHECK(back.count == catalog->count);   /* every row has an id, so none is skipped */
    for (int i = 0; i < back.count; i++) {
        FUZZ_CHECK(strcmp(back.entries[i].source, catalog->entries[i].source) == 0);
        FUZZ_CHECK(strcmp(back.entries[i].translation, catalog->entries[i].translation) == 0);
    }
    catalog_free(&back);
    remove(copy_path);
}

static void read_one_way(const char *path, bool csv, const uint8_t *data, size_t size)
{
    FILE *file = fopen(path, "wb");
    FUZZ_CHECK(file && fwrite(data, 1, size, file) == size && fclose(file) == 0);
    Catalog catalog = {0};
    char why[4600] = "";
    bool ok = csv ? catalog_read_csv(&catalog, path, why, sizeof why) : catalog_read_po(&catalog, path, why, sizeof why);
    FUZZ_CHECK(ok || why[0]);
    check_catalog(&catalog);
    if (ok) check_csv_round_trip(&catalog);
    catalog_free(&catalog);
    remove(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    read_one_way(po_path, false, data, size);
    read_one_way(csv_path, true, data, size);
    return 0;
}
