stub: upstream file of 18311 bytes
