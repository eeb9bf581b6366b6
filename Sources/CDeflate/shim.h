// libdeflate (Debian's libdeflate-dev) for the answer bundles' gzip: whole-buffer deflate about
// three times as fast as zlib at the same level, with slightly smaller output (docs/performance.md).
// Browsers expand gzip with their own DecompressionStream, so a bundle needs nothing else.
#include <libdeflate.h>
