/* stub_clean.c - TEMPORARY stand-in so the text module links; deleted when
 * src/text/clean.c lands. */
#include "text_int.h"

int rasd_cleantab_load(rasd_cleantab **out, const char *dir, rasd_parse_err *err,
                   char *file, size_t nfile)
{
    (void)dir; (void)err; (void)file; (void)nfile;
    *out = NULL;
    return 0;
}
void rasd_cleantab_free(rasd_cleantab *t) { (void)t; }
int rasd_clean_mark(rasd_doc *doc, const rasd_cleantab *t)
{ (void)doc; (void)t; return 0; }
