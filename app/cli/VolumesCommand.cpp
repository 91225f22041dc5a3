// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

namespace keyhaven::cli {

int runVolumes(const QStringList& arguments)
{
    (void)arguments;
    Cli::error(Cli::tr("Not built yet."));
    return Environment;
}

} // namespace keyhaven::cli
