"""Files on disk: scanning, hashing, EXIF, file-type sniffing, lossless GPS removal (no Qt)."""
