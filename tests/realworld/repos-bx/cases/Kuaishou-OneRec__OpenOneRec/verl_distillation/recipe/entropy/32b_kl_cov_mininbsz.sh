stub: upstream file of 5800 bytes
