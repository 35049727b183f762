stub: upstream file of 12079 bytes
