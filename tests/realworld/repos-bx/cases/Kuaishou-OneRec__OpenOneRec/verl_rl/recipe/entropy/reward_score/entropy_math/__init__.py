stub: upstream file of 29018 bytes
