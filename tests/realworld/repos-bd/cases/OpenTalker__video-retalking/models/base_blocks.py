stub: upstream file of 22371 bytes
