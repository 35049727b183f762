stub: upstream file of 56348 bytes
