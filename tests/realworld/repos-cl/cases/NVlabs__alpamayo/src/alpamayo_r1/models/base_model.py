stub: upstream file of 16486 bytes
