stub: upstream file of 20232 bytes
