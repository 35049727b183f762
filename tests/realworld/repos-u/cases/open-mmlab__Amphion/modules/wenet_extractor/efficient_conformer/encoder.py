stub: upstream file of 26973 bytes
