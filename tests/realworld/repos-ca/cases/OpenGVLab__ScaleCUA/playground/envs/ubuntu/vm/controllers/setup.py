stub: upstream file of 34000 bytes
