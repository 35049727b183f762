stub: upstream file of 12347 bytes
