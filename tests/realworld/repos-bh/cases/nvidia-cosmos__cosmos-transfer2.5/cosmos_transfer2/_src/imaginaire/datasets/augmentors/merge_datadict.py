stub: upstream file of 2484 bytes
