/* libxml2's own HTML parse speed over a folder of UTF-8 pages, with no Swift in the process: the cross-check of
 * `govreports bench parser`. Same options as the clean stage (HTMLDocument.options). Times CPU seconds of this
 * process for two ways of parsing every page: building libxml2's tree (htmlCtxtReadMemory, then xmlFreeDoc), and
 * SAX events with every callback empty (what PageParser's parse costs before any of its own work). Rates are per MB
 * of the original HTML (HTML_BYTES, before conversion to UTF-8), as `govreports bench` counts; each mode reports the
 * fastest of REPEAT passes over all pages.
 *   libxml2-baseline REPEAT HTML_BYTES FILE...   (run by scripts/libxml2-baseline.sh) */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* CPU seconds used by this process so far. */
static double cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Parses one page: a tree when sax is 0, else SAX events into an empty handler. */
static void parse(const char *bytes, long length, int sax, int options) {
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (ctxt == NULL) { fprintf(stderr, "libxml2-baseline: out of memory\n"); exit(1); }
    if (sax) {
        memset(ctxt->sax, 0, sizeof(htmlSAXHandler));
        ctxt->sax->initialized = 1;
    }
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, bytes, (int)length, NULL, "UTF-8", options);
    if (doc != NULL) xmlFreeDoc(doc);
    htmlFreeParserCtxt(ctxt);
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: libxml2-baseline REPEAT HTML_BYTES FILE...\n"); return 2; }
    int repeat = atoi(argv[1]) > 0 ? atoi(argv[1]) : 1;
    double html = atof(argv[2]);
    int count = argc - 3;
    char **pages = calloc(count, sizeof(char *));
    long *lengths = calloc(count, sizeof(long));
    long total = 0;
    for (int i = 0; i < count; i++) {
        FILE *f = fopen(argv[i + 3], "rb");
        if (f == NULL) { perror(argv[i + 3]); return 1; }
        fseek(f, 0, SEEK_END);
        lengths[i] = ftell(f);
        fseek(f, 0, SEEK_SET);
        pages[i] = malloc(lengths[i] > 0 ? lengths[i] : 1);
        if (fread(pages[i], 1, lengths[i], f) != (size_t)lengths[i]) { perror(argv[i + 3]); return 1; }
        fclose(f);
        total += lengths[i];
    }
    int options = HTML_PARSE_NONET | HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
        | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
    double best[2] = {0, 0};
    for (int r = 0; r < repeat; r++) {
        for (int sax = 0; sax < 2; sax++) {
            double t0 = cpu_seconds();
            for (int i = 0; i < count; i++) parse(pages[i], lengths[i], sax, options);
            double mbps = html / (cpu_seconds() - t0) / 1e6;
            if (mbps > best[sax]) best[sax] = mbps;
        }
    }
    printf("libxml2 %s in C: %.1f MB of HTML per CPU-second building its tree, %.1f as SAX events with no callbacks, "
           "over %.1f MB (%.1f MB as UTF-8), fastest of %d\n", xmlParserVersion, best[0], best[1], html / 1e6,
           total / 1e6, repeat);
    printf("{\"libxml2\":\"%s\",\"tree_mb_per_cpu_s\":%.2f,\"sax_mb_per_cpu_s\":%.2f,\"html_mb\":%.3f,\"repeat\":%d}\n",
           xmlParserVersion, best[0], best[1], html / 1e6, repeat);
    return 0;
}
