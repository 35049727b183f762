stub: upstream file of 12264 bytes
