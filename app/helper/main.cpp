// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-metadata-helper: run by pkexec (polkit action io.github.keyhaven.Keyhaven.read-metadata) for drives a
// normal user cannot read. Usage: keyhaven-metadata-helper [--] DEVICE…  Writes one JSON document to standard
// output: for each device its BitLocker or CoreStorage metadata regions, or why it was refused
// (docs/elevation.md). Exit codes: 0 every device answered with metadata, 1 some refused, 2 usage error.
// No QCoreApplication: nothing here needs an event loop, settings, plugins or the environment.
#include "MetadataCollector.h"

#include <QString>

#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    QList<std::pair<QString, keyhaven::HelperAnswer>> answers;
    bool anyRefused = false;
    int first = 1;
    if (first < argc && std::strcmp(argv[first], "--") == 0)
        ++first;
    if (first >= argc) {
        std::fputs("usage: keyhaven-metadata-helper [--] DEVICE...\n", stderr);
        return 2;
    }
    for (int i = first; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        keyhaven::HelperAnswer answer = keyhaven::helper::collectMetadata(path);
        anyRefused = anyRefused || answer.status == keyhaven::HelperAnswer::Status::Refused;
        answers.append({ path, std::move(answer) });
    }
    const QByteArray json = keyhaven::encodeHelperAnswers(answers);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fputc('\n', stdout);
    return std::fflush(stdout) == 0 ? (anyRefused ? 1 : 0) : 3;
}
