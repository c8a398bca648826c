// Shim for libxml2: must hide ICU before the parser headers, or Foundation's and
// ICU's UErrorCode definitions clash in every clean build (see DESIGN.md).
#ifndef GOVREPORTS_CLIBXML2_SHIM_H
#define GOVREPORTS_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <iconv.h>

/// xmlFree is a global function pointer that Swift 6 refuses to call directly.
static inline void govreports_xmlFree(void *ptr) { xmlFree(ptr); }
#endif
