stub: upstream file of 25502 bytes
