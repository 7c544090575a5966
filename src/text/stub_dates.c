/* stub_dates.c - TEMPORARY stand-in so the text module links; deleted when
 * src/text/dates.c lands. */
#include "text_int.h"

int rasd_datetab_load(rasd_datetab **out, const char *dir, rasd_parse_err *err,
                   char *file, size_t nfile)
{
    (void)dir; (void)err; (void)file; (void)nfile;
    *out = NULL;
    return 0;
}
void rasd_datetab_free(rasd_datetab *t) { (void)t; }
int rasd_dates_find(rasd_doc *doc, const rasd_datetab *t)
{ (void)doc; (void)t; return 0; }
