stub: upstream file of 5761 bytes
