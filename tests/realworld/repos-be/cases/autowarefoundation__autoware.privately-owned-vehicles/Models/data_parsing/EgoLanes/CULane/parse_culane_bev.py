stub: upstream file of 20421 bytes
