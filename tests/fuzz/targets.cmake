# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz targets: tests/fuzz/<name>_fuzzer.cpp, seeds in tests/fuzz/corpus/<name>/.
set(KEYHAVEN_FUZZ_TARGETS
    key_file            # every key-file format behind the sniffer
    typed_keys          # what people type: recovery keys, IDs, ID prefixes
    bitlocker_metadata  # a BitLocker volume as raw bytes
    bitlocker_entries   # past the CRC: metadata entries, protector choice, unwrapped key payloads
    volume_probe        # VolumeProbe and CoreStorage (with its CRC-32C fixed)
    system_tools        # fdesetup/diskutil plists (MacPlist, MacVolumeSource), Get-BitLockerVolume JSON
    system_trees        # mountinfo and sysfs (PathLocator, SameVolumeGuard, RemovableDrives), DMI serial
    settings            # the settings file (AccountStore, PendingUploads) and the ledger
    server_answers      # HTTP answers through HttpClient, Crypt Server's and WebDAV's answers
    udisks2_objects     # udisks2's GetManagedObjects answer as QtDBus demarshalled it (Udisks2Objects)
)
