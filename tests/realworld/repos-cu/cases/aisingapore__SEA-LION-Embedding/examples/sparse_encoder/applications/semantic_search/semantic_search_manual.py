stub: upstream file of 8608 bytes
