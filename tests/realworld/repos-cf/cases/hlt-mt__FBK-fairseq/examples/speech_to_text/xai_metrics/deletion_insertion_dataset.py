stub: upstream file of 7400 bytes
