stub: upstream file of 5004 bytes
