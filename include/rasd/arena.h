/* arena.h - a bump allocator: one per article.
 *
 * Tokens, matches and candidate events of one article come from its arena
 * and go with one rasd_arena_free() (yyjson: a document owns its values).
 * Blocks grow geometrically; nothing is freed individually.
 */
#ifndef RASD_ARENA_H
#define RASD_ARENA_H

#include <stddef.h>

typedef struct rasd_arena rasd_arena;

/* Returns a new arena or NULL when out of memory. */
rasd_arena *rasd_arena_new(void);
/* Frees the arena and everything allocated from it; accepts NULL. */
void rasd_arena_free(rasd_arena *a);
/* Forgets every allocation but keeps the first block for reuse. */
void rasd_arena_reset(rasd_arena *a);
/* n bytes aligned to 8; NULL when out of memory or n exceeds 1 GiB. */
void *rasd_arena_alloc(rasd_arena *a, size_t n);
/* Zeroed variant of rasd_arena_alloc. */
void *rasd_arena_calloc(rasd_arena *a, size_t n);
/* Copies n bytes and a NUL into the arena. */
char *rasd_arena_strndup(rasd_arena *a, const char *z, size_t n);
/* Bytes handed out since creation or the last reset (for benchmarks). */
size_t rasd_arena_used(const rasd_arena *a);

#endif
