// SPDX-License-Identifier: MIT
#include "io/NpyCodec.h"

#include <QRegularExpression>
#include <QtEndian>
#include <bit>
#include <cmath>
#include <cstring>

namespace convlab {

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr int kMagicSize = 6;

} // namespace

QByteArray NpyCodec::encode(const cv::Mat& m)
{
    CV_Assert(m.type() == CV_32FC1);
    QByteArray header =
        QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (%1, %2), }")
            .arg(m.rows)
            .arg(m.cols)
            .toLatin1();
    // Total header length (magic, version, length field, dict, newline) a multiple of 64.
    const int prefix = kMagicSize + 2 + 2;
    const int padding = (64 - (prefix + header.size() + 1) % 64) % 64;
    header.append(QByteArray(padding, ' ')).append('\n');
    QByteArray bytes;
    bytes.reserve(prefix + header.size() + static_cast<qsizetype>(m.total() * sizeof(float)));
    bytes.append(kMagic, kMagicSize).append('\x01').append('\x00');
    const quint16 length = qToLittleEndian(static_cast<quint16>(header.size()));
    bytes.append(reinterpret_cast<const char*>(&length), 2).append(header);
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.cols; ++c) {
            const quint32 bits = qToLittleEndian(std::bit_cast<quint32>(m.at<float>(r, c)));
            bytes.append(reinterpret_cast<const char*>(&bits), 4);
        }
    return bytes;
}

std::optional<cv::Mat> NpyCodec::decode(const QByteArray& bytes, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<cv::Mat> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (bytes.size() < kMagicSize + 4 || !bytes.startsWith(QByteArray(kMagic, kMagicSize)))
        return fail(tr("not .npy data (the magic string \\x93NUMPY is missing)"));
    const int major = static_cast<unsigned char>(bytes[kMagicSize]);
    if (major != 1)
        return fail(tr(".npy version %1 is not supported (only 1.0)").arg(major));
    const int length = qFromLittleEndian<quint16>(bytes.constData() + kMagicSize + 2);
    const qsizetype dataStart = kMagicSize + 4 + length;
    if (bytes.size() < dataStart)
        return fail(tr("the .npy header is cut short (%1 bytes announced, %2 present)")
                        .arg(length)
                        .arg(bytes.size() - kMagicSize - 4));
    const QString header = QString::fromLatin1(bytes.mid(kMagicSize + 4, length));

    static const QRegularExpression descr(QStringLiteral("'descr'\\s*:\\s*'([^']*)'"));
    static const QRegularExpression order(QStringLiteral("'fortran_order'\\s*:\\s*(True|False)"));
    static const QRegularExpression shape(QStringLiteral("'shape'\\s*:\\s*\\(([^)]*)\\)"));
    const auto descrMatch = descr.match(header);
    const auto orderMatch = order.match(header);
    const auto shapeMatch = shape.match(header);
    if (!descrMatch.hasMatch() || !orderMatch.hasMatch() || !shapeMatch.hasMatch())
        return fail(tr("the .npy header is malformed: %1").arg(header.trimmed()));
    if (descrMatch.captured(1) != QLatin1String("<f4"))
        return fail(tr("the .npy data type is %1; a lesson stores float32 ('<f4')")
                        .arg(descrMatch.captured(1)));
    if (orderMatch.captured(1) == QLatin1String("True"))
        return fail(tr("the .npy data is in Fortran order; a lesson stores C order"));
    const QStringList dims = shapeMatch.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (dims.size() != 2)
        return fail(tr("the .npy array has shape (%1); a lesson stores 2-D arrays")
                        .arg(shapeMatch.captured(1).trimmed()));
    bool rowsOk = false, colsOk = false;
    const qint64 rows = dims[0].trimmed().toLongLong(&rowsOk);
    const qint64 cols = dims[1].trimmed().toLongLong(&colsOk);
    if (!rowsOk || !colsOk || rows < 1 || cols < 1 || rows > (1 << 20) || cols > (1 << 20))
        return fail(tr("the .npy shape (%1) is not a valid image size")
                        .arg(shapeMatch.captured(1).trimmed()));
    const qint64 expected = rows * cols * 4;
    const qint64 present = bytes.size() - dataStart;
    if (present != expected)
        return fail(tr("the .npy shape %1 × %2 needs %3 bytes of data, but there are %4")
                        .arg(rows)
                        .arg(cols)
                        .arg(expected)
                        .arg(present));
    cv::Mat m(static_cast<int>(rows), static_cast<int>(cols), CV_32FC1);
    const char* data = bytes.constData() + dataStart;
    for (int r = 0; r < m.rows; ++r) {
        float* out = m.ptr<float>(r);
        for (int c = 0; c < m.cols; ++c, data += 4) {
            out[c] = std::bit_cast<float>(qFromLittleEndian<quint32>(data));
            if (!std::isfinite(out[c]))
                return fail(
                    tr("the .npy data has %1 at (row %2, col %3)")
                        .arg(std::isnan(out[c]) ? QStringLiteral("NaN") : QStringLiteral("Inf"))
                        .arg(r)
                        .arg(c));
        }
    }
    return m;
}

} // namespace convlab
