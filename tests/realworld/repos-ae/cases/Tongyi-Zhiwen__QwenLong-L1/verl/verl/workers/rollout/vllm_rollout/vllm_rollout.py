stub: upstream file of 11383 bytes
