stub: upstream file of 7537 bytes
