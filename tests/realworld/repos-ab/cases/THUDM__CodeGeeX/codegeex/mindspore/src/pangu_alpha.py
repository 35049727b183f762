stub: upstream file of 31502 bytes
