stub: upstream file of 8200 bytes
