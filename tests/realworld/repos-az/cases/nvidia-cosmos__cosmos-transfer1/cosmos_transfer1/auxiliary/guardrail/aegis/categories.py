stub: upstream file of 10146 bytes
