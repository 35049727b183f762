stub: upstream file of 25484 bytes
