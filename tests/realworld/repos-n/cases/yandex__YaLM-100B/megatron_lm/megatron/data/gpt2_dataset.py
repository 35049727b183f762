stub: upstream file of 13330 bytes
