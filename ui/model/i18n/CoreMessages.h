// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <string>

namespace convlab {

// Core is Qt-free: its convlab::Error messages are English sentences built from numbers and
// names ("kernel 7 (dilated 13) is larger than padded input 9 (rows)"). They are translated
// here, at the boundary where the window and the command line show them, rather than by
// giving core a message-id API: core stays as it is, and every message keeps its numbers.
//
// The catalogue holds each message core builds as a template with %1, %2… for its variable
// parts, each part typed: a number (given the current QLocale's decimal point), a text kept as it
// is (a path, a type name), or a word or phrase core itself wrote ("stride", "(row 2, col 3)"),
// translated in turn. A message is matched against every template; the one with the most
// literal text wins, and QCoreApplication::translate("convlab::core", template) re-words it
// with its parts put back. A message no template matches is returned unchanged: English,
// never lost.
class CoreMessages final {
  public:
    static QString translate(const QString& message);
    static QString translate(const std::string& message);
    static QString translate(const char* message); // as std::exception::what() gives it
    // True when a template matches the whole message (all its parts included).
    static bool recognises(const QString& message);

    // Every template, with a sample instance of each (for the tests).
    struct Sample {
        QString english;
        QString instance;
        int placeholders; // %n in the template
        int parts;        // typed parts the catalogue declares for them
    };
    static QList<Sample> samples();
};

} // namespace convlab
