stub: upstream file of 4903 bytes
