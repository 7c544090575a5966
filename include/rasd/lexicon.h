/* lexicon.h - what rasd knows: places, actors, weapons, triggers, sources
 * and cues, loaded from versioned UTF-8 files (docs/lexicon-format.md), and
 * the matcher that finds all of them in one pass over a document's tokens.
 *
 * The lexicon owns every entry and string; rasd_lexicon_free() ends them.
 */
#ifndef RASD_LEXICON_H
#define RASD_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "text.h"

enum rasd_class {
    RASD_CLASS_PLACE = 0,
    RASD_CLASS_ACTOR,
    RASD_CLASS_WEAPON,
    RASD_CLASS_TRIGGER,
    RASD_CLASS_SOURCE,
    RASD_CLASS_CUE,
    RASD_CLASS__COUNT
};

/* "place", "actor", ... */
const char *rasd_class_name(int cls);

/* The kinds an entry of class cls may have (`kind=` in the data files),
 * NULL-terminated, in a fixed order that extraction numbers from 1; NULL
 * for a class whose kind is free (weapons). */
const char *const *rasd_lexicon_kinds(int cls);

typedef struct rasd_entry {
    const char *name;      /* canonical English name */
    uint8_t cls;           /* enum rasd_class */
    const char *kind;      /* attribute "kind" ("" when absent) */
    /* places (NaN when absent) */
    double lat, lon;
    const char *admin1;    /* "" when absent */
    const char *country;   /* "" when absent */
    long population;       /* 0 when unknown */
    int geo_precision;     /* ACLED 1 town, 2 part of region, 3 province */
    const char *file;      /* where it was defined */
    uint32_t line;
    uint32_t nattr;
    const char *const *attr; /* nattr pairs: key, value, key, value... */
    uint32_t naliases;     /* aliases that reach it (after merging) */
    uint8_t scripts;       /* RASD_SCRIPT_*: scripts among its aliases */
} rasd_entry;

/* Scripts of an entry's aliases (rasd_entry.scripts). */
#define RASD_SCRIPT_AR 0x01    /* at least one alias has an Arabic word */
#define RASD_SCRIPT_LATIN 0x02 /* at least one alias has a Latin word */

/* Attribute value of e, or NULL. */
const char *rasd_entry_attr(const rasd_entry *e, const char *key);

typedef struct rasd_lexicon rasd_lexicon;

typedef struct rasd_lexicon_err {
    int code;            /* RASD_E* */
    char file[256];      /* the file at fault */
    uint32_t line;       /* 1-based, 0 when not about a line */
    char msg[256];       /* what is wrong */
} rasd_lexicon_err;

/* Loads every *.tsv below dir (data/lexicon and data/gazetteer are both
 * passed by the CLI; call once per directory).  Returns 0 or a RASD_E*
 * code with *err filled for the first fatal problem. */
int rasd_lexicon_new(rasd_lexicon **out);
int rasd_lexicon_load_dir(rasd_lexicon *lx, const char *dir,
                          rasd_lexicon_err *err);
int rasd_lexicon_load_file(rasd_lexicon *lx, const char *path,
                           rasd_lexicon_err *err);
/* Builds the matcher; call after the last load, before scanning. */
int rasd_lexicon_finish(rasd_lexicon *lx);
void rasd_lexicon_free(rasd_lexicon *lx);

size_t rasd_lexicon_count(const rasd_lexicon *lx, int cls);
/* Non-fatal findings of the loader, one "file:line: message" line each:
 * an alias shared by entries of different meaning (both positions), a
 * name defined twice with other attributes, a weapon or inter value
 * outside its vocabulary.  Borrowed; valid until rasd_lexicon_free(). */
size_t rasd_lexicon_warnings(const rasd_lexicon *lx,
                             const char *const **lines);
/* Looks an entry up by class and canonical name; NULL when absent.  When
 * several places share a name (different countries or coordinates), the
 * first one loaded is returned.  Borrowed; valid until the next load. */
const rasd_entry *rasd_lexicon_find(const rasd_lexicon *lx, int cls,
                                    const char *name);
/* All entries in load order (*n of them).  Borrowed; valid until the next
 * load or rasd_lexicon_free(). */
const rasd_entry *rasd_lexicon_entries(const rasd_lexicon *lx, size_t *n);

/* Match flags. */
#define RASD_MATCHF_NEEDS_CUE 0x01 /* ambiguous alias ("?alias"): use only
                                      with a context cue before it */
#define RASD_MATCHF_CUED 0x02      /* ...and a cue was found before it */

typedef struct rasd_match {
    uint32_t start, end;         /* bytes in the original */
    uint32_t tok_first, tok_last;/* token range, inclusive */
    const rasd_entry *entry;
    uint8_t flags;               /* RASD_MATCHF_* */
} rasd_match;

/* Finds every entry in doc, longest match first, left to right, one pass.
 * An ambiguous alias is reported only when cued (RASD_MATCHF_CUED).
 * Several entries sharing an alias are all reported (same span).
 * Classes compete: a shorter match inside or across a longer one is not
 * reported, whatever its class; no match crosses a sentence end.  Sorted
 * by start.  *out is allocated from arena a (NULL when *n is 0); returns
 * 0, RASD_EINVAL before rasd_lexicon_finish(), or RASD_ENOMEM.  lx is only
 * read but for the matcher's cache of word readings, which one scan at a
 * time takes (the others compute without it, with the same result):
 * threads may scan with one lexicon at once.  The rules are set out at the
 * top of src/lex/match.c. */
int rasd_match_scan(const rasd_lexicon *lx, const rasd_doc *doc,
                    rasd_arena *a, rasd_match **out, size_t *n);

#endif
