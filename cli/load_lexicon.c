/* load_lexicon.c - loads data/lexicon and data/gazetteer for the commands
 * that match or extract, printing file:line errors.
 *
 * Either folder may be missing (a data dir with no gazetteer yet, or a
 * user's own gazetteer only); both missing is an error, since nothing
 * could ever match. */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>

#include "cli.h"
#include "rasd/rasd.h"

rasd_lexicon *cli_load_lexicon(const char *data_dir)
{
    static const char *const subdirs[] = {"lexicon", "gazetteer"};
    rasd_lexicon *lx = NULL;
    rasd_lexicon_err err = {0};
    int found = 0;
    int rc = rasd_lexicon_new(&lx);
    for (size_t i = 0; rc == 0 && i < 2; i++) {
        char dir[4096];
        struct stat st;
        snprintf(dir, sizeof dir, "%s/%s", data_dir, subdirs[i]);
        if (stat(dir, &st) != 0 && errno == ENOENT)
            continue;
        found++;
        rc = rasd_lexicon_load_dir(lx, dir, &err);
    }
    if (rc == 0 && found == 0) {
        fprintf(stderr, "rasd: %s: no lexicon/ or gazetteer/ folder\n",
                data_dir);
        rasd_lexicon_free(lx);
        return NULL;
    }
    if (rc == 0)
        rc = rasd_lexicon_finish(lx);
    if (rc < 0) {
        if (err.file[0] && err.line > 0)
            fprintf(stderr, "rasd: %s:%u: %s\n", err.file, err.line,
                    err.msg[0] ? err.msg : rasd_strerror(rc));
        else if (err.file[0])
            fprintf(stderr, "rasd: %s: %s\n", err.file,
                    err.msg[0] ? err.msg : rasd_strerror(rc));
        else
            fprintf(stderr, "rasd: lexicon: %s\n", rasd_strerror(rc));
        rasd_lexicon_free(lx);
        return NULL;
    }
    return lx;
}
