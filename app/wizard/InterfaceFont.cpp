// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterfaceFont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

#include <optional>

namespace keyhaven {

namespace {

const QStringList japaneseInterfaceFamilies = {
    QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Source Han Sans JP"), QStringLiteral("Yu Gothic UI"),
    QStringLiteral("Meiryo UI"),        QStringLiteral("Hiragino Sans"),      QStringLiteral("IPAexGothic"),
    QStringLiteral("IPAPGothic"),       QStringLiteral("TakaoPGothic"),       QStringLiteral("VL PGothic"),
};

std::optional<QFont>& desktopFont()
{
    static std::optional<QFont> font;
    return font;
}

bool writesJapanese(const QString& family)
{
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::Japanese);
}

} // namespace

void useInterfaceFontFor(const QLocale& locale)
{
    if (!desktopFont())
        desktopFont() = QApplication::font();
    const QFont& desktop = *desktopFont();
    if (locale.language() != QLocale::Japanese || writesJapanese(desktop.family())) {
        QApplication::setFont(desktop);
        return;
    }
    for (const QString& family : japaneseInterfaceFamilies) {
        if (writesJapanese(family)) {
            QFont font = desktop;
            font.setFamilies({family, desktop.family()});
            QApplication::setFont(font);
            return;
        }
    }
    QApplication::setFont(desktop); // none installed: Qt's fallback fonts still show the text
}

} // namespace keyhaven
