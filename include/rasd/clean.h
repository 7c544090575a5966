/* clean.h - cross-article boilerplate: lines that many articles of one
 * source share (a site's footer, its "follow us" line, its newsletter box)
 * are boilerplate even when no pattern of data/text/boilerplate.tsv names
 * them.
 *
 * The table is filled in a first pass over a batch and consulted by the
 * cleaning stage (rasd_text_clean, run by rasd_doc_analyze) in the second:
 *
 *     rasd_lineseen *ls;
 *     rasd_lineseen_new(&ls, 0);                    // 0: default threshold
 *     for each article a:                            // pass 1
 *         rasd_lineseen_add(ls, a->source, a->text, a->ntext);
 *     for each article a:                            // pass 2
 *         rasd_clean_use_lineseen(res, ls, a->source);
 *         rasd_doc_analyze(&doc, res, a->text, a->ntext, a->published, 0);
 *         ...
 *     rasd_clean_use_lineseen(res, NULL, NULL);      // off again
 *     rasd_lineseen_free(ls);
 *
 * A line counts when it is short (under RASD_LINESEEN_MAX_LINE bytes) and
 * is compared in normalised form (text.h), so spacing, case and Arabic
 * letter variants do not matter.  Articles without a source are neither
 * counted nor cleaned this way: lines shared across different outlets are
 * syndicated news, not boilerplate.  The hook is optional: without a call
 * to rasd_clean_use_lineseen cleaning works from the patterns alone.
 */
#ifndef RASD_CLEAN_H
#define RASD_CLEAN_H

#include <stddef.h>

#include "text.h"

/* Lines this long or longer are article text, never boilerplate. */
#define RASD_LINESEEN_MAX_LINE 200

/* Articles of one source that must share a line to make it boilerplate,
 * when rasd_lineseen_new gets 0. */
#define RASD_LINESEEN_MIN_ARTICLES 3

typedef struct rasd_lineseen rasd_lineseen;

/* Creates an empty table; a line is boilerplate once min_articles articles
 * of one source hold it (0: RASD_LINESEEN_MIN_ARTICLES).  Returns 0 or
 * RASD_ENOMEM (*out = NULL).  Free with rasd_lineseen_free. */
int rasd_lineseen_new(rasd_lineseen **out, unsigned min_articles);

/* Frees the table; accepts NULL. */
void rasd_lineseen_free(rasd_lineseen *ls);

/* Counts each distinct short line of one article (text, valid UTF-8) for
 * source; a line repeated inside the article counts once.  source NULL or
 * "" adds nothing.  Returns 0, RASD_ENOMEM, or RASD_ETOOBIG once the
 * table holds 16M lines (its ceiling). */
int rasd_lineseen_add(rasd_lineseen *ls, const char *source,
                      const char *text, size_t ntext);

/* How many articles of source hold the line z[0..n) (compared normalised,
 * as rasd_lineseen_add does). */
size_t rasd_lineseen_count(const rasd_lineseen *ls, const char *source,
                           const char *z, size_t n);

/* True when the line z[0..n) is boilerplate for source by ls: short and
 * held by at least the threshold of articles. */
int rasd_lineseen_is_boilerplate(const rasd_lineseen *ls, const char *source,
                                 const char *z, size_t n);

/* Makes cleaning with res consult ls for the articles of source, from the
 * next rasd_doc_analyze / rasd_text_clean on; ls NULL turns it off.  The
 * table is borrowed: it must outlive its use.  res is shared state here,
 * so a res used by several threads at once must not use this hook.
 * Returns 0, or RASD_EINVAL when res has no cleaning tables. */
int rasd_clean_use_lineseen(const rasd_text_res *res, const rasd_lineseen *ls,
                            const char *source);

#endif
