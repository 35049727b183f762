stub: upstream file of 8425 bytes
