stub: upstream file of 16381 bytes
