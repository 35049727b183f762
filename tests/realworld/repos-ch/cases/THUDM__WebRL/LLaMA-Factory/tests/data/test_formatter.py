stub: upstream file of 4767 bytes
