stub: upstream file of 18545 bytes
