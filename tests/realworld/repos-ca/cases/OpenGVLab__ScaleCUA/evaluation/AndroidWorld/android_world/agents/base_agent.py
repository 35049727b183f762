stub: upstream file of 4330 bytes
