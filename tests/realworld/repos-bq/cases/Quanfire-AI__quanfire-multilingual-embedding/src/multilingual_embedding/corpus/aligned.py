stub: upstream file of 15628 bytes
