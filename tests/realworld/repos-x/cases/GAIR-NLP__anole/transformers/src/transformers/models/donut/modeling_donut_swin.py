stub: upstream file of 45395 bytes
