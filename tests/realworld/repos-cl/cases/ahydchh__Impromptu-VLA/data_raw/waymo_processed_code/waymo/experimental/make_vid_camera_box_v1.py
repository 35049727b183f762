stub: upstream file of 3484 bytes
