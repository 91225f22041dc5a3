// SPDX-License-Identifier: GPL-3.0-or-later
// Includes Catch2, whichever major version is installed.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>
#include <ostream>

// Lets Catch2 print QStrings in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << '"' << s.toStdString() << '"';
}
