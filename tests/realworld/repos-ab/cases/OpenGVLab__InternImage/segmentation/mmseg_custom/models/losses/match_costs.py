stub: upstream file of 8320 bytes
