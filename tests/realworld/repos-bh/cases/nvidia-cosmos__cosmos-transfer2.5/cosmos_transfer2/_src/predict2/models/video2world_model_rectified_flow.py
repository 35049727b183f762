stub: upstream file of 10256 bytes
