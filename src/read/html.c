/* html.c - text of HTML pages; first cut: HTML is not read yet. */
#include "read_int.h"

int rasd_read_html(rasd_reader *r, const char *name, const char *id,
                   char *data, size_t n)
{
    (void)id; (void)data; (void)n;
    rasd_read_error(r, "%s: HTML is not supported yet", name);
    return 0;
}

int rasd_read_html_fragment(const char *z, size_t n, rasd_buf *out)
{
    rasd_buf_put(out, z, n);
    return out->rc;
}

int rasd_read_node_text(void *node, rasd_buf *out)
{
    (void)node; (void)out;
    return 0;
}
