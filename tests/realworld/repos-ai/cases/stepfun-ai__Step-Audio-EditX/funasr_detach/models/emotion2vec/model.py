stub: upstream file of 9115 bytes
