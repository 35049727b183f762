stub: upstream file of 6018 bytes
