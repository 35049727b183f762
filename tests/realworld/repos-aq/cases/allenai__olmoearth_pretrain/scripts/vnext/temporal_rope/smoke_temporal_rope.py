stub: upstream file of 9247 bytes
