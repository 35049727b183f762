stub: upstream file of 1601 bytes
