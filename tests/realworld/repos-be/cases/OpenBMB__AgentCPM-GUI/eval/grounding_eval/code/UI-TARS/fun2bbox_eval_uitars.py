stub: upstream file of 4429 bytes
