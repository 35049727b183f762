stub: upstream file of 5484 bytes
