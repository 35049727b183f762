stub: upstream file of 17450 bytes
