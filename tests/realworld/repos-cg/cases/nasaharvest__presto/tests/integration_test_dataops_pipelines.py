stub: upstream file of 5024 bytes
