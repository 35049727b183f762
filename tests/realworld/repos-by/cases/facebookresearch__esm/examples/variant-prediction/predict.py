stub: upstream file of 8484 bytes
