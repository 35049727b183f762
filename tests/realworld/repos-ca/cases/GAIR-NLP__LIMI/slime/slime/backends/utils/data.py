stub: upstream file of 5451 bytes
