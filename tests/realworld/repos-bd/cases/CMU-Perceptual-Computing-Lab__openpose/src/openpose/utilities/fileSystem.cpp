stub: upstream file of 17371 bytes
