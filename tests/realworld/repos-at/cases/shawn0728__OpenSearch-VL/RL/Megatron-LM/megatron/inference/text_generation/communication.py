stub: upstream file of 8130 bytes
