stub: upstream file of 3493 bytes
