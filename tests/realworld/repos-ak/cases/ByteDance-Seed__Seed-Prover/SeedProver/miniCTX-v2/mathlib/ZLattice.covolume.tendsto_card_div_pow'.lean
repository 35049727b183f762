stub: upstream file of 21124 bytes
