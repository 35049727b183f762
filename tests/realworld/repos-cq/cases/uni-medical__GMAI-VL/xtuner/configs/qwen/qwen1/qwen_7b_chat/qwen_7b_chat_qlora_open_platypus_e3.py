stub: upstream file of 7348 bytes
