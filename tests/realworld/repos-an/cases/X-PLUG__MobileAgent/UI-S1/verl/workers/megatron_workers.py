stub: upstream file of 50589 bytes
