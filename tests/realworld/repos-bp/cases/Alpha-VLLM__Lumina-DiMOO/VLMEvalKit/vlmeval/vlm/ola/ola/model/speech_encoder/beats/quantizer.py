stub: upstream file of 8172 bytes
