/* res.c - loads and frees the bundle of text-layer tables. */
#include <stdio.h>

#include "text_int.h"

int rasd_text_res_load(rasd_text_res **out, const char *dir,
                       rasd_parse_err *err, char *file, size_t nfile)
{
    int rc;
    rasd_text_res *res = rasd_calloc(1, sizeof *res);
    *out = NULL;
    if (res == NULL)
        return RASD_ENOMEM;
    rc = rasd_numtab_load(&res->num, dir, err, file, nfile);
    if (rc < 0)
        goto out;
    rc = rasd_datetab_load(&res->date, dir, err, file, nfile);
    if (rc < 0)
        goto out;
    rc = rasd_cleantab_load(&res->clean, dir, err, file, nfile);
    if (rc < 0)
        goto out;
    rc = rasd_stemcache_new(&res->stems);
    if (rc < 0)
        goto out;
    rc = rasd_wordcache_new(&res->words);
out:
    if (rc < 0) {
        rasd_text_res_free(res);
        return rc;
    }
    *out = res;
    return 0;
}

void rasd_text_res_free(rasd_text_res *res)
{
    if (res == NULL)
        return;
    rasd_numtab_free(res->num);
    rasd_datetab_free(res->date);
    rasd_cleantab_free(res->clean);
    rasd_stemcache_free(res->stems);
    rasd_wordcache_free(res->words);
    rasd_free(res);
}
