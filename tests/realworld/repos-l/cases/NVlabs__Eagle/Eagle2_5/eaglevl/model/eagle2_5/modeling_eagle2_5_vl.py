stub: upstream file of 33525 bytes
