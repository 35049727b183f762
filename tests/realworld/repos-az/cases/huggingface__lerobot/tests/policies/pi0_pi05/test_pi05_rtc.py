stub: upstream file of 11452 bytes
