stub: upstream file of 8381 bytes
