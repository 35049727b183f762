stub: upstream file of 1737 bytes
