stub: upstream file of 3874 bytes
