stub: upstream file of 2707 bytes
