stub: upstream file of 10346 bytes
