stub: upstream file of 95000 bytes
