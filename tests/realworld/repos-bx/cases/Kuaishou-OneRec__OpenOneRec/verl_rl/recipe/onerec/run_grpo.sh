stub: upstream file of 8346 bytes
