#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the fuzz targets' seeds that come from the shared test volumes, at test time.

The shared test data may not be copied into the project (../shared/testdata/README.md), so these seeds are cut
from the unpacked volumes each run: sector 0 of four BitLocker images, the entries of their first metadata
copy, the CoreStorage header of the FileVault image, and the real startup key.
Usage: seeds-from-testdata.py TESTDATA_DIR OUTPUT_DIR"""
import os
import shutil
import struct
import sys

IMAGES = ['bitlk-aes-cbc-128-4k', 'bitlk-aes-xts-128', 'bitlk-aes-xts-128-startup-key', 'bitlk-togo-aes-cbc-128']
SIGNATURE = b'-FVE-FS-'
BLOCK_HEADER = 64
METADATA_HEADER = 48
SEARCH_LIMIT = 64 * 1024 * 1024


def first_metadata_entries(path):
    """The entries of the first FVE metadata block: after its block and metadata headers, up to its size."""
    with open(path, 'rb') as image:
        offset = 512  # sector 0 carries the signature too (as its OEM name)
        image.seek(offset)
        while offset < SEARCH_LIMIT:
            chunk = image.read(1024 * 1024)
            if not chunk:
                break
            at = chunk.find(SIGNATURE)
            while at >= 0 and (offset + at) % 16:
                at = chunk.find(SIGNATURE, at + 1)
            if at >= 0:
                block = offset + at
                image.seek(block + BLOCK_HEADER)
                size = struct.unpack('<I', image.read(4))[0]
                image.seek(block + BLOCK_HEADER + METADATA_HEADER)
                return image.read(size - METADATA_HEADER)
            offset += len(chunk)
    raise SystemExit(f'{path}: no BitLocker metadata block found')


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'wb') as out:
        out.write(data)


def main(testdata, output):
    bitlocker = os.path.join(testdata, 'bitlk-images')
    for name in IMAGES:
        path = os.path.join(bitlocker, name + '.img')
        with open(path, 'rb') as image:
            sector0 = image.read(512)
        for target in ('bitlocker_metadata', 'volume_probe'):
            write(os.path.join(output, target), name + '-sector0', sector0)
        write(os.path.join(output, 'bitlocker_entries'), name + '-entries', first_metadata_entries(path))
    with open(os.path.join(testdata, 'fvault2-images', 'small'), 'rb') as image:
        write(os.path.join(output, 'volume_probe'), 'fvault2-corestorage-header', image.read(512))
    keys = [f for f in os.listdir(bitlocker) if f.upper().endswith('.BEK')]
    if not keys:
        raise SystemExit(f'{bitlocker}: no .BEK startup key')
    os.makedirs(os.path.join(output, 'key_file'), exist_ok=True)
    shutil.copyfile(os.path.join(bitlocker, keys[0]), os.path.join(output, 'key_file', 'startup-key.BEK'))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
