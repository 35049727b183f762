stub: upstream file of 32899 bytes
