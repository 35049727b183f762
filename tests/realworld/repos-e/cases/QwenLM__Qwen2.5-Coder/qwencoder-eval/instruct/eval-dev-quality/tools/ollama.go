stub: upstream file of 11484 bytes
