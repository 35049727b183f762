stub: upstream file of 23856 bytes
