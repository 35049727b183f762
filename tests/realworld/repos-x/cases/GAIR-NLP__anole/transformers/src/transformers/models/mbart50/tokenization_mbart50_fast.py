stub: upstream file of 11594 bytes
