stub: upstream file of 7340 bytes
