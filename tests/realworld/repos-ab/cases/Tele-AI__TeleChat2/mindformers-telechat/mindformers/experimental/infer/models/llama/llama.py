stub: upstream file of 17346 bytes
