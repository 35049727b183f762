stub: upstream file of 30484 bytes
