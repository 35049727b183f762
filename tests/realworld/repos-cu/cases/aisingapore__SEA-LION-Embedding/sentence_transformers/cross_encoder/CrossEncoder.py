stub: upstream file of 36513 bytes
