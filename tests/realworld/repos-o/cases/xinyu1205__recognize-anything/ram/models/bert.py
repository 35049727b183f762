stub: upstream file of 45130 bytes
