stub: upstream file of 58878 bytes
