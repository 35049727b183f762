stub: upstream file of 55632 bytes
