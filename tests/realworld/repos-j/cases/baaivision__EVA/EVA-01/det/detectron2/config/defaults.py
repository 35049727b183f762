stub: upstream file of 29620 bytes
