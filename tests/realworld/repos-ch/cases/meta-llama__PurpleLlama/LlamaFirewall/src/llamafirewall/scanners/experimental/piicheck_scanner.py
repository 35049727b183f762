stub: upstream file of 5079 bytes
