// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSize>
#include <QString>
#include <cstdint>
#include <vector>

struct st_gif;

namespace convlab {

// An animated GIF written by libcgif into a file: one global palette, looping forever, each
// frame after the first stored as its difference from the previous one (the window that
// changed, unchanged pixels transparent), which keeps step-by-step animations small.
class GifEncoder final {
    Q_DECLARE_TR_FUNCTIONS(GifEncoder)
  public:
    // `palette`: red, green, blue bytes, at most 255 entries (cgif needs one free index).
    GifEncoder(const QString& path, QSize size, const std::vector<std::uint8_t>& palette);
    ~GifEncoder(); // an encoder not closed is abandoned: the file is left incomplete
    GifEncoder(const GifEncoder&) = delete;
    GifEncoder& operator=(const GifEncoder&) = delete;

    bool isOpen() const { return m_gif != nullptr; }
    // size.width() × size.height() palette indices; delay in hundredths of a second.
    bool addFrame(std::vector<std::uint8_t>& indices, int delayCentiseconds);
    // Writes the end of the stream and closes the file.
    bool close();
    // Why opening, adding or closing failed.
    QString errorString() const { return m_error; }

  private:
    static int write(void* context, const std::uint8_t* data, std::size_t size);
    QString describe(int result) const;

    QFile m_file;
    QSize m_size;
    st_gif* m_gif = nullptr;
    QString m_error;
};

} // namespace convlab
