stub: upstream file of 43024 bytes
