stub: upstream file of 68502 bytes
