stub: upstream file of 50321 bytes
