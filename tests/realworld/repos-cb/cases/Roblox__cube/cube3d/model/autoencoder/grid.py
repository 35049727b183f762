stub: upstream file of 3369 bytes
