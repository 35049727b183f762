stub: upstream file of 15172 bytes
