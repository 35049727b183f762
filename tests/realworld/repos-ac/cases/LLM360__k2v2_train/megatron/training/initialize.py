stub: upstream file of 18536 bytes
