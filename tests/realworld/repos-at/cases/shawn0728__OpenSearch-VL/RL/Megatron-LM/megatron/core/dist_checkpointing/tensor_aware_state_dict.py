stub: upstream file of 16421 bytes
