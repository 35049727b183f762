stub: upstream file of 3533 bytes
