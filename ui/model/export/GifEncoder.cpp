// SPDX-License-Identifier: MIT
#include "export/GifEncoder.h"

#include <algorithm>
#include <cgif.h>
#include <cstring>

namespace convlab {

GifEncoder::GifEncoder(const QString& path, QSize size, const std::vector<std::uint8_t>& palette)
    : m_file(path), m_size(size)
{
    Q_ASSERT(palette.size() % 3 == 0 && palette.size() <= 3 * 255 && !palette.empty());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = m_file.errorString();
        return;
    }
    std::vector<std::uint8_t> table = palette; // cgif takes a non-const pointer
    CGIF_Config config;
    std::memset(&config, 0, sizeof config);
    config.pGlobalPalette = table.data();
    config.numGlobalPaletteEntries = static_cast<std::uint16_t>(table.size() / 3);
    config.attrFlags = CGIF_ATTR_IS_ANIMATED;
    config.numLoops = CGIF_INFINITE_LOOP;
    config.width = static_cast<std::uint16_t>(size.width());
    config.height = static_cast<std::uint16_t>(size.height());
    config.pWriteFn = &GifEncoder::write;
    config.pContext = this;
    m_gif = cgif_newgif(&config); // copies the palette
    if (!m_gif)
        m_error = m_file.error() != QFileDevice::NoError ? m_file.errorString()
                                                         : tr("the GIF encoder could not start");
}

GifEncoder::~GifEncoder()
{
    if (m_gif)
        cgif_close(m_gif); // frees the encoder; what it still writes goes to a file given up on
}

bool GifEncoder::addFrame(std::vector<std::uint8_t>& indices, int delayCentiseconds)
{
    Q_ASSERT(m_gif);
    Q_ASSERT(indices.size() ==
             static_cast<std::size_t>(m_size.width()) * static_cast<std::size_t>(m_size.height()));
    CGIF_FrameConfig frame;
    std::memset(&frame, 0, sizeof frame);
    frame.pImageData = indices.data(); // copied by cgif
    frame.genFlags = CGIF_FRAME_GEN_USE_TRANSPARENCY | CGIF_FRAME_GEN_USE_DIFF_WINDOW;
    frame.delay = static_cast<std::uint16_t>(std::clamp(delayCentiseconds, 0, 0xffff));
    const int result = cgif_addframe(m_gif, &frame);
    if (result != CGIF_OK) {
        m_error = describe(result);
        return false;
    }
    return true;
}

bool GifEncoder::close()
{
    Q_ASSERT(m_gif);
    const int result = cgif_close(m_gif);
    m_gif = nullptr;
    if (result != CGIF_OK) {
        m_error = describe(result);
        return false;
    }
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError) {
        m_error = m_file.errorString();
        return false;
    }
    m_file.close();
    return true;
}

int GifEncoder::write(void* context, const std::uint8_t* data, std::size_t size)
{
    auto* self = static_cast<GifEncoder*>(context);
    const auto length = static_cast<qint64>(size);
    return self->m_file.write(reinterpret_cast<const char*>(data), length) == length ? 0 : -1;
}

QString GifEncoder::describe(int result) const
{
    switch (result) {
    case CGIF_EWRITE:
        return m_file.errorString();
    case CGIF_EALLOC:
        return tr("out of memory");
    default:
        return tr("the GIF encoder failed (cgif error %1)").arg(result);
    }
}

} // namespace convlab
