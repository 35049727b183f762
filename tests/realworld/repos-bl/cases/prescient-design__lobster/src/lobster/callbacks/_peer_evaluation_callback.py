stub: upstream file of 38316 bytes
