// SPDX-License-Identifier: MIT
#pragma once

#include "document/DocumentState.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace convlab {

// The .convlab format (resources/lessons/FORMAT.md): JSON with the image and patch embedded as
// base64 .npy, the parameters, the view settings and optional lesson notes. Saving is atomic
// (QSaveFile); loading checks everything and, on any problem, returns nothing and a message
// naming it, so the caller's open lesson is never touched by a bad file.
class DocumentFile final {
    Q_DECLARE_TR_FUNCTIONS(DocumentFile)
  public:
    // Steps in a guided lesson: the ten shipped lessons have at most 7.
    static constexpr int kMaxSteps = 200;
    static constexpr const char* kFormat = "convlab-lesson";
    static constexpr int kVersion = 1;
    static constexpr const char* kSuffix = "convlab";
    static constexpr qint64 kMaxFileBytes = 512ll * 1024 * 1024;

    static QJsonObject toJson(const DocumentState& state);
    static std::optional<DocumentState> fromJson(const QJsonObject& json, QString* error);
    static QByteArray serialize(const DocumentState& state);
    static std::optional<DocumentState> parse(const QByteArray& bytes, QString* error);

    // false with `error` set when the file cannot be written; the target is then unchanged.
    static bool save(const QString& path, const DocumentState& state, QString* error);
    static bool saveJson(const QString& path, const QJsonObject& json, QString* error);
    static std::optional<DocumentState> load(const QString& path, QString* error);
};

} // namespace convlab
