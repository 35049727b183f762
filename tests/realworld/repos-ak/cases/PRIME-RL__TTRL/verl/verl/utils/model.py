stub: upstream file of 17484 bytes
