/* text_int.h - private declarations of the text module, one section per
 * file.  Each table below is loaded from data/text by its own file. */
#ifndef RASD_TEXT_INT_H
#define RASD_TEXT_INT_H

#include "rasd/rasd.h"
#include "rasd/text.h"

/* --- numbers.c: number words, vague quantities, bounds, countable nouns */
typedef struct rasd_numtab rasd_numtab;
/* Loads dir/numbers.tsv (and any other file numbers.c documents).  On a
 * bad line sets *err (pos = line) and copies the file name into file. */
int rasd_numtab_load(rasd_numtab **out, const char *dir, rasd_parse_err *err,
                     char *file, size_t nfile);
void rasd_numtab_free(rasd_numtab *t);
int rasd_numbers_find(rasd_doc *doc, const rasd_numtab *t);

/* --- dates.c: month and weekday names, relative expressions ------------ */
typedef struct rasd_datetab rasd_datetab;
int rasd_datetab_load(rasd_datetab **out, const char *dir,
                      rasd_parse_err *err, char *file, size_t nfile);
void rasd_datetab_free(rasd_datetab *t);
int rasd_dates_find(rasd_doc *doc, const rasd_datetab *t);

/* --- clean.c: boilerplate patterns, repeated paragraphs ---------------- */
typedef struct rasd_cleantab rasd_cleantab;
int rasd_cleantab_load(rasd_cleantab **out, const char *dir,
                       rasd_parse_err *err, char *file, size_t nfile);
void rasd_cleantab_free(rasd_cleantab *t);
/* Fills doc->skip (sorted, non-overlapping) from doc->text. */
int rasd_clean_mark(rasd_doc *doc, const rasd_cleantab *t);
/* For tests: the first code point whose white space test by fold class
 * (clean.c's one-pass line key) differs from utf8proc's categories Zs Zl
 * Zp Cc (collapse()), or 0 when none does. */
uint32_t rasd_clean_space_mismatch(void);

/* --- stem.c: Snowball stemmers with a per-resource cache --------------- */
typedef struct rasd_stemcache rasd_stemcache;
int rasd_stemcache_new(rasd_stemcache **out);
void rasd_stemcache_free(rasd_stemcache *c);

/* --- key.c: the greedy key without a copy ----------------------------- */
/* rasd_text_key for a norm that stays put: when the key is a suffix of norm
 * (no suffix reduced, or a word that keeps its form) *key points into norm
 * and nothing is written; otherwise the key is written into out (room for
 * n + 1 bytes; no NUL) and *key = out.  Returns the key's length. */
size_t rasd_text_key_ref(const char *norm, size_t n, int kind, char *out,
                         const char **key, uint8_t *clitics);

/* --- res.c: the bundle ------------------------------------------------- */
struct rasd_text_res {
    rasd_numtab *num;
    rasd_datetab *date;
    rasd_cleantab *clean;
    rasd_stemcache *stems; /* mutable cache behind a const res */
};

#endif
