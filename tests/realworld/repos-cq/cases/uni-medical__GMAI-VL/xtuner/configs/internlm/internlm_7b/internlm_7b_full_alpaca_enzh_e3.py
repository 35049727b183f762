stub: upstream file of 7172 bytes
