stub: upstream file of 17226 bytes
