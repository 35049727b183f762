stub: upstream file of 18502 bytes
