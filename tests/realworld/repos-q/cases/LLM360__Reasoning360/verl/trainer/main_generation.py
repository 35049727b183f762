stub: upstream file of 11513 bytes
