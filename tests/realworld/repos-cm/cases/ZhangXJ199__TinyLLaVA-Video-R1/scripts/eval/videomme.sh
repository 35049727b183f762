stub: upstream file of 545 bytes
