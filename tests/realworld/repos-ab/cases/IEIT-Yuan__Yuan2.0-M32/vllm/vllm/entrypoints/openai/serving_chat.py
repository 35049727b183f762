stub: upstream file of 15502 bytes
