stub: upstream file of 31484 bytes
