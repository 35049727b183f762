stub: upstream file of 8856 bytes
