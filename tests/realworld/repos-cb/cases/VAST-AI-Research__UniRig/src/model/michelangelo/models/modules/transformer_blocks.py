stub: upstream file of 10348 bytes
