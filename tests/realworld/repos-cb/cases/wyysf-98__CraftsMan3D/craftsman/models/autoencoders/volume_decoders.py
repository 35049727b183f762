stub: upstream file of 11373 bytes
