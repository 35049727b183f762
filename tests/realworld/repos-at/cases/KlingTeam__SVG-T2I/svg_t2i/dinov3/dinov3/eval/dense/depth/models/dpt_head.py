stub: upstream file of 21353 bytes
