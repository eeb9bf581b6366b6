// zlib (Debian's zlib1g-dev) for the answer bundles' gzip: browsers expand gzip with their own
// DecompressionStream, so a bundle needs nothing but zlib on our side.
#include <zlib.h>
