stub: upstream file of 80695 bytes
