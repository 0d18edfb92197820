// SPDX-License-Identifier: MIT
#include "io/JpegCheck.h"

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE and size_t first
#include <jerror.h>
#include <jpeglib.h>

namespace convlab {

namespace {

// libjpeg reports a fatal error by calling error_exit, which must not return: it jumps back.
struct Failure {
    jpeg_error_mgr manager{};
    std::jmp_buf jump{};
    bool damaged = false;
};

[[noreturn]] void jumpBack(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<Failure*>(info->err)->jump, 1);
}

// Nothing goes to stderr; the warnings that mean missing or damaged data are remembered.
// (Others, such as an unknown JFIF revision, come with pictures that decode whole.)
void noteDamage(j_common_ptr info, int level)
{
    if (level >= 0)
        return;
    switch (info->err->msg_code) {
    case JWRN_HIT_MARKER:      // premature end of data segment
    case JWRN_JPEG_EOF:        // premature end of JPEG file
    case JWRN_MUST_RESYNC:     // a restart marker missing
    case JWRN_EXTRANEOUS_DATA: // bytes where a marker should be
    case JWRN_NOT_SEQUENTIAL:  // restart markers out of order
    case JWRN_BOGUS_PROGRESSION:
        reinterpret_cast<Failure*>(info->err)->damaged = true;
        break;
    default:
        break;
    }
}

void silent(j_common_ptr) {}

} // namespace

bool jpegDecodesCompletely(std::span<const std::uint8_t> bytes)
{
    jpeg_decompress_struct info{};
    Failure failure;
    info.err = jpeg_std_error(&failure.manager);
    failure.manager.error_exit = jumpBack;
    failure.manager.emit_message = noteDamage;
    failure.manager.output_message = silent;
    // Nothing with a destructor lives between here and a jump: libjpeg owns every buffer.
    if (setjmp(failure.jump)) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, bytes.data(), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    // Missing data shows while the entropy-coded data is read, whatever the output's size: an
    // eighth of it, the cheapest transform and no smoothing make this pass a fraction of a
    // full decode.
    info.scale_num = 1;
    info.scale_denom = 8;
    info.dct_method = JDCT_IFAST;
    info.do_fancy_upsampling = FALSE;
    info.do_block_smoothing = FALSE;
    jpeg_start_decompress(&info);
    JSAMPARRAY row = (*info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&info), JPOOL_IMAGE,
                                               info.output_width * info.output_components, 1);
    while (info.output_scanline < info.output_height && !failure.damaged)
        jpeg_read_scanlines(&info, row, 1);
    if (!failure.damaged)
        jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return !failure.damaged;
}

} // namespace convlab
