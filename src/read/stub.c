/* stub.c - TEMPORARY stand-in for the readers so the CLI links; deleted
 * when the real readers land. */
#include "rasd/article.h"
#include "rasd/rasd.h"

int rasd_read_path(rasd_reader *r, const char *path)
{ (void)r; (void)path; return RASD_EINVAL; }
int rasd_read_corpus(rasd_reader *r, const char *dir)
{ (void)r; (void)dir; return RASD_EINVAL; }
int rasd_read_buffer(rasd_reader *r, const char *name, const char *data,
                     size_t n, int format)
{ (void)r; (void)name; (void)data; (void)n; (void)format; return RASD_EINVAL; }
int rasd_date_parse(const char *z, rasd_date_ymd *out)
{ (void)z; (void)out; return RASD_EPARSE; }
