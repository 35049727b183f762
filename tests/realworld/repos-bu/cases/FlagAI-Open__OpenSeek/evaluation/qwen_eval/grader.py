stub: upstream file of 11835 bytes
