stub: upstream file of 61608 bytes
