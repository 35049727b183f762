stub: upstream file of 19172 bytes
