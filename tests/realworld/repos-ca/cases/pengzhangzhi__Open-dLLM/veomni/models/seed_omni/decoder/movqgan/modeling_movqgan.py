stub: upstream file of 6620 bytes
