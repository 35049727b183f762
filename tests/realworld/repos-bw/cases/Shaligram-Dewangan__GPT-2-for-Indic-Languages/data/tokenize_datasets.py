stub: upstream file of 6607 bytes
