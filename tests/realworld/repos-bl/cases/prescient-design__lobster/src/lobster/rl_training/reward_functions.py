stub: upstream file of 16677 bytes
