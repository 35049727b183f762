stub: upstream file of 36484 bytes
