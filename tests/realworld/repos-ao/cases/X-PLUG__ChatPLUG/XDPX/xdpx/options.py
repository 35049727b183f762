stub: upstream file of 32444 bytes
