/* stub.c - TEMPORARY stand-in for the lexicon module so the CLI links;
 * deleted when src/lex/lexicon.c and match.c land. */
#include <stddef.h>

#include "rasd/lexicon.h"
#include "rasd/rasd.h"

int rasd_lexicon_new(rasd_lexicon **out) { *out = NULL; return RASD_EINVAL; }
int rasd_lexicon_load_dir(rasd_lexicon *lx, const char *dir,
                          rasd_lexicon_err *err)
{ (void)lx; (void)dir; (void)err; return RASD_EINVAL; }
int rasd_lexicon_finish(rasd_lexicon *lx) { (void)lx; return RASD_EINVAL; }
void rasd_lexicon_free(rasd_lexicon *lx) { (void)lx; }
