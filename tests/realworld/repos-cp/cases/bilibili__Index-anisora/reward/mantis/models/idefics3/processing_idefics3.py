stub: upstream file of 14297 bytes
