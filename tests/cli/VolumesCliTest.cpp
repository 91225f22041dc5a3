// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

