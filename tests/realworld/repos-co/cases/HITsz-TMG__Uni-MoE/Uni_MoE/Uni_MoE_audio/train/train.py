stub: upstream file of 16537 bytes
