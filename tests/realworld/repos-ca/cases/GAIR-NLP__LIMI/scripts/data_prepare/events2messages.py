stub: upstream file of 12484 bytes
