stub: upstream file of 16240 bytes
