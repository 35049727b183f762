stub: upstream file of 5127 bytes
