stub: upstream file of 32309 bytes
