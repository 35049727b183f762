stub: upstream file of 6484 bytes
