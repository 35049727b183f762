stub: upstream file of 5141 bytes
