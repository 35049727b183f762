stub: upstream file of 57484 bytes
