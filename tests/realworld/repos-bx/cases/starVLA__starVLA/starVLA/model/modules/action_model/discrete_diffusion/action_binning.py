stub: upstream file of 6848 bytes
