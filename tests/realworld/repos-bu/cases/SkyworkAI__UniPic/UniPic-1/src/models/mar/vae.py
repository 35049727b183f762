stub: upstream file of 16367 bytes
