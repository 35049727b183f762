stub: upstream file of 12144 bytes
