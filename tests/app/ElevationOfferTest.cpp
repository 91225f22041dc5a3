// SPDX-License-Identifier: GPL-3.0-or-later
// The source page offers to read drives this user may not read through the metadata helper, says what that
// asks for, and asks only when the person presses the button.
#include "SourcePage.h"
#include "WizardTestSupport.h"

#include "volumes/MetadataHelper.h"
#include "volumes/VolumeSource.h"

#include "support/catch.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>

#include <atomic>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

// A computer with one drive the scan could not read for lack of permission.
class UnreadableDriveSource : public VolumeSource
{
public:
    VolumeScan listVolumes() override
    {
        ++calls;
        VolumeScan scan;
        scan.unreadableDevices = { QStringLiteral("/dev/keyhaven-test-sdz3") };
        scan.problems.append({ QString(), VolumeProblem::Kind::PermissionDenied,
                               QStringLiteral("Some devices could not be read for lack of permission.") });
        return scan;
    }
    std::atomic_int calls = 0;
};

} // namespace

TEST_CASE("Drives the user may not read are offered to be read as administrator, only on request",
          "[wizard][keys][helper]")
{
    // The helper built with these tests stands in for the installed one; no launcher is needed for the offer.
    MetadataHelper::setHelperCommand(QCoreApplication::applicationDirPath() + QStringLiteral("/keyhaven-metadata-helper"),
                                     {});
    MetadataHelper::setAllowed(false);
    auto source = std::make_shared<UnreadableDriveSource>();
    WizardFixture fixture(source);
    SourcePage* page = openSourcePage(fixture);
    REQUIRE(waitUntil([&] { return !page->isScanning(); }));
    CHECK(source->calls == 1);
    CHECK_FALSE(MetadataHelper::allowed()); // nothing is asked for by itself

    auto* button = fixture.find<QPushButton>(QStringLiteral("readAsAdministratorPushButton"));
    CHECK(button->isVisible());
    const QString problems = fixture.find<QLabel>(QStringLiteral("volumesProblemLabel"))->text();
    CHECK(problems.contains(QStringLiteral("/dev/keyhaven-test-sdz3 with administrator rights")));
    CHECK(problems.contains(QStringLiteral("not the files on it, and no key")));
    CHECK(problems.contains(QStringLiteral("administrator's password")));

    button->click();
    CHECK(MetadataHelper::allowed());
    REQUIRE(waitUntil([&] { return source->calls == 2 && !page->isScanning(); }));
    CHECK(button->isHidden()); // asked once; the scan now reads through the helper

    MetadataHelper::setAllowed(false);
    MetadataHelper::useInstalledHelper();
}
