stub: upstream file of 7484 bytes
