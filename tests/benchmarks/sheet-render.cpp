// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): render one recovery sheet and self-check it, as SheetTarget and PrintTarget do.
// Usage: sheet-render [ITERATIONS]   (prints min / median / max per step, in milliseconds)
#include "backup/RecoverySheet.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace keyhaven;

namespace {

RecoveryKey benchmarkKey()
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(u"64311DEA-4587-4029-924A-BA299647998E");
    key.secret = SecureBytes::fromUtf8(u"235818-357951-253979-013365-241120-245575-342914-591910");
    key.deviceName = QStringLiteral("DESKTOP-7Q2LM4K");
    key.volumeLabel = QStringLiteral("C: (Windows)");
    key.created = QDateTime::currentDateTimeUtc();
    return key;
}

struct Series
{
    const char* name;
    std::vector<double> ms;
    void add(qint64 ns) { ms.push_back(double(ns) / 1e6); }
    void print(QTextStream& out)
    {
        std::sort(ms.begin(), ms.end());
        out << QStringLiteral("%1 min %2  median %3  max %4 ms\n")
                   .arg(QString::fromLatin1(name).leftJustified(34))
                   .arg(ms.front(), 6, 'f', 1)
                   .arg(ms[ms.size() / 2], 6, 'f', 1)
                   .arg(ms.back(), 6, 'f', 1);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 30;
    const RecoveryKey key = benchmarkKey();
    QTextStream out(stdout);

    QElapsedTimer first;
    first.start();
    RecoverySheet(key).verifyQrCode(); // fonts load once per process: reported apart
    out << QStringLiteral("first sheet of the process (font loading): %1 ms\n")
               .arg(double(first.nsecsElapsed()) / 1e6, 0, 'f', 1);

    Series check{"render page (150 dpi) + decode QR", {}};
    Series pdf{"PDF in memory", {}};
    Series total{"sheet total (QR, check, PDF)", {}};
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        const RecoverySheet sheet(key);
        QElapsedTimer step;
        step.start();
        if (!sheet.verifyQrCode().passed) {
            out << "self-check failed\n";
            return 1;
        }
        check.add(step.nsecsElapsed());
        step.restart();
        if (sheet.toPdf().isEmpty())
            return 1;
        pdf.add(step.nsecsElapsed());
        total.add(timer.nsecsElapsed());
    }
    out << iterations << " iterations\n";
    check.print(out);
    pdf.print(out);
    total.print(out);
    return 0;
}
