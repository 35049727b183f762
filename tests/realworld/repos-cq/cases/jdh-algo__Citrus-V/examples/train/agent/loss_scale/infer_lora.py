stub: upstream file of 3525 bytes
