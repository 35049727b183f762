stub: upstream file of 6115 bytes
