stub: upstream file of 5486 bytes
