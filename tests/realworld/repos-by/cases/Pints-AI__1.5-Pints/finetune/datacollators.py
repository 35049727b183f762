stub: upstream file of 14222 bytes
