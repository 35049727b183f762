stub: upstream file of 11347 bytes
