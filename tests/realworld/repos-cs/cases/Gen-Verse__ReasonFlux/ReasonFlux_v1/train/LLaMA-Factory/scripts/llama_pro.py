stub: upstream file of 5407 bytes
