stub: upstream file of 5348 bytes
