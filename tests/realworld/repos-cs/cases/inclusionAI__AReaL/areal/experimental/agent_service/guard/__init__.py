stub: upstream file of 484 bytes
