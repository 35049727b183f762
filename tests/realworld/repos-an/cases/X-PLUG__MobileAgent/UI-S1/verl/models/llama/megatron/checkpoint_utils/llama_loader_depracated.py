stub: upstream file of 18966 bytes
