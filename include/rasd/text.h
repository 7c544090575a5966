/* text.h - the text layer: cleaning, normalisation, tokens, sentences,
 * numbers and dates of one article.
 *
 * The original text is never changed.  Cleaning marks byte ranges to skip;
 * every span below is a byte offset into the original text.  Everything a
 * rasd_doc points to lives in its arena and goes with rasd_doc_free().
 *
 * Normalised form (for matching): NFKC, no harakat (U+064B-0652, U+0670),
 * no tatweel, أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي, Persian/Kurdish
 * letters folded to Arabic (ک -> ك, ی -> ي), Arabic-Indic and Persian
 * digits -> ASCII, typographic quotes and dashes folded, Latin case-folded.
 * Idempotent: normalize(normalize(x)) == normalize(x).
 */
#ifndef RASD_TEXT_H
#define RASD_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "article.h"
#include "rasd.h"

enum rasd_tok_kind {
    RASD_TOK_AR = 1,  /* Arabic-script word */
    RASD_TOK_LATIN,   /* Latin-script word (also other letters) */
    RASD_TOK_DIGITS,  /* run of digits, any script, with inner , . separators */
    RASD_TOK_PUNCT,   /* one punctuation or symbol character */
};

/* Token flags. */
#define RASD_TOKF_PARA_START 0x01 /* first token after a blank line/start */
#define RASD_TOKF_LINE_START 0x02 /* first token of a line */
#define RASD_TOKF_UPPER 0x04      /* Latin word starting with a capital */
#define RASD_TOKF_SPACE_BEFORE 0x08 /* whitespace precedes the token */

/* Proclitics stripped from an Arabic token to get its key (bit set). */
#define RASD_CLITIC_WA 0x01 /* و */
#define RASD_CLITIC_FA 0x02 /* ف */
#define RASD_CLITIC_BI 0x04 /* ب */
#define RASD_CLITIC_LI 0x08 /* ل (and لل = ل + ال) */
#define RASD_CLITIC_KA 0x10 /* ك */
#define RASD_CLITIC_AL 0x20 /* ال */

typedef struct rasd_token {
    uint32_t start, end; /* bytes in the original text */
    uint8_t kind;        /* enum rasd_tok_kind */
    uint8_t flags;       /* RASD_TOKF_* */
    uint8_t clitics;     /* RASD_CLITIC_* stripped to make key */
    uint8_t sent_end;    /* 1 when this token ends a sentence */
    uint32_t hash;       /* hash of norm, set by the tokenizer: the text
                            layer looks words up by it (not stable across
                            versions; do not store it) */
    const char *norm;    /* normalised form, NUL-terminated (arena) */
    const char *key;     /* match key: norm less proclitics and light
                            suffixes (dual, sound plural, English -s) */
    uint32_t nnorm, nkey;
} rasd_token;

enum rasd_lang { RASD_LANG_OTHER = 0, RASD_LANG_AR, RASD_LANG_EN, RASD_LANG_MIXED };

typedef struct rasd_sentence {
    uint32_t start, end;     /* bytes in the original */
    uint32_t tok_first;      /* index of first token */
    uint32_t tok_count;
    uint8_t lang;            /* enum rasd_lang */
} rasd_sentence;

/* Number flags. */
#define RASD_NUMF_LOWER_BOUND 0x01 /* "at least", "more than", "ما لا يقل عن" */
#define RASD_NUMF_VAGUE 0x02       /* "dozens", "عشرات": value is 0, not a count */
#define RASD_NUMF_DUAL 0x04        /* an Arabic dual noun: value 2 */
#define RASD_NUMF_WORDS 0x08       /* written in words */
#define RASD_NUMF_ORDINAL 0x10     /* "the second", "الثاني" */

typedef struct rasd_number {
    uint32_t start, end;         /* bytes in the original */
    uint32_t tok_first, tok_last;/* token range, inclusive */
    double value;
    uint8_t flags;               /* RASD_NUMF_* */
} rasd_number;

/* Date flags. */
#define RASD_DATEF_RELATIVE 0x01   /* resolved against published */
#define RASD_DATEF_UNRESOLVED 0x02 /* relative, but no published date */
#define RASD_DATEF_PAST_MARK 0x04  /* "الماضي", "last": points to the past */
#define RASD_DATEF_TODAY 0x08      /* today/tonight/this morning */
#define RASD_DATEF_PERIOD 0x10     /* "in the past few days": a period, not
                                      one incident's day */
#define RASD_DATEF_TOD 0x20        /* a time of day leads it: "فجر اليوم" */

typedef struct rasd_date {
    uint32_t start, end;          /* bytes in the original */
    uint32_t tok_first, tok_last; /* token range, inclusive */
    rasd_date_ymd date;           /* y == 0 when unresolved */
    uint8_t precision;            /* ACLED: 1 day, 2 week, 3 month; 0 none */
    uint8_t flags;                /* RASD_DATEF_* */
} rasd_date;

typedef struct rasd_span {
    uint32_t start, end;
} rasd_span;

typedef struct rasd_doc {
    const char *text;          /* the original (borrowed from the caller) */
    size_t ntext;
    rasd_date_ymd published;   /* anchor for relative dates; y == 0: none */
    uint8_t published_inferred;/* 1: no publication date was given; the
                                  anchor is the latest full date the text
                                  states (a dateline, a tweet's stamp) */
    rasd_span *skip;           /* ranges removed by cleaning, sorted */
    size_t nskip;
    rasd_token *tokens;
    size_t ntokens;
    rasd_sentence *sents;
    size_t nsents;
    rasd_number *numbers;      /* sorted by start */
    size_t nnumbers;
    rasd_date *dates;          /* sorted by start */
    size_t ndates;
    rasd_arena *arena;         /* owns everything above but text */
    uint8_t stems;             /* 1: the word tokens carry their stems
                                  (RASD_ANALYZE_STEMS); see rasd_doc_stem */
    const uint32_t *word_id;   /* per token: the id of its word in the
                                  word cache of the rasd_text_res that
                                  analysed it, or below RASD_WORD_BYTES
                                  for a token of one ASCII byte (the
                                  byte), RASD_WORD_NONE for a token that
                                  has none; NULL without res.  For a
                                  caller that keeps something per distinct
                                  word (the lexicon matcher) */
    uint64_t word_gen;         /* the filling of that cache the ids are of:
                                  in docs of equal word_gen, equal ids are
                                  the same word (bytes, so norm and kind);
                                  never equal for two caches or two
                                  fillings of one */
} rasd_doc;

/* rasd_doc.word_id of a token without a word id. */
#define RASD_WORD_NONE UINT32_MAX
/* rasd_doc.word_id below this is a token of one ASCII byte, the byte
 * itself (a comma, a full stop, a digit, a letter): the word cache keeps
 * no such token, and a caller's table by id then holds them too (one
 * token in eight had no id). */
#define RASD_WORD_BYTES 128u

/* Shared, read-only resources of the text layer (number words, month
 * names, boilerplate patterns) and its caches (stems; what the tokenizer
 * made of each word seen).  Load once, share between documents of one
 * thread. */
typedef struct rasd_text_res rasd_text_res;

/* Loads the text-layer data files from dir (data/text).  On a bad line
 * fills *err (pos = line) and *file, and returns RASD_EFORMAT. */
int rasd_text_res_load(rasd_text_res **out, const char *dir,
                       rasd_parse_err *err, char *file, size_t nfile);
void rasd_text_res_free(rasd_text_res *res);

/* Stages, each optional: cleaning, numbers, dates. */
#define RASD_ANALYZE_NO_CLEAN 0x01
#define RASD_ANALYZE_NO_NUMBERS 0x02
#define RASD_ANALYZE_NO_DATES 0x04
/* Without a publication date, resolve relative dates against the latest
 * full date the article states (SCHEMA: relative days resolve against
 * published; a dateline or timestamp in the text is the best witness of it
 * when the metadata has none). */
#define RASD_ANALYZE_INFER_PUBLISHED 0x08
/* Give every word token its Snowball stem as it is tokenised, for
 * rasd_doc_stem: a caller that stems every token gets the stem with the
 * token's norm (kept per distinct word in the word cache, so a stem costs
 * a few bytes of copy) instead of a lookup in the stem cache per token. */
#define RASD_ANALYZE_STEMS 0x10

/* Runs the whole text layer over text (valid UTF-8; the readers guarantee
 * it).  The text must outlive the doc.  Caller frees with rasd_doc_free. */
int rasd_doc_analyze(rasd_doc **out, const rasd_text_res *res,
                     const char *text, size_t ntext,
                     rasd_date_ymd published, unsigned flags);
void rasd_doc_free(rasd_doc *doc);

/* --- building blocks, used by the stages above and by the lexicon --- */

/* Normalises z into out (caller's buffer first, utf8proc style); returns
 * the bytes written (no NUL) or a negative RASD_E* code; cap >= 4*n + 4
 * is always enough. */
long rasd_text_normalize(const char *z, size_t n, char *out, size_t cap);

/* Tokenises z[0..n) skipping the given ranges; tokens get norm and key.
 * Returns 0 or RASD_ENOMEM. */
int rasd_text_tokenize(const char *z, size_t n, const rasd_span *skip,
                       size_t nskip, rasd_arena *a, rasd_token **out,
                       size_t *ntok);

/* Match key of one normalised word: proclitics (و ف ب ل ك ال لل and their
 * combinations) and light suffixes stripped, never below 3 letters.  Writes
 * into out (cap >= n + 1), returns bytes written and sets *clitics. */
size_t rasd_text_key(const char *norm, size_t n, int kind, char *out,
                     size_t cap, uint8_t *clitics);

/* Key variants of one normalised text word, for dictionary matching: the
 * word itself and every reading with proclitics (و ف, then ب ك ل, then ال,
 * or لل) and light suffixes (dual -تين/-تان -> ه, sound plural -ات -> ه,
 * -ين/-ان/-ون, English -s/-es/-ies, possessive 's) removed, least stripped
 * first, no stripped remainder under 3 letters.  Aliases are stored under
 * rasd_text_alias_key, so a text word matches when any variant equals it.
 * Variant strings are written into buf; returns the number of variants. */
#define RASD_KEYVAR_MAX 24
typedef struct rasd_keyvar {
    const char *p;   /* into buf, not NUL-terminated */
    uint16_t n;
    uint8_t clitics; /* RASD_CLITIC_* removed */
    uint8_t suffix;  /* 1 when a suffix was reduced */
} rasd_keyvar;
size_t rasd_text_key_variants(const char *norm, size_t n, int kind, char *buf,
                              size_t cap, rasd_keyvar *out, size_t max);

/* The key an alias word is stored under: the normalised word less a
 * leading ال (Arabic); Latin words as they are.  Returns bytes written to
 * out (cap >= n + 1). */
size_t rasd_text_alias_key(const char *norm, size_t n, int kind, char *out,
                           size_t cap);

/* Snowball stem (Arabic or English by script) of a normalised word.
 * Returns a pointer valid until res is freed (cached) or NULL.  A word of
 * more than RASD_STEM_MAX_WORD bytes, or of another kind, is its own
 * stem. */
const char *rasd_text_stem(const rasd_text_res *res, const char *norm,
                           size_t n, int kind, size_t *nstem);
#define RASD_STEM_MAX_WORD 240

/* The stem of token k of doc: rasd_text_stem of its norm and kind
 * (*nstem bytes, NUL-terminated).  When doc was analysed with
 * RASD_ANALYZE_STEMS it is read from the doc (valid until rasd_doc_free;
 * res unused); else it is rasd_text_stem(res, ...).  Inline: a caller that
 * stems every token pays no call for it.
 *
 * With stems, a word token's block in the arena is its norm, NUL, its key
 * and NUL unless the key is a suffix of the norm, then the stem's length
 * in two bytes (low first), the stem and NUL (token.c): the stem starts
 * after the later of the norm's and the key's ends. */
static inline const char *rasd_doc_stem(const rasd_doc *doc,
                                        const rasd_text_res *res, size_t k,
                                        size_t *nstem)
{
    const rasd_token *t = &doc->tokens[k];
    if (doc->stems &&
        (t->kind == RASD_TOK_AR || t->kind == RASD_TOK_LATIN) &&
        t->nnorm - 1u < RASD_STEM_MAX_WORD) {
        const char *end = t->norm + t->nnorm, *kend = t->key + t->nkey;
        const unsigned char *p =
            (const unsigned char *)(kend > end ? kend : end) + 1;
        *nstem = (size_t)p[0] | (size_t)p[1] << 8;
        return (const char *)p + 2;
    }
    return rasd_text_stem(res, t->norm, t->nnorm, t->kind, nstem);
}

/* Splits tokens into sentences and sets each sentence's language. */
int rasd_text_sentences(rasd_doc *doc);

/* Marks repeated paragraphs and boilerplate lines of doc->text as skip
 * ranges (doc->skip).  Uses res's boilerplate patterns. */
int rasd_text_clean(rasd_doc *doc, const rasd_text_res *res);

/* Finds numbers (digits and words, Arabic and English, duals, bounds). */
int rasd_text_numbers(rasd_doc *doc, const rasd_text_res *res);

/* Finds absolute and relative dates and resolves them against
 * doc->published. */
int rasd_text_dates(rasd_doc *doc, const rasd_text_res *res);

/* Days since 1970-01-01 of a calendar date, and back; weekday 0 = Sunday. */
long rasd_days_from_civil(int y, int m, int d);
void rasd_civil_from_days(long days, int *y, int *m, int *d);
int rasd_weekday(int y, int m, int d);

#endif
