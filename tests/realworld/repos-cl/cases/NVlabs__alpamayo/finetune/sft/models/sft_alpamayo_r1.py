stub: upstream file of 8340 bytes
