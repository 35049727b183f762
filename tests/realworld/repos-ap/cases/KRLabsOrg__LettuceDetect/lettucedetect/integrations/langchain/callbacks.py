stub: upstream file of 14482 bytes
