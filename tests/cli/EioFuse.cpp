// SPDX-License-Identifier: GPL-3.0-or-later
// A drive that fails the way a dying one does, for the verify tests: serves one read-only file, "volume", with
// the bytes of IMAGE, except that every read touching [START, START + LENGTH) fails with EIO, as a bad sector
// does. Usage: keyhaven-eio-fuse IMAGE START LENGTH MOUNTPOINT (stays in the foreground; fusermount -u ends it).
#define FUSE_USE_VERSION 26
#include <fuse.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

int image = -1;
off_t imageSize = 0;
off_t failStart = 0;
off_t failLength = 0;

int getAttributes(const char* path, struct stat* status)
{
    memset(status, 0, sizeof *status);
    if (strcmp(path, "/") == 0) {
        status->st_mode = S_IFDIR | 0755;
        status->st_nlink = 2;
        return 0;
    }
    if (strcmp(path, "/volume") != 0)
        return -ENOENT;
    status->st_mode = S_IFREG | 0444;
    status->st_nlink = 1;
    status->st_size = imageSize;
    return 0;
}

int listFolder(const char* path, void* buffer, fuse_fill_dir_t fill, off_t offset, struct fuse_file_info* info)
{
    static_cast<void>(offset);
    static_cast<void>(info);
    if (strcmp(path, "/") != 0)
        return -ENOENT;
    fill(buffer, ".", nullptr, 0);
    fill(buffer, "..", nullptr, 0);
    fill(buffer, "volume", nullptr, 0);
    return 0;
}

int openFile(const char* path, struct fuse_file_info* info)
{
    if (strcmp(path, "/volume") != 0)
        return -ENOENT;
    return (info->flags & O_ACCMODE) == O_RDONLY ? 0 : -EROFS;
}

int readFile(const char* path, char* buffer, size_t size, off_t offset, struct fuse_file_info* info)
{
    static_cast<void>(path);
    static_cast<void>(info);
    if (offset < failStart + failLength && offset + off_t(size) > failStart)
        return -EIO;
    const ssize_t got = pread(image, buffer, size, offset);
    return got < 0 ? -errno : int(got);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: eio-fuse IMAGE START LENGTH MOUNTPOINT\n");
        return 2;
    }
    image = open(argv[1], O_RDONLY);
    struct stat status;
    if (image < 0 || fstat(image, &status) != 0) {
        perror(argv[1]);
        return 1;
    }
    imageSize = status.st_size;
    failStart = std::strtoll(argv[2], nullptr, 10);
    failLength = std::strtoll(argv[3], nullptr, 10);
    // direct_io: every read reaches readFile (no page cache hiding a failure), as on a real drive.
    char foreground[] = "-f";
    char singleThreaded[] = "-s";
    char optionsFlag[] = "-o";
    char options[] = "ro,direct_io,default_permissions";
    char* fuseArguments[] = { argv[0], foreground, singleThreaded, optionsFlag, options, argv[4], nullptr };
    fuse_operations operations {};
    operations.getattr = getAttributes;
    operations.readdir = listFolder;
    operations.open = openFile;
    operations.read = readFile;
    return fuse_main(6, fuseArguments, &operations, nullptr);
}
