stub: upstream file of 50172 bytes
