stub: upstream file of 7390 bytes
