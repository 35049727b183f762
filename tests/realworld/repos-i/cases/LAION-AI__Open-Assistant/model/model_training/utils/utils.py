stub: upstream file of 17176 bytes
