stub: upstream file of 18856 bytes
