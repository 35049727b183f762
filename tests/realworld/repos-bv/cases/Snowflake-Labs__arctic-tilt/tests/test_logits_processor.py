stub: upstream file of 3527 bytes
