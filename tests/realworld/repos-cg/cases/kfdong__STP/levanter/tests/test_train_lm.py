stub: upstream file of 1311 bytes
