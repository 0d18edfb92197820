// SPDX-License-Identifier: MIT
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QString>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace convlab::cli {

namespace {

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
volatile std::sig_atomic_t g_received = 0;

extern "C" void remember(int signal)
{
    g_received = signal;
}

} // namespace

TerminationSignals::TerminationSignals()
{
    g_received = 0;
    struct sigaction action = {};
    action.sa_handler = remember;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i)
        sigaction(kSignals[i], &action, &m_previous[i]);
}

TerminationSignals::~TerminationSignals()
{
    for (int i = 0; i < 3; ++i)
        sigaction(kSignals[i], &m_previous[i], nullptr);
    // By now the staged output is gone (its owner was destroyed first); the default action
    // of the signal reports the end to the sender as a kill would.
    if (const int signal = g_received) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "convlab::cli", "convlab: stopped by signal %1 (%2); nothing "
                                                    "was written")
                                    .arg(signal)
                                    .arg(QString::fromLocal8Bit(strsignal(signal)))));
        std::fflush(nullptr);
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}

int TerminationSignals::received()
{
    return g_received;
}

} // namespace convlab::cli
