stub: upstream file of 6125 bytes
