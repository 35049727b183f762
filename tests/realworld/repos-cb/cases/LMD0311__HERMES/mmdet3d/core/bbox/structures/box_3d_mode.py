stub: upstream file of 6034 bytes
