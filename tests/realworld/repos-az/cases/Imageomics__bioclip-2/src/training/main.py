stub: upstream file of 23377 bytes
