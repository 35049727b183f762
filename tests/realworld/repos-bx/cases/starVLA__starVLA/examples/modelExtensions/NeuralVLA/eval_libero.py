stub: upstream file of 12162 bytes
