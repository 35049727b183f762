stub: upstream file of 10160 bytes
