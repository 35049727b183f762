stub: upstream file of 10045 bytes
