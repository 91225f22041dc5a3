// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyhaven::test {

// A file attached read-only to a free loop device for the life of the object (losetup; needs root).
class LoopDevice
{
public:
    explicit LoopDevice(const QString& file);
    ~LoopDevice();
    LoopDevice(const LoopDevice&) = delete;
    LoopDevice& operator=(const LoopDevice&) = delete;
    QString path() const { return m_path; } // empty when it could not be attached (the test has failed)

private:
    QString m_path;
};

} // namespace keyhaven::test
