// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupTargetFactory.h"

#include "accounts/AccountTarget.h"
#include "backup/PrintTarget.h"
#include "backup/SheetTarget.h"
#include "backup/TextFileTarget.h"

#include <iterator>

namespace keyhaven::cli {

namespace {

std::unique_ptr<BackupTarget> makeText(const QString& argument, QString* error)
{
    if (argument.isEmpty()) {
        *error = BackupTargetFactory::tr("“text:” needs a folder, for example text:/media/me/KEYS.");
        return nullptr;
    }
    return std::make_unique<TextFileTarget>(argument);
}

std::unique_ptr<BackupTarget> makeUsb(const QString& argument, QString* error)
{
    if (argument.isEmpty()) {
        *error = BackupTargetFactory::tr("“usb:” needs the folder where the stick is mounted, for example "
                                         "usb:/media/me/STICK. “keyhaven-cli backup --list-drives” lists them.");
        return nullptr;
    }
    return std::make_unique<UsbTarget>(argument);
}

std::unique_ptr<BackupTarget> makeSheet(const QString& argument, QString* error)
{
    if (!argument.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        *error = BackupTargetFactory::tr("“sheet:” needs a PDF file to write, for example "
                                         "sheet:/media/me/STICK/key.pdf.");
        return nullptr;
    }
    return std::make_unique<SheetTarget>(argument);
}

std::unique_ptr<BackupTarget> makePrint(const QString& argument, QString*)
{
    return std::make_unique<PrintTarget>(argument); // no queue: the default printer
}

// The schemes `--to` understands. To add a target, add one line here (and its header above).
const BackupTargetFactory::Scheme schemes[] = {
    { "text", "text:DIR", makeText },
    { "usb", "usb:MOUNTPOINT", makeUsb },
    { "account", "account:NAME", AccountTarget::make },
    { "sheet", "sheet:FILE.pdf", makeSheet },
    { "print", "print[:QUEUE]", makePrint },
};

} // namespace

std::unique_ptr<BackupTarget> BackupTargetFactory::make(const QString& spec, QString* error)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString scheme = colon < 0 ? spec : spec.left(colon);
    const QString argument = colon < 0 ? QString() : spec.mid(colon + 1);
    for (const Scheme& entry : schemes)
        if (scheme == QLatin1String(entry.name))
            return entry.make(argument, error);
    *error = tr("Unknown backup target “%1”. Known targets: %2.").arg(scheme, syntaxes().join(QStringLiteral(", ")));
    return nullptr;
}

QStringList BackupTargetFactory::syntaxes()
{
    QStringList result;
    for (const Scheme& entry : schemes)
        result.append(QString::fromLatin1(entry.syntax));
    return result;
}

} // namespace keyhaven::cli
