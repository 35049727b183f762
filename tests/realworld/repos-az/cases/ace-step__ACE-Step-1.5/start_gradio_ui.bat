stub: upstream file of 9484 bytes
