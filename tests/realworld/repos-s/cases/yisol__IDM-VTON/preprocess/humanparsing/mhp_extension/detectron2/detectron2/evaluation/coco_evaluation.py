stub: upstream file of 20297 bytes
